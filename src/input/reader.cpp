#include "input/reader.hpp"

#include <algorithm>

#include "input/decode.hpp"
#include "input/docx_reader.hpp"
#include "input/gii_reader.hpp"
#include "input/legaldocml_reader.hpp"
#include "input/text_reader.hpp"
#include "input/xml.hpp"
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

// The format the extension suggests; nullopt when it says nothing (no or unknown extension, "-").
std::optional<InputFormat> format_from_extension(const std::string& path) {
  std::string ext = lower_extension(path);
  if (ext == "md" || ext == "markdown") return InputFormat::markdown;
  if (ext == "txt" || ext == "text") return InputFormat::text;
  if (ext == "docx") return InputFormat::docx;
  if (ext == "xml" || ext == "akn") return InputFormat::gii;  // GII or LegalDocML: decided by content
  return std::nullopt;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// What the first bytes say: a zip archive (docx), XML, or nothing in particular (text).
std::optional<InputFormat> format_from_content(const std::string& bytes) {
  if (starts_with(bytes, "PK\x03\x04")) return InputFormat::docx;
  std::size_t i = starts_with(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  if (bytes.compare(i, 5, "<?xml") == 0 || bytes.compare(i, 10, "<dokumente") == 0 ||
      bytes.compare(i, 5, "<akn:") == 0 || bytes.compare(i, 12, "<akomaNtoso") == 0)
    return InputFormat::gii;
  return std::nullopt;
}

bool is_xml_format(InputFormat f) { return f == InputFormat::gii || f == InputFormat::legaldocml; }

Result<Document> parse_xml_document(Document doc, std::optional<InputFormat> forced, const std::string& shown) {
  pugi::xml_document xml;
  auto parsed = parse_xml(shown, doc.source, xml);
  if (!parsed) return parsed.error();
  std::string root = xml.document_element().name();
  if (is_gii(xml)) {
    if (forced && *forced != InputFormat::gii)
      return Error{shown, 0, std::string("ist eine GII-XML-Datei, nicht '") + to_string(*forced) + "'"};
    doc.format = InputFormat::gii;
    read_gii(doc, xml);
    return doc;
  }
  if (is_legaldocml(xml)) {
    if (forced && *forced != InputFormat::legaldocml)
      return Error{shown, 0, std::string("ist eine LegalDocML.de-Datei, nicht '") + to_string(*forced) + "'"};
    doc.format = InputFormat::legaldocml;
    read_legaldocml(doc, xml);
    return doc;
  }
  return Error{shown, 0,
               "unbekanntes XML-Format (Wurzelelement <" + root +
                   ">): erwartet gesetze-im-internet.de (<dokumente>) oder LegalDocML.de (<akn:akomaNtoso>)"};
}

}  // namespace

std::string display_name(const std::string& path) { return path == "-" ? "(Standardeingabe)" : path; }

bool has_input_extension(const std::string& path) { return format_from_extension(path).has_value(); }

Result<Document> parse_document(const std::string& path, std::string bytes, std::optional<InputFormat> forced) {
  const std::string shown = display_name(path);
  auto by_extension = format_from_extension(path);
  auto by_content = format_from_content(bytes);
  InputFormat format = forced ? *forced : by_extension ? *by_extension : by_content ? *by_content : InputFormat::text;
  // The content confirms or corrects the extension: an XML file named .txt is still XML.
  if (!forced && by_content && is_xml_format(*by_content) && !is_xml_format(format)) format = *by_content;
  // The zip magic confirms .docx; a zip under another name is read as .docx too (unless forced otherwise).
  if (!forced && by_content == InputFormat::docx) format = InputFormat::docx;
  if (format == InputFormat::docx) {
    auto doc = read_docx(shown, bytes);
    if (doc) doc->path = path;
    return doc;
  }

  const bool was_empty = bytes.empty();
  auto decoded = decode_text(shown, std::move(bytes));
  if (!decoded) return decoded.error();
  if (decoded->text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    return Error{shown, 0, was_empty ? "Datei ist leer" : "Datei enthält keinen Text (nur Leerraum)"};
  Document doc;
  doc.path = path;
  doc.format = format;
  doc.source = std::move(decoded->text);
  doc.encoding = decoded->encoding;
  if (decoded->converted())
    doc.notes.push_back("Hinweis: " + shown + " ist nicht UTF-8; als " + doc.encoding.name +
                        " gelesen und umgewandelt");
  if (is_xml_format(format)) return parse_xml_document(std::move(doc), forced, shown);
  split_text_blocks(doc);
  return doc;
}

Result<Document> read_document(const std::string& path, std::optional<InputFormat> forced) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return parse_document(path, std::move(*bytes), forced);
}

}  // namespace digitalcheck
