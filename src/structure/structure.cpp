#include "structure/structure.hpp"

#include <re2/re2.h>

namespace digitalcheck {

Citation Structure::cite(std::size_t block, std::size_t sentence_index) const {
  Citation c = blocks.at(block).citation;
  if (blocks[block].counts_sentences && !(c.norm.empty() && c.absatz.empty())) c.satz = blocks[block].first_satz + static_cast<int>(sentence_index);
  return c;
}

Structure parse_structure(const Document& doc) {
  static const RE2 norm_heading(R"(^#*\s*(§+\s*\d+[a-z]?|Art(?:ikel|\.)?\s*\d+\s*[a-z]?|Anlage\s*\d*)\s*(.*)$)");
  static const RE2 absatz_start(R"(^\((\d+[a-z]?)\))");
  static const RE2 nummer_start(R"(^(\d+[a-z]?)\.)");
  static const RE2 buchstabe_start(R"(^([a-z])\))");
  Structure s;
  s.title = doc.title;
  s.provisions.push_back(Provision{"", "", 0, 0});
  Citation current;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    BlockPlace place;
    std::string norm, rest, num;
    if (b.kind == BlockKind::heading || RE2::FullMatch(b.text.substr(0, b.text.find('\n')), norm_heading, &norm, &rest)) {
      if (!b.hint.norm.empty() || RE2::FullMatch(b.text.substr(0, b.text.find('\n')), norm_heading, &norm, &rest)) {
        if (!b.hint.norm.empty()) norm = b.hint.norm;
        s.provisions.back().end_block = i;
        s.provisions.push_back(Provision{norm, rest, i, i});
        current = Citation{};
        current.norm = norm;
        current.heading = rest;
      } else if (s.title.empty()) {
        std::string t = b.text;
        t.erase(0, t.find_first_not_of("# "));
        s.title = t;
      }
      place.citation = current;
      place.counts_sentences = false;
    } else {
      if (RE2::PartialMatch(b.text, absatz_start, &num)) {
        current.absatz = num;
        current.nummer.clear();
        current.buchstabe.clear();
        place.first_satz = 1;
      } else if (RE2::PartialMatch(b.text, nummer_start, &num)) {
        current.nummer = num;
        current.buchstabe.clear();
      } else if (RE2::PartialMatch(b.text, buchstabe_start, &num)) {
        current.buchstabe = num;
      }
      place.citation = current;
    }
    place.provision = s.provisions.size() - 1;
    s.blocks.push_back(place);
  }
  s.provisions.back().end_block = doc.blocks.size();
  return s;
}

}  // namespace digitalcheck
