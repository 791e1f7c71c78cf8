#include "input/gii_reader.hpp"

#include <cstring>

#include "input/xml.hpp"

namespace digitalcheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trim(std::string s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool named(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// Elements whose content is not norm text.
bool skipped(const pugi::xml_node& n) {
  static const char* const names[] = {"FnR", "Footnotes", "Footnote", "FnArea", "kommentar", "IMG", "FILE", "TOC",
                                      "fussnoten", "metadaten"};
  for (const char* s : names)
    if (named(n, s)) return true;
  return false;
}

std::string plain(const pugi::xml_node& n) { return element_text(n, skipped); }

class Collector {
 public:
  Collector(Document& doc, LineCounter& lines) : doc_(doc), lines_(lines) {}

  void set_hint(BlockHint hint) { hint_ = std::move(hint); }

  void heading(const std::string& text, const pugi::xml_node& at, int level) {
    flush();
    if (text.empty()) return;
    Block b;
    b.kind = BlockKind::heading;
    b.text = text;
    place(b, at);
    b.hint = hint_;
    b.hint.heading_level = level;
    b.hint.list_level = 0;
    doc_.blocks.push_back(std::move(b));
  }

  // Walks the children of a text container (<Content>, <P>, <LA>, <entry>, ...).
  void walk(const pugi::xml_node& node) {
    for (pugi::xml_node c : node.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        append(c.value(), c);
        continue;
      }
      if (c.type() != pugi::node_element || skipped(c)) continue;
      if (named(c, "BR")) {
        buf_ += '\n';
      } else if (named(c, "P") || named(c, "Title") || named(c, "Subtitle") || named(c, "pre")) {
        flush();
        walk(c);
        flush();
      } else if (named(c, "DL")) {
        list(c);
      } else if (named(c, "row")) {
        flush();
        table_row_ = true;
        for (pugi::xml_node e : c.children()) {
          if (e.type() != pugi::node_element) continue;
          walk(e);
          if (!buf_.empty() && !is_space(buf_.back())) buf_ += ' ';
        }
        flush();
        table_row_ = false;
      } else {
        walk(c);  // inline markup (B, I, U, SUP, SUB, SP, NB, noindex, table parts, LA, ...)
      }
    }
  }

  void flush() {
    std::string text = trim(std::move(buf_));
    buf_.clear();
    if (!text.empty()) {
      Block b;
      b.kind = BlockKind::paragraph;
      b.text = std::move(text);
      b.verbatim = false;
      b.source_offset = offset_;
      b.source_line = line_;
      b.hint = hint_;
      b.hint.list_level = level_;
      b.hint.table_row = table_row_;
      doc_.blocks.push_back(std::move(b));
    }
    has_offset_ = false;
  }

 private:
  // A DL: DT (marker) and DD (item text) alternate; each item becomes its own block.
  void list(const pugi::xml_node& dl) {
    flush();
    int saved = level_;
    for (pugi::xml_node c : dl.children()) {
      if (c.type() != pugi::node_element) continue;
      if (named(c, "DT")) {
        flush();
        level_ = saved + 1;
        std::string marker = plain(c);
        if (!marker.empty()) append(marker + " ", first_text_node(c));
      } else if (named(c, "DD")) {
        level_ = saved + 1;
        walk(c);
      }
    }
    flush();
    level_ = saved;
  }

  void append(const char* text, const pugi::xml_node& at) {
    if (!*text) return;
    if (!has_offset_) {
      bool blank = true;
      for (const char* p = text; *p; ++p)
        if (!is_space(*p)) blank = false;
      if (blank && buf_.empty()) return;
      Block tmp;
      place(tmp, at);
      offset_ = tmp.source_offset;
      line_ = tmp.source_line;
      has_offset_ = true;
    }
    buf_ += text;
  }
  void append(const std::string& text, const pugi::xml_node& at) { append(text.c_str(), at); }

  void place(Block& b, const pugi::xml_node& at) {
    std::ptrdiff_t off = at.offset_debug();
    b.verbatim = false;
    b.source_offset = off < 0 ? 0 : static_cast<std::size_t>(off);
    b.source_line = lines_.line_at(b.source_offset);
  }

  Document& doc_;
  LineCounter& lines_;
  BlockHint hint_;
  std::string buf_;
  std::size_t offset_ = 0;
  int line_ = 0;
  bool has_offset_ = false;
  int level_ = 0;
  bool table_row_ = false;
};

bool is_table_of_contents(const std::string& enbez) {
  return enbez == "Inhaltsübersicht" || enbez == "Inhaltsverzeichnis" || enbez == "Inhalt";
}

}  // namespace

bool is_gii(const pugi::xml_document& xml) { return named(xml.document_element(), "dokumente"); }

void read_gii(Document& doc, const pugi::xml_document& xml) {
  LineCounter lines(doc.source);
  Collector out(doc, lines);
  bool first = true;
  for (pugi::xml_node norm : xml.document_element().children("norm")) {
    pugi::xml_node meta = norm.child("metadaten");
    if (first) {
      first = false;
      for (const char* field : {"langue", "kurzue", "jurabk"}) {
        std::string t = plain(meta.child(field));
        if (!t.empty()) {
          doc.title = t;
          break;
        }
      }
    }
    if (pugi::xml_node g = meta.child("gliederungseinheit")) {
      std::string bez = plain(g.child("gliederungsbez")), titel = plain(g.child("gliederungstitel"));
      std::string kennzahl = plain(g.child("gliederungskennzahl"));
      BlockHint h;
      h.heading = titel;
      out.set_hint(h);
      int level = kennzahl.empty() ? 1 : static_cast<int>((kennzahl.size() + 2) / 3);
      out.heading(trim(bez + " " + titel), first_text_node(g), level);
    }
    std::string enbez = plain(meta.child("enbez"));
    std::string titel = plain(meta.child("titel"));
    BlockHint h;
    h.norm = enbez;
    h.heading = titel;
    out.set_hint(h);
    if (!enbez.empty()) out.heading(trim(enbez + " " + titel), first_text_node(meta.child("enbez")), 0);
    if (is_table_of_contents(enbez)) continue;
    out.walk(norm.child("textdaten").child("text"));
    out.flush();
  }
}

}  // namespace digitalcheck
