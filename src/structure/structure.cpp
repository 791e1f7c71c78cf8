#include "structure/structure.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "text/normalize.hpp"
#include "text/segment.hpp"
#include "util/utf8.hpp"

namespace digitalcheck {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool ends_like_sentence(std::string_view s) {
  s = trim(s);
  return !s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',' || s.back() == ':' || s.back() == '!' ||
                        s.back() == '?');
}

enum class HeadingKind { none, norm, section };

struct HeadingInfo {
  HeadingKind kind = HeadingKind::none;
  std::string norm;
  std::string rest;
};

// "§ 5 Antrag", "§ 3a", "Artikel 2 Änderung ...", "Art. 5", "Anlage 1 (zu § 3)", "Anhang".
bool norm_at_start(std::string_view s, HeadingInfo& out) {
  static const RE2 re(
      R"(^(§{1,2}[ \t]*\d+(?:[ \t]?[a-z])?|Art(?:ikel|\.)?[ \t]*\d+(?:[ \t]?[a-z])?|(?:Anlage|Anhang)(?:[ \t]+(?:\d+[a-z]?|[IVX]+|[A-Z]))?)(?:$|[^\pL\d])[ \t.:–-]*(.*)$)");
  std::string norm, rest;
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re, &norm, &rest)) return false;
  // "§ 5 a" is § 5a only when the letter stands alone; "§ 5 an" would not match the pattern above.
  out.kind = HeadingKind::norm;
  out.norm = normalize_norm(norm);
  out.rest = fold_spaces(rest);
  return true;
}

// "Teil 1", "Abschnitt 2 Verfahren", "Erster Abschnitt", "Kapitel III", "Unterabschnitt 1".
bool section_at_start(std::string_view s) {
  static const RE2 re(
      R"(^(?:(?:\pL+(?:ter|tes|te)[ \t]+)(?:Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel)|(?:Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel)[ \t]+(?:\d+[a-z]?|[IVXLC]+)\b)(?:$|[^\pL]))");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

// Numbered sections of Verwaltungsvorschriften and Förderrichtlinien in Markdown headings: "II. Gegenstand",
// "4 Aufbewahrung", "3.1 Verfahren".
bool numbered_section_at_start(std::string_view s, HeadingInfo& out) {
  static const RE2 re(R"(^([IVXLC]+|\d+(?:\.\d+)*)\.?[ \t]+(\S.*)$)");
  static const RE2 alone(R"(^([IVXLC]+|\d+(?:\.\d+)*)\.?$)");
  std::string num, rest;
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re, &num, &rest) &&
      !RE2::FullMatch(re2::StringPiece(s.data(), s.size()), alone, &num))
    return false;
  out.kind = HeadingKind::norm;
  out.norm = "Nr. " + num;
  out.rest = fold_spaces(rest);
  return true;
}

// Classifies a heading line. `markdown` for '#' headings (and XML headings), which may carry a short title
// before the designation (REVOSax: "Kurztitel § 5 Überschrift"); plain lines must start with it.
HeadingInfo classify_heading(std::string_view raw, bool markdown, const std::string& title) {
  HeadingInfo h;
  std::string folded = fold_spaces(raw);  // also no-break spaces, as REVOSax writes "§\u00a010"
  std::string_view line = folded;
  if (markdown) {
    while (!line.empty() && line.front() == '#') line.remove_prefix(1);
    line = trim(line);
    if (!title.empty() && line.size() > title.size() && line.substr(0, title.size()) == title)
      line = trim(line.substr(title.size()));
  }
  if (norm_at_start(line, h)) return h;
  if (section_at_start(line)) {
    h.kind = HeadingKind::section;
    h.rest = fold_spaces(line);
    return h;
  }
  if (!markdown) return h;
  if (numbered_section_at_start(line, h)) return h;
  // A designation further in: "Kurztitel, abweichend geschrieben § 65 Überschrift".
  for (std::size_t k = 1; k < line.size(); ++k) {
    if (!is_blank(line[k - 1])) continue;
    if (line.compare(k, 2, "\xC2\xA7") == 0 || line.compare(k, 8, "Artikel ") == 0) {
      if (norm_at_start(line.substr(k), h)) return h;
    }
  }
  return h;
}

