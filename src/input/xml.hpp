// Safe XML parsing for the XML readers (GII, LegalDocML.de, .docx): pugixml without DTD or entities.
#pragma once
#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace digitalcheck {

// Limits that keep hostile or broken XML from exhausting memory or the stack.
inline constexpr std::size_t kMaxXmlBytes = 200u << 20;  // 200 MB of XML text
inline constexpr int kMaxXmlDepth = 200;                 // element nesting

// Parses UTF-8 `text` into `out`. pugixml never loads external resources: a DOCTYPE is skipped
// (not stored, never fetched), and only the five predefined entities and numeric character
// references are decoded; any other entity reference stays literal text ("&xxe;"), so neither XXE
// nor billion-laughs expansion can happen. Malformed XML, too large or too deeply nested input is
// an Error naming `path` and the line. `what` names the part for messages inside containers
// ("word/document.xml").
Status parse_xml(const std::string& path, std::string_view text, pugi::xml_document& out,
                 const std::string& what = "");

// 1-based line numbers for byte offsets, for positions that are visited in increasing order.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  int line_at(std::size_t offset);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

// The local name of an element ("akn:article" -> "article").
std::string_view local_name(const pugi::xml_node& node);

// The text of an element for headings, markers and titles: its text nodes in document order, a line break
// element (BR, br) as a space, elements for which skip(element) is true left out, runs of whitespace folded to
// one space, trimmed.
std::string element_text(const pugi::xml_node& node, bool (*skip)(const pugi::xml_node&) = nullptr);

// The first text node below `node` that holds more than whitespace (for positions), or `node` itself.
pugi::xml_node first_text_node(const pugi::xml_node& node);

}  // namespace digitalcheck
