#include "input/legaldocml_reader.hpp"

#include <string_view>

#include "input/xml.hpp"

namespace digitalcheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is(const pugi::xml_node& n, std::string_view name) { return local_name(n) == name; }

bool any_of(const pugi::xml_node& n, std::initializer_list<std::string_view> names) {
  std::string_view l = local_name(n);
  for (auto x : names)
    if (l == x) return true;
  return false;
}

bool is_footnote(const pugi::xml_node& n) { return is(n, "authorialNote"); }

// Whitespace-folded plain text of an element (num, heading, docTitle), footnotes left out.
std::string plain(const pugi::xml_node& n) { return element_text(n, is_footnote); }

class Collector {
 public:
  Collector(Document& doc, LineCounter& lines) : doc_(doc), lines_(lines) {}

  void walk(const pugi::xml_node& node) {
    for (pugi::xml_node c : node.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        append(c.value(), c);
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      if (any_of(c, {"meta", "toc", "authorialNote", "preface", "conclusions", "num", "heading", "attachments",
                     "componentRef", "documentRef"}))
        continue;
      if (is(c, "br")) {
        buf_ += '\n';
      } else if (is(c, "article")) {
        flush();
        std::string num = plain(c.child(qualified(c, "num").c_str())), heading = plain(c.child(qualified(c, "heading").c_str()));
        if (quoted_ > 0) {  // an article quoted by an amendment: its heading is quoted text, our norm stays
          heading_block(num + (heading.empty() ? "" : " " + heading), c, c.attribute("eId").value());
        } else {
          norm_ = num;
          norm_heading_ = heading;
          norm_eid_ = c.attribute("eId").value();
          heading_block(num + (heading.empty() ? "" : " " + heading), c, norm_eid_);
        }
        walk(c);
        flush();
      } else if (any_of(c, {"book", "part", "chapter", "section", "subsection", "title", "subtitle", "subchapter"})) {
        flush();
        std::string num = plain(c.child(qualified(c, "num").c_str())), heading = plain(c.child(qualified(c, "heading").c_str()));
        std::string saved_norm = norm_;
        if (quoted_ == 0) norm_.clear();  // a Gliederung heading is no norm
        heading_block(num + (num.empty() || heading.empty() ? "" : " ") + heading, c, c.attribute("eId").value());
        norm_ = saved_norm;
        walk(c);
        flush();
      } else if (any_of(c, {"paragraph", "point", "item", "alinea", "indent"})) {
        flush();
        bool list_item = !is(c, "paragraph");
        if (list_item) ++level_;
        std::string num = plain(c.child(qualified(c, "num").c_str()));
        if (!num.empty()) {
          append((num + " ").c_str(), first_text_node(c.child(qualified(c, "num").c_str())));
          prefix_only_ = true;
        }
        walk(c);
        flush();
        if (list_item) --level_;
      } else if (any_of(c, {"p", "listIntroduction", "intro", "listWrapUp", "wrapUp", "block", "longTitle",
                            "formula", "tblock"})) {
        if (!prefix_only_) flush();
        if (eid_.empty() || !prefix_only_ || buf_.empty()) eid_ = c.attribute("eId").value();
        if (prefix_only_) eid_ = c.attribute("eId").value();
        walk(c);
        flush();
      } else if (is(c, "quotedStructure")) {
        flush();
        ++quoted_;
        std::string saved = quoted_eid_;
        if (quoted_ == 1) quoted_eid_ = mod_eid_;
        walk(c);
        flush();
        quoted_eid_ = saved;
        --quoted_;
      } else if (is(c, "quotedText")) {
        std::size_t begin = buf_.size();
        buf_ += c.attribute("startQuote").value();
        walk(c);
        buf_ += c.attribute("endQuote").value();
        quotes_.push_back(BlockHint::Quote{begin, buf_.size(), c.attribute("eId").value()});
      } else if (is(c, "mod")) {
        std::string saved = mod_eid_;
        mod_eid_ = c.attribute("eId").value();
        walk(c);
        mod_eid_ = saved;
      } else if (is(c, "tr")) {
        flush();
        for (pugi::xml_node cell : c.children()) {
          if (cell.type() != pugi::node_element) continue;
          walk(cell);
          if (!buf_.empty() && !is_space(buf_.back())) buf_ += ' ';
        }
        table_row_ = true;
        flush();
        table_row_ = false;
      } else {
        walk(c);  // inline markup (ref, span, inline, date, affectedDocument, docTitle, ...) and containers
      }
    }
  }