bool is_norm_with_sentences(const std::string& norm) {
  return norm.compare(0, 2, "\xC2\xA7") == 0 || norm.compare(0, 4, "Art.") == 0 || norm.compare(0, 3, "Nr.") == 0;
}

void clear_items(Citation& c) {
  c.nummer.clear();
  c.buchstabe.clear();
  c.doppelbuchstabe.clear();
}

// Applies an item marker to the citation: a Nummer clears Buchstabe and Doppelbuchstabe, and so on.
void apply_item(Citation& c, const Mark& m) {
  switch (m.kind) {
    case MarkKind::nummer:
      c.nummer = m.label;
      c.buchstabe.clear();
      c.doppelbuchstabe.clear();
      break;
    case MarkKind::buchstabe:
      c.buchstabe = m.label;
      c.doppelbuchstabe.clear();
      break;
    case MarkKind::doppelbuchstabe: c.doppelbuchstabe = m.label; break;
    case MarkKind::absatz:
    case MarkKind::bullet: break;
  }
}

// Citation parts from the GII list levels: the first numbered level is the Nummer, the first lettered one
// the Buchstabe, the first double-lettered one the Doppelbuchstabe.
void items_from_levels(Citation& c, const std::vector<std::optional<Mark>>& levels) {
  clear_items(c);
  for (const auto& m : levels) {
    if (!m) continue;
    if (m->kind == MarkKind::nummer && c.nummer.empty()) c.nummer = m->label;
    else if (m->kind == MarkKind::buchstabe && c.buchstabe.empty()) c.buchstabe = m->label;
    else if (m->kind == MarkKind::doppelbuchstabe && c.doppelbuchstabe.empty()) c.doppelbuchstabe = m->label;
  }
}

std::size_t first_non_blank(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_blank(s[i])) ++i;
  return i;
}

// Words that make a following "2." or "b)" a reference ("Nummer 2.", "Satz 1") rather than an item.
bool is_reference_word(std::string_view w) {
  static const std::array<std::string_view, 27> words = {
      "Nr.", "Nummer", "Nummern", "Satz", "Sätze", "Sätzen", "Absatz", "Absätze", "Abs.", "\xC2\xA7", "\xC2\xA7\xC2\xA7",
      "Artikel", "Art.", "Anlage", "Buchstabe", "Buchst.", "Buchstaben", "vom", "am", "zum", "bis", "des", "Kapitel",
      "Teil", "Abschnitt", "Ziffer", "Ziff."};
  for (auto x : words)
    if (w == x) return true;
  return false;
}

std::string_view previous_word(std::string_view s, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && is_blank(s[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && !is_blank(s[b - 1])) --b;
  return s.substr(b, e - b);
}

}  // namespace

