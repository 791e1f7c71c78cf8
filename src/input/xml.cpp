#include "input/xml.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace digitalcheck {

namespace {

int line_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Walks the tree without recursion and reports the deepest element nesting (stops early past limit).
int max_depth(const pugi::xml_node& root, int limit) {
  int depth = 0, deepest = 0;
  pugi::xml_node n = root.first_child();
  while (n) {
    if (n.type() == pugi::node_element) deepest = std::max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    if (n.first_child()) {
      n = n.first_child();
      ++depth;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
      if (n == root) return deepest;
    }
    if (n) n = n.next_sibling();
  }
  return deepest;
}

const char* german_status(pugi::xml_parse_status s) {
  switch (s) {
    case pugi::status_end_element_mismatch: return "schließendes Element passt nicht zum öffnenden";
    case pugi::status_unrecognized_tag: return "unbekanntes oder fehlerhaftes Tag";
    case pugi::status_bad_start_element: return "fehlerhaftes öffnendes Element";
    case pugi::status_bad_end_element: return "fehlerhaftes schließendes Element";
    case pugi::status_bad_attribute: return "fehlerhaftes Attribut";
    case pugi::status_bad_pcdata: return "fehlerhafter Text";
    case pugi::status_bad_cdata: return "fehlerhafter CDATA-Abschnitt";
    case pugi::status_bad_comment: return "fehlerhafter Kommentar";
    case pugi::status_bad_pi: return "fehlerhafte Verarbeitungsanweisung";
    case pugi::status_bad_doctype: return "fehlerhafte DOCTYPE-Deklaration";
    case pugi::status_no_document_element: return "kein Wurzelelement";
    case pugi::status_out_of_memory: return "zu wenig Speicher";
    default: return "Syntaxfehler";
  }
}

}  // namespace

Status parse_xml(const std::string& path, std::string_view text, pugi::xml_document& out, const std::string& what) {
  std::string prefix = what.empty() ? "" : what + ": ";
  if (text.size() > kMaxXmlBytes)
    return Error{path, 0, prefix + "XML-Datei zu groß (mehr als " + std::to_string(kMaxXmlBytes >> 20) + " MB)"};
  // parse_default minus nothing: escapes (predefined entities and &#...; only), CDATA, EOL
  // normalisation. parse_doctype is NOT set: the DOCTYPE is skipped. No option in pugixml loads a DTD.
  unsigned options = pugi::parse_default;
  pugi::xml_parse_result r = out.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (!r) {
    int line = line_of(text, static_cast<std::size_t>(std::max<std::ptrdiff_t>(r.offset, 0)));
    return Error{path, line, prefix + "fehlerhaftes XML: " + german_status(r.status)};
  }
  if (max_depth(out, kMaxXmlDepth) > kMaxXmlDepth)
    return Error{path, 0, prefix + "XML zu tief verschachtelt (mehr als " + std::to_string(kMaxXmlDepth) + " Ebenen)"};
  return Ok{};
}

int LineCounter::line_at(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset < pos_) {  // out of order: count from the start
    pos_ = 0;
    line_ = 1;
  }
  line_ += static_cast<int>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                       text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  pos_ = offset;
  return line_;
}

namespace {

void collect_text(const pugi::xml_node& n, bool (*skip)(const pugi::xml_node&), std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    } else if (c.type() == pugi::node_element && !(skip && skip(c))) {
      std::string_view l = local_name(c);
      if (l == "BR" || l == "br") out += ' ';
      else collect_text(c, skip, out);  // depth is bounded by kMaxXmlDepth
    }
  }
}

}  // namespace

std::string element_text(const pugi::xml_node& node, bool (*skip)(const pugi::xml_node&)) {
  std::string raw;
  collect_text(node, skip, raw);
  return fold_spaces(raw);
}

pugi::xml_node first_text_node(const pugi::xml_node& node) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      std::string_view v = c.value();
      if (v.find_first_not_of(" \t\r\n") != std::string_view::npos) return c;
    }
    if (c.type() == pugi::node_element)
      if (pugi::xml_node t = first_text_node(c); t != c) return t;
  }
  return node;
}

std::string_view local_name(const pugi::xml_node& node) {
  const char* n = node.name();
  const char* colon = std::strrchr(n, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(n);
}

}  // namespace digitalcheck
