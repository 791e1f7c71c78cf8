#include "input/reader.hpp"

#include <algorithm>

#include "input/decode.hpp"
#include "input/text_reader.hpp"
#include "util/file.hpp"

namespace digitalcheck {

const char* to_string(InputFormat f) {
  switch (f) {
    case InputFormat::text: return "text";
    case InputFormat::markdown: return "markdown";
    case InputFormat::gii: return "gii";
    case InputFormat::legaldocml: return "legaldocml";
    case InputFormat::docx: return "docx";
  }
  return "text";
}

std::optional<InputFormat> parse_input_format(const std::string& name) {
  if (name == "text" || name == "txt") return InputFormat::text;
  if (name == "markdown" || name == "md") return InputFormat::markdown;
  if (name == "gii") return InputFormat::gii;
  if (name == "legaldocml" || name == "ldml") return InputFormat::legaldocml;
  if (name == "docx") return InputFormat::docx;
  return std::nullopt;
}

namespace {

std::string lower_extension(const std::string& path) {
  auto slash = path.find_last_of('/');
  auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

InputFormat format_from_extension(const std::string& path) {
  std::string ext = lower_extension(path);
  if (ext == "md" || ext == "markdown") return InputFormat::markdown;
  if (ext == "docx") return InputFormat::docx;
  if (ext == "xml") return InputFormat::gii;  // refined by content below
  return InputFormat::text;
}

}  // namespace

Result<Document> parse_document(const std::string& path, std::string bytes, std::optional<InputFormat> forced) {
  InputFormat format = forced ? *forced : format_from_extension(path);
  if (format == InputFormat::gii || format == InputFormat::legaldocml || format == InputFormat::docx)
    return Error{path, 0, std::string("Eingabeformat '") + to_string(format) + "' wird noch nicht unterstützt"};

  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    return Error{path, 0, bytes.empty() ? "Datei ist leer" : "Datei enthält nur Leerraum"};
  auto decoded = decode_text(path, std::move(bytes));
  if (!decoded) return decoded.error();
  Document doc;
  doc.path = path;
  doc.format = format;
  doc.source = std::move(decoded->text);
  if (!decoded->converted_from.empty())
    doc.notes.push_back("Hinweis: " + path + " ist nicht UTF-8; als " + decoded->converted_from + " gelesen und umgewandelt");
  split_text_blocks(doc);
  return doc;
}

Result<Document> read_document(const std::string& path, std::optional<InputFormat> forced) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return parse_document(path, std::move(*bytes), forced);
}

}  // namespace digitalcheck