  void flush() {
    prefix_only_ = false;
    std::size_t b = 0, e = buf_.size();
    while (b < e && is_space(buf_[b])) ++b;
    while (e > b && is_space(buf_[e - 1])) --e;
    if (e > b) {
      Block blk;
      blk.kind = BlockKind::paragraph;
      blk.text = buf_.substr(b, e - b);
      blk.verbatim = false;
      blk.source_offset = offset_;
      blk.source_line = line_;
      blk.hint.norm = norm_;
      blk.hint.heading = norm_heading_;
      blk.hint.eid = eid_.empty() ? norm_eid_ : eid_;
      blk.hint.list_level = level_;
      blk.hint.table_row = table_row_;
      blk.hint.quoted = quoted_ > 0;
      blk.hint.quoted_eid = quoted_ > 0 ? quoted_eid_ : "";
      for (const auto& q : quotes_) {
        if (q.end <= b || q.begin >= e) continue;
        std::size_t qb = q.begin < b ? 0 : q.begin - b, qe = std::min(q.end, e) - b;
        blk.hint.quotes.push_back(BlockHint::Quote{qb, qe, q.eid});
      }
      doc_.blocks.push_back(std::move(blk));
    }
    buf_.clear();
    quotes_.clear();
    eid_.clear();
    has_offset_ = false;
  }

 private:
  // The child element name with the parent's namespace prefix ("akn:num").
  static std::string qualified(const pugi::xml_node& parent, const char* local) {
    std::string_view n = parent.name();
    auto colon = n.find(':');
    return colon == std::string_view::npos ? std::string(local) : std::string(n.substr(0, colon + 1)) + local;
  }

  void heading_block(const std::string& text, const pugi::xml_node& at, const std::string& eid) {
    if (text.empty()) return;
    Block b;
    b.kind = BlockKind::heading;
    b.text = text;
    b.verbatim = false;
    std::ptrdiff_t off = first_text_node(at).offset_debug();
    b.source_offset = off < 0 ? 0 : static_cast<std::size_t>(off);
    b.source_line = lines_.line_at(b.source_offset);
    b.hint.norm = norm_;
    b.hint.heading = norm_.empty() ? "" : norm_heading_;
    b.hint.eid = eid;
    b.hint.list_level = 0;
    b.hint.quoted = quoted_ > 0;
    b.hint.quoted_eid = quoted_ > 0 ? quoted_eid_ : "";
    if (b.hint.quoted) b.kind = BlockKind::paragraph;  // a quoted article heading is inserted text, not ours
    doc_.blocks.push_back(std::move(b));
  }

  void append(const char* text, const pugi::xml_node& at) {
    if (!*text) return;
    if (!has_offset_) {
      std::string_view v = text;
      if (v.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
      std::ptrdiff_t off = at.offset_debug();
      // Point at the first non-blank character of the text node.
      offset_ = (off < 0 ? 0 : static_cast<std::size_t>(off)) + v.find_first_not_of(" \t\r\n");
      line_ = lines_.line_at(offset_);
      has_offset_ = true;
    }
    buf_ += text;
  }

  Document& doc_;
  LineCounter& lines_;
  std::string buf_;
  std::vector<BlockHint::Quote> quotes_;
  std::size_t offset_ = 0;
  int line_ = 0;
  bool has_offset_ = false;
  bool prefix_only_ = false;  // buf_ holds only a num ("(1) ") waiting for its text
  int level_ = 0;
  int quoted_ = 0;
  bool table_row_ = false;
  std::string norm_, norm_heading_, norm_eid_, eid_, mod_eid_, quoted_eid_;
};

}  // namespace

bool is_legaldocml(const pugi::xml_document& xml) { return local_name(xml.document_element()) == "akomaNtoso"; }

void read_legaldocml(Document& doc, const pugi::xml_document& xml) {
  LineCounter lines(doc.source);
  // The title: the first docTitle (in the preface's longTitle), else the shortTitle.
  for (const char* name : {"docTitle", "shortTitle"}) {
    pugi::xml_node t = xml.find_node([name](const pugi::xml_node& n) { return local_name(n) == name; });
    if (t) {
      doc.title = plain(t);
      break;
    }
  }
  Collector out(doc, lines);
  out.walk(xml.document_element());
  out.flush();
}

}  // namespace digitalcheck
