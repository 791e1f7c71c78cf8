// Turning input bytes into UTF-8 text, or refusing them.
#pragma once
#include <string>

#include "util/result.hpp"

namespace digitalcheck {

struct DecodedText {
  std::string text;       // UTF-8, BOM removed
  std::string converted_from;  // empty when the input was UTF-8 already, else the charset name
};

// UTF-8 (with or without BOM) passes through. Bytes that are not valid UTF-8 but read as
// Windows-1252 / Latin-1 text are converted with ICU. NUL bytes or other binary data are refused.
Result<DecodedText> decode_text(const std::string& path, std::string bytes);

// True when data is valid UTF-8.
bool is_valid_utf8(const std::string& data);

}  // namespace digitalcheck