Structure parse_structure(const Document& doc) {
  Structure s;
  s.title = doc.title;
  s.provisions.push_back(Provision{});
  s.blocks.reserve(doc.blocks.size());
  s.lazy_.resize(doc.blocks.size());
  Citation cur;
  std::string section;
  std::size_t unit_first = 0;
  bool in_item = false;
  std::vector<std::optional<Mark>> levels;  // GII list levels
  bool after_open_heading = false;  // the previous block was a Markdown heading that named no unit

  auto start_provision = [&](std::size_t i, const std::string& norm, const std::string& heading) {
    s.provisions.back().end_block = i;
    s.provisions.push_back(Provision{norm, heading, i, i, section});
    cur = Citation{};
    cur.norm = norm;
    cur.heading = heading;
    unit_first = i + 1;
    in_item = false;
    levels.clear();
  };

  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    BlockPlace place;
    std::string_view text = b.text;
    bool reader_knows = b.hint.list_level >= 0;

    // Text quoted by an amendment instruction (LegalDocML.de) is cited by the instruction that holds it and
    // changes nothing in this document's structure.
    if (b.hint.quoted) {
      place.citation = cur;
      place.counts_sentences = false;
      place.item = in_item;
      place.unit_first = unit_first;
      place.provision = s.provisions.size() - 1;
      s.blocks.push_back(std::move(place));
      continue;
    }
    // Headings: from the reader (XML), Markdown '#', or a plain line that is a designation.
    bool heading = b.kind == BlockKind::heading;
    HeadingInfo h;
    if (heading && !b.hint.norm.empty()) {
      h.kind = HeadingKind::norm;
      h.norm = normalize_norm(b.hint.norm);
      h.rest = b.hint.heading;
    } else if (heading && reader_knows) {
      h.kind = HeadingKind::section;
      h.rest = fold_spaces(text);
    } else if (heading) {
      h = classify_heading(text, true, s.title);
    } else if (after_open_heading && text.find('\n') == std::string_view::npos && !ends_like_sentence(text)) {
      // A heading wrapped onto a second line (REVOSax: "## Verordnung ...\nüber ... § 7 Erledigung").
      h = classify_heading(text, true, s.title);
      if (h.kind != HeadingKind::none) heading = true;
    } else if (!reader_knows && b.hint.norm.empty()) {
      std::size_t nl = text.find('\n');
      std::string_view first = trim(text.substr(0, nl));
      std::string_view second = nl == std::string_view::npos ? std::string_view() : trim(text.substr(nl + 1));
      if (first.size() < 200 && !ends_like_sentence(first) && second.find('\n') == std::string_view::npos &&
          second.size() < 200 && !ends_like_sentence(second)) {
        h = classify_heading(first, false, s.title);
        if (h.kind == HeadingKind::norm && h.rest.empty()) h.rest = fold_spaces(second);
        if (h.kind == HeadingKind::section) h.rest = fold_spaces(text);
        if (h.kind != HeadingKind::none) heading = true;
        // The first line of a plain text that is no sentence is its title.
        if (h.kind == HeadingKind::none && i == 0 && s.title.empty() && second.empty() && doc.blocks.size() > 1 &&
            doc.format == InputFormat::text) {
          s.title = fold_spaces(first);
          heading = true;
        }
      }
    }

    after_open_heading = b.kind == BlockKind::heading && !reader_knows && h.kind == HeadingKind::none;
    if (heading) {
      if (h.kind == HeadingKind::norm) {
        start_provision(i, h.norm, h.rest);
      } else if (h.kind == HeadingKind::section) {
        section = h.rest;
        s.sections.push_back(section);
        cur.absatz.clear();
        clear_items(cur);
        unit_first = i + 1;
      } else if (s.title.empty() && (b.hint.heading_level <= 1 || s.provisions.size() == 1)) {
        std::string t(trim(text));
        t.erase(0, t.find_first_not_of("# "));
        s.title = fold_spaces(t);
      }
      place.citation = cur;
      place.counts_sentences = false;
    } else {
      if (!b.hint.norm.empty() && normalize_norm(b.hint.norm) != cur.norm) {  // reader hint without heading block
        start_provision(i, normalize_norm(b.hint.norm), b.hint.heading);
        unit_first = i;
      }
      std::size_t lead = first_non_blank(text);
      std::optional<Mark> m = lex_mark(text, lead);
      if (m && m->kind == MarkKind::absatz) {
        cur.absatz = m->label;
        clear_items(cur);
        levels.clear();
        unit_first = i;
        in_item = false;
      } else if (reader_knows) {
        std::size_t level = static_cast<std::size_t>(b.hint.list_level);
        if (level == 0) {
          levels.clear();
          clear_items(cur);
          in_item = false;
        } else {
          if (m) {
            levels.resize(level - 1);
            levels.push_back(m);
          } else if (levels.size() > level) {
            levels.resize(level);
          }
          items_from_levels(cur, levels);
          in_item = true;
        }
      } else if (m) {
        apply_item(cur, *m);
        in_item = true;
      } else {
        clear_items(cur);
        in_item = false;
      }
      place.citation = cur;
      place.item = in_item;
      place.unit_first = unit_first;
    }
    place.provision = s.provisions.size() - 1;
    s.blocks.push_back(std::move(place));
  }
  s.provisions.back().end_block = doc.blocks.size();
  return s;
}

