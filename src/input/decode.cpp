#include "input/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

namespace digitalcheck {

bool is_valid_utf8(const std::string& data) {
  const auto* s = reinterpret_cast<const uint8_t*>(data.data());
  int32_t len = static_cast<int32_t>(data.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) return false;
  }
  return true;
}

std::size_t OriginalOffsets::operator()(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (!enc_.single_byte) return offset + enc_.bom_bytes;
  auto starts_code_point = [&](std::size_t i) { return (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80; };
  // One input byte per code point: count code points between the last position and this one.
  for (; decoded_ < offset; ++decoded_)
    if (starts_code_point(decoded_)) ++original_;
  for (; decoded_ > offset; --decoded_)
    if (starts_code_point(decoded_ - 1)) --original_;
  return original_;
}

namespace {

int line_at(const std::string& data, std::size_t offset) {
  return 1 + static_cast<int>(std::count(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Eight bytes at a time: the word at p (unaligned read).
std::uint64_t word_at(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
// True when some byte of w is below 0x20 (exact for the "some byte" question; see Bit Twiddling Hacks).
bool has_byte_below_0x20(std::uint64_t w) { return ((w - kOnes * 0x20) & ~w & kHighBits) != 0; }

// Control bytes other than whitespace: a few may be stray, many mean binary data. NUL never appears in text.
bool looks_binary(const std::string& data, std::size_t* first_bad) {
  std::size_t controls = 0;
  std::size_t i = 0;
  while (i < data.size()) {
    if (i + 8 <= data.size() && !has_byte_below_0x20(word_at(data.data() + i))) {  // fast path: no control byte
      i += 8;
      continue;
    }
    std::size_t end = std::min(data.size(), i + 8);
    for (; i < end; ++i) {
      unsigned char c = static_cast<unsigned char>(data[i]);
      if (c == 0) {
        *first_bad = i;
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') {
        if (controls == 0) *first_bad = i;
        ++controls;
      }
    }
  }
  return controls > 0 && controls * 100 > data.size();  // more than 1 % control bytes
}

// Scans UTF-8: the offset of the first invalid byte (npos when valid) and whether any valid
// multi-byte sequence occurs (then the input is UTF-8, just broken, and no legacy encoding applies).
std::size_t first_invalid_utf8(const std::string& data, bool* has_multibyte) {
  const auto* s = reinterpret_cast<const uint8_t*>(data.data());
  int32_t len = static_cast<int32_t>(data.size());
  int32_t i = 0;
  std::size_t first = std::string::npos;
  *has_multibyte = false;
  while (i < len) {
    if (i + 8 <= len && (word_at(data.data() + i) & kHighBits) == 0) {  // fast path: eight ASCII bytes
      i += 8;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      if (first == std::string::npos) first = static_cast<std::size_t>(start);
    } else if (i - start > 1) {
      *has_multibyte = true;
    }
  }
  return first;
}

// Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined (ISO-8859-1 has C1 controls there).
std::size_t first_outside_windows_1252(const std::string& data) {
  for (std::size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return i;
  }
  return std::string::npos;
}

// Classic Mac line ends: a CR not followed by LF becomes LF. One byte for one, so offsets into the text
// stay offsets into the file; CRLF is left alone (the readers treat it as one line end).
void lone_cr_to_lf(std::string& bytes) {
  for (std::size_t i = bytes.find('\r'); i != std::string::npos; i = bytes.find('\r', i + 1))
    if (i + 1 == bytes.size() || bytes[i + 1] != '\n') bytes[i] = '\n';
}

}  // namespace

Result<DecodedText> decode_text(const std::string& path, std::string bytes) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (bytes.size() >= 2 && ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF)))
    return Error{path, 0, "UTF-16-kodierte Dateien werden nicht unterstützt; bitte als UTF-8 speichern"};
  DecodedText out;
  if (bytes.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
    bytes.erase(0, 3);
    out.encoding.bom_bytes = 3;
  }
  lone_cr_to_lf(bytes);
  std::size_t bad = 0;
  if (looks_binary(bytes, &bad))
    return Error{path, line_at(bytes, bad), "keine Textdatei (enthält Binärdaten oder Steuerzeichen)"};
  bool has_multibyte = false;
  std::size_t invalid = first_invalid_utf8(bytes, &has_multibyte);
  if (invalid == std::string::npos) {
    out.text = std::move(bytes);
    return out;
  }
  if (has_multibyte || out.encoding.bom_bytes)
    return Error{path, line_at(bytes, invalid),
                 "ungültige UTF-8-Bytefolge (die Datei ist als UTF-8 gespeichert, aber beschädigt)"};
  std::size_t outside = first_outside_windows_1252(bytes);
  if (outside != std::string::npos)
    return Error{path, line_at(bytes, outside), "ungültige Zeichenkodierung: weder UTF-8 noch Windows-1252/Latin-1"};

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1252", &status), &ucnv_close);
  if (U_FAILURE(status)) return Error{path, 0, "Zeichenkodierung Windows-1252 ist nicht verfügbar (ICU)"};
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  // Every Windows-1252 byte becomes at most 3 UTF-8 bytes (the euro sign and friends).
  std::string text(bytes.size() * 3 + 1, '\0');
  int32_t n = ucnv_convert("UTF-8", "windows-1252", text.data(), static_cast<int32_t>(text.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status))
    return Error{path, 0, "ungültige Zeichenkodierung: weder UTF-8 noch Windows-1252/Latin-1"};
  text.resize(static_cast<std::size_t>(n));
  out.text = std::move(text);
  out.encoding.name = "Windows-1252";
  out.encoding.single_byte = true;
  return out;
}

}  // namespace digitalcheck
