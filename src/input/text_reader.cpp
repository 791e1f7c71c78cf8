#include "input/text_reader.hpp"

#include <re2/re2.h>

#include <string_view>

namespace digitalcheck {

namespace {

bool is_blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// A line that starts a new structural unit and therefore a new block.
bool starts_unit(std::string_view line) {
  static const RE2 unit(
      R"(^[ \t]*(?:#{1,6}\s|§+\s*\d|Art(?:ikel|\.)?\s*\d|\(\d+[a-z]?\)|\d+[a-z]?\.(?:\s|[[:alpha:]]|\xc3)|[a-z]{1,2}\)\s|(?:Teil|Kapitel|Abschnitt|Unterabschnitt|Anlage)\s+\d|(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebter|Achter|Neunter|Zehnter)\s+(?:Teil|Abschnitt|Unterabschnitt|Kapitel)))");
  // A hard-wrapped date or ordinal at a line start ("17. Juli 2017", "18. Lebensjahr") continues its sentence.
  static const RE2 date(
      R"(^[ \t]*\d+\.\s*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Lebensjahr|Jahr|Quartal|Monat|Klasse|Semester)\b)");
  re2::StringPiece l(line.data(), line.size());
  return RE2::PartialMatch(l, unit) && !RE2::PartialMatch(l, date);
}

// A plain line that is a designation heading ("§ 5 Antragstellung", "Artikel 2", "Abschnitt 1 Verfahren"),
// not a sentence that starts with one ("§ 5 gilt entsprechend."). 1: heading with its title on the line;
// 2: the designation alone, its title may follow on the next line; 0: no heading.
int designation_heading(std::string_view line) {
  static const RE2 re(
      R"(^[ \t]*(?:§+\s*\d+(?:\s?[a-z])?|Art(?:ikel|\.)?\s*\d+(?:\s?[a-z])?|Anlage(?:\s+\d+[a-z]?)?|(?:Teil|Kapitel|Abschnitt|Unterabschnitt)\s+\d+[a-z]?)(?:$|[^\pL\d])(.*)$)");
  std::string rest;
  if (line.size() > 200 || !RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re, &rest)) return 0;
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) rest.pop_back();
  std::size_t b = rest.find_first_not_of(" \t");
  if (b == std::string::npos) return 2;
  char last = rest.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return 0;
  return 1;
}

bool is_heading_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == '#';
}

}  // namespace

void split_text_blocks(Document& doc) {
  const std::string& s = doc.source;
  std::size_t block_start = std::string::npos, block_end = 0;
  bool block_is_heading = false;
  int designation_lines = 0;  // > 0 while the block is a designation heading: lines it may still take
  auto flush = [&] {
    if (block_start == std::string::npos) return;
    Block b;
    b.kind = block_is_heading ? BlockKind::heading : BlockKind::paragraph;
    b.source_offset = block_start;
    b.text = s.substr(block_start, block_end - block_start);
    b.verbatim = true;
    designation_lines = 0;
    if (block_is_heading) {
      std::size_t i = 0;
      while (i < b.text.size() && (b.text[i] == ' ' || b.text[i] == '\t')) ++i;
      int level = 0;
      while (i + level < b.text.size() && b.text[i + level] == '#') ++level;
      b.hint.heading_level = level;
    }
    doc.blocks.push_back(std::move(b));
    block_start = std::string::npos;
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t nl = s.find('\n', pos);
    std::size_t line_end = nl == std::string::npos ? s.size() : nl;
    std::string_view line(s.data() + pos, line_end - pos);
    std::size_t content_end = line_end;
    while (content_end > pos && (s[content_end - 1] == '\r' || s[content_end - 1] == ' ' || s[content_end - 1] == '\t'))
      --content_end;
    if (is_blank(line)) {
      flush();
    } else {
      bool heading = is_heading_line(line);
      bool unit = starts_unit(line);
      if (block_start != std::string::npos && (heading || block_is_heading || unit || designation_lines == 1)) flush();
      if (designation_lines > 0) --designation_lines;
      if (block_start == std::string::npos && !heading && unit) {
        int d = designation_heading(line);
        designation_lines = d == 2 ? 2 : d == 1 ? 1 : 0;
      }
      if (block_start == std::string::npos) {
        std::size_t first = pos;
        while (first < content_end && (s[first] == ' ' || s[first] == '\t')) ++first;
        block_start = first;
        block_is_heading = heading;
      }
      block_end = content_end;
    }
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  flush();
}

}  // namespace digitalcheck
