// Line starts of a text, for turning byte offsets into 1-based lines and code-point columns.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

namespace digitalcheck {

struct LineColumn {
  int line = 1;
  int column = 1;  // in code points
};

class LineIndex {
 public:
  explicit LineIndex(const std::string& text) : text_(text) {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  LineColumn locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - starts_.begin());
    int col = 1;
    for (std::size_t i = starts_[line - 1]; i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    return {static_cast<int>(line), col};
  }

 private:
  const std::string& text_;
  std::vector<std::size_t> starts_{0};
};

}  // namespace digitalcheck
