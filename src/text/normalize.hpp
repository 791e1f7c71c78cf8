// The normalised view of a block that matching works on, with an exact map back to the block.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace digitalcheck {

struct NormalizedText {
  std::string text;  // NFC; whitespace runs, line breaks and stray CRs folded to one space; hyphenation joined
  // For view byte i: the block bytes [src_begin[i], src_end[i]) it came from.
  std::vector<std::uint32_t> src_begin;
  std::vector<std::uint32_t> src_end;

  // Maps a view range [begin, end) to the block range it came from (begin < end <= text.size()).
  std::uint32_t block_begin(std::size_t view_begin) const { return src_begin[view_begin]; }
  std::uint32_t block_end(std::size_t view_end) const { return src_end[view_end - 1]; }
};

// Builds the view of one block's text.
NormalizedText normalize(std::string_view block_text);

}  // namespace digitalcheck