const std::vector<Mark>& Structure::run_in_marks(const Document& doc, std::size_t block) const {
  Lazy& lz = lazy_[block];
  if (lz.marks) return *lz.marks;
  lz.marks.emplace();
  const Block& b = doc.blocks[block];
  if (b.hint.list_level >= 0 || !blocks[block].counts_sentences) return *lz.marks;  // the reader split items
  std::string_view t = b.text;
  Citation c = blocks[block].citation;
  std::size_t lead = first_non_blank(t);
  std::size_t k = lead;
  if (auto m = lex_mark(t, lead)) k = m->end;
  for (k = std::max<std::size_t>(k, 1); k < t.size(); ++k) {
    char prev = t[k - 1];
    if (!(is_blank(prev) || prev == ':' || prev == ';')) continue;
    char ch = t[k];
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'))) continue;
    auto m = lex_mark(t, k);
    if (!m || m->kind == MarkKind::absatz || m->kind == MarkKind::bullet) continue;
    const std::string& current = m->kind == MarkKind::nummer      ? c.nummer
                                 : m->kind == MarkKind::buchstabe ? c.buchstabe
                                                                  : c.doppelbuchstabe;
    if (m->label != next_label(m->kind, current)) continue;  // items come in sequence; "vom 17." does not
    if (is_reference_word(previous_word(t, k))) continue;
    apply_item(c, *m);
    lz.marks->push_back(*m);
    k = m->end - 1;
  }
  return *lz.marks;
}

const std::vector<std::uint32_t>& Structure::sentence_ends(const Document& doc, std::size_t block, Segmenter& seg) const {
  Lazy& lz = lazy_[block];
  if (lz.sentence_ends) return *lz.sentence_ends;
  lz.sentence_ends.emplace();
  NormalizedText view = normalize(doc.blocks[block].text);
  for (const Span& sp : seg.sentences(view.text)) {
    std::size_t e = sp.end;
    while (e > sp.begin) {
      char c = view.text[e - 1];
      // Closing quotes and brackets after the full stop: '"', ')', '“' (E2 80 9C), '”' (E2 80 9D), '«' '»'.
      if (c == '"' || c == ')' || c == '\'' || is_blank(c)) {
        --e;
        continue;
      }
      if (e - sp.begin >= 3 && view.text.compare(e - 3, 2, "\xE2\x80") == 0 &&
          (static_cast<unsigned char>(view.text[e - 1]) == 0x9C || static_cast<unsigned char>(view.text[e - 1]) == 0x9D)) {
        e -= 3;
        continue;
      }
      if (e - sp.begin >= 2 && static_cast<unsigned char>(view.text[e - 2]) == 0xC2 &&
          (static_cast<unsigned char>(c) == 0xAB || static_cast<unsigned char>(c) == 0xBB)) {
        e -= 2;
        continue;
      }
      break;
    }
    if (e == sp.begin) continue;
    char last = view.text[e - 1];
    if (last == '.' || last == '!' || last == '?') lz.sentence_ends->push_back(view.block_end(sp.end));
  }
  return *lz.sentence_ends;
}

Citation Structure::cite(const Document& doc, std::size_t block, std::size_t offset, Segmenter& seg) const {
  const BlockPlace& p = blocks.at(block);
  const Block& b = doc.blocks[block];
  Citation c = p.citation;
  if (c.eid.empty()) c.eid = b.hint.eid;
  c.paragraph = b.paragraph_number;
  if (!p.counts_sentences || b.hint.table_row) return c;
  bool item = p.item;
  std::size_t item_start = 0;
  for (const Mark& m : run_in_marks(doc, block)) {
    if (m.begin > offset) break;
    apply_item(c, m);
    if (!item) {
      item = true;
      item_start = m.begin;
    }
  }
  if (!(is_norm_with_sentences(c.norm) || (c.norm.empty() && !c.absatz.empty()))) return c;
  // Satz: completed sentences of the Absatz before this position (a list item: before the item).
  // Sentences inside list items do not count (amendment instructions are lists of items ending in full
  // stops); a list whose last item ends a sentence closes the introducing sentence.
  std::size_t limit = item ? item_start : offset;
  int n = 0;
  bool list_closed_sentence = false;
  for (std::size_t k = p.unit_first; k < block; ++k) {
    if (!blocks[k].counts_sentences || doc.blocks[k].hint.table_row) continue;
    const auto& ends = sentence_ends(doc, k, seg);
    if (blocks[k].item) {
      list_closed_sentence = !ends.empty() && ends.back() + 2 >= doc.blocks[k].text.size();
      continue;
    }
    if (list_closed_sentence) ++n;
    list_closed_sentence = false;
    n += static_cast<int>(ends.size());
  }
  if (!p.item && list_closed_sentence) ++n;
  for (std::uint32_t e : sentence_ends(doc, block, seg))
    if (e <= limit) ++n;
  c.satz = n + 1;
  return c;
}

}  // namespace digitalcheck
