// Small UTF-8 helpers over ICU's macros, for code that walks text by code point.
#pragma once
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace digitalcheck {

// The code point starting at byte i of s (negative for an invalid sequence or i at the end).
inline UChar32 code_point_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return -1;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  return c;
}

// The code point ending right before byte `end` (negative when end is 0); *start gets its first byte.
inline UChar32 code_point_before(std::string_view s, std::size_t end, std::size_t* start = nullptr) {
  if (end == 0) {
    if (start) *start = 0;
    return -1;
  }
  int32_t k = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, k, c);
  if (start) *start = static_cast<std::size_t>(k);
  return c;
}

// True when the code point at byte i (or ending before byte i) is a letter or digit.
inline bool alnum_at(std::string_view s, std::size_t i) {
  UChar32 c = code_point_at(s, i);
  return c >= 0 && u_isalnum(c);
}
inline bool alnum_before(std::string_view s, std::size_t i) {
  UChar32 c = code_point_before(s, i);
  return c >= 0 && u_isalnum(c);
}

// The number of code points in s (counting lead bytes).
inline std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Folds every run of ASCII whitespace and no-break spaces (U+00A0, U+202F) to one space and trims both ends:
// headings, titles and markers read on one line ("§\u00a010  Antrag\n" -> "§ 10 Antrag").
inline std::string fold_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      space = true;
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\xAF') {
      i += 2;
      space = true;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace digitalcheck
