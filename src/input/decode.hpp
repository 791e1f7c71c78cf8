// Turning input bytes into UTF-8 text, or refusing them.
#pragma once
#include <cstddef>
#include <string>

#include "input/document.hpp"
#include "util/result.hpp"

namespace digitalcheck {

struct DecodedText {
  std::string text;  // UTF-8, BOM removed
  SourceEncoding encoding;
  bool converted() const { return encoding.single_byte; }
};

// UTF-8 (with or without BOM) passes through. Bytes that are not valid UTF-8 but read as
// Windows-1252 / Latin-1 text (and hold no valid multi-byte UTF-8 sequence, which would mean broken
// UTF-8 instead) are converted with ICU. UTF-16, NUL bytes or other binary data, and invalid sequences
// that no accepted encoding explains are refused; the error names the line of the first bad byte.
// A line end of a single CR (classic Mac) is read as LF, byte for byte, so lines and offsets stay right.
// `path` is only used in error messages.
Result<DecodedText> decode_text(const std::string& path, std::string bytes);

// True when data is valid UTF-8.
bool is_valid_utf8(const std::string& data);

// Maps byte offsets in the decoded UTF-8 text back to byte offsets in the original input. Cheap for
// offsets near the previous one (it walks from there), so findings in order cost linear time overall.
class OriginalOffsets {
 public:
  OriginalOffsets(const SourceEncoding& encoding, const std::string& decoded) : enc_(encoding), text_(decoded) {}
  std::size_t operator()(std::size_t offset);

 private:
  const SourceEncoding& enc_;
  const std::string& text_;
  std::size_t decoded_ = 0, original_ = 0;  // the last position mapped
};

}  // namespace digitalcheck
