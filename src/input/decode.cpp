#include "input/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

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

namespace {

// Counts bytes that never appear in a text file in any of the encodings we accept.
bool looks_binary(const std::string& data) {
  std::size_t controls = 0;
  for (unsigned char c : data) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++controls;
  }
  return controls > 0 && controls * 100 > data.size();  // more than 1 % control bytes
}

// Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined.
bool fits_windows_1252(const std::string& data) {
  for (unsigned char c : data)
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return false;
  return true;
}

}  // namespace

Result<DecodedText> decode_text(const std::string& path, std::string bytes) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
    bytes.erase(0, 3);
  if (bytes.size() >= 2 && ((static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) ||
                            (static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF)))
    return Error{path, 0, "UTF-16-kodierte Dateien werden nicht unterstützt; bitte als UTF-8 speichern"};
  if (looks_binary(bytes)) return Error{path, 0, "keine Textdatei (enthält Binärdaten)"};
  if (is_valid_utf8(bytes)) return DecodedText{std::move(bytes), ""};
  if (!fits_windows_1252(bytes))
    return Error{path, 0, "ungültige Zeichenkodierung: weder UTF-8 noch Windows-1252/Latin-1"};

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1252", &status), &ucnv_close);
  if (U_FAILURE(status)) return Error{path, 0, "Zeichenkodierung kann nicht umgewandelt werden"};
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(bytes.size() * 3 + 1, '\0');
  int32_t n = ucnv_convert("UTF-8", "windows-1252", out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return Error{path, 0, "ungültige Zeichenkodierung: weder UTF-8 noch Windows-1252/Latin-1"};
  out.resize(static_cast<std::size_t>(n));
  return DecodedText{std::move(out), "Windows-1252"};
}

}  // namespace digitalcheck
