#include "amend/suggest.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "amend/apply.hpp"
#include "amend/fix.hpp"

namespace digitalcheck {

std::string law_name_of(const std::string& title) {
  static const RE2 short_title(R"(\(([^()–—-]+?)\s*(?:[–—-]\s*[^()]*)?\)\s*$)");
  std::string name;
  if (RE2::PartialMatch(title, short_title, &name)) return name;
  name = title;
  static const RE2 draft(R"(^(?:Entwurf|Referentenentwurf|Gesetzentwurf)\s+(?:eines|einer)\s+)");
  if (RE2::Replace(&name, draft, "")) {
    static const RE2 gen(R"(^(Gesetz|Verordnung|Satzung)(?:es)?\b)");
    RE2::Replace(&name, gen, "\\1");
  }
  static const RE2 paren(R"(\s*\([^()]*\)\s*$)");
  RE2::Replace(&name, paren, "");
  return name;
}

namespace {

std::string quote(const std::string& s) { return "„" + s + "“"; }

bool has_space(const std::string& s) { return s.find(' ') != std::string::npos; }

// Word starts before position `at` in text (view offsets), nearest first.
std::vector<std::size_t> word_starts_before(std::string_view text, std::size_t from, std::size_t at) {
  std::vector<std::size_t> out;
  std::size_t i = at;
  while (i > from) {
    while (i > from && text[i - 1] == ' ') --i;
    if (i == from) break;
    while (i > from && text[i - 1] != ' ') --i;
    out.push_back(i);
  }
  return out;
}

}  // namespace

std::string instruction_sentence(const SuggestedChange& c, bool relative_to_norm) {
  TargetRef t = c.target;
  if (relative_to_norm) t.norm.clear();
  std::string where = t.display();
  std::string out = where.empty() ? "" : "In " + where + " ";
  bool plural = has_space(c.old_words);
  std::string subject = (plural ? "die Wörter " : "das Wort ") + quote(c.old_words);
  std::string object = (has_space(c.new_words) ? "die Wörter " : "das Wort ") + quote(c.new_words);
  if (out.empty()) {
    out = subject + (plural ? " werden " : " wird ");
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  } else {
    out += (plural ? "werden " : "wird ") + subject + " ";
  }
  if (c.every) out += "jeweils ";
  out += "durch " + object + " ersetzt.";
  return out;
}

std::vector<SuggestedLaw> suggest_amendments(const std::vector<Analysis>& analyses) {
  std::vector<SuggestedLaw> out;
  Segmenter seg;
  for (const Analysis& a : analyses) {
    SuggestedLaw law;
    law.law = law_name_of(a.structure.title.empty() ? a.document.path : a.structure.title);
    law.path = a.document.path;
    LocatedText located(a.document, a.structure, seg);
    struct Site {
      const Finding* f;
      FixEdit edit;  // offsets in the block's view
    };
    std::vector<Site> sites;
    for (const Finding& f : a.findings) {
      if (f.status != FindingStatus::open || f.instruction >= 0) continue;
      auto edit = f.rule->scope == Scope::sentence && f.exact_position ? find_fix(*f.rule, f.match) : std::nullopt;
      if (!edit) {
        ++law.findings_without_fix;
        continue;
      }
      // Offsets of the fix words in the block's view: the finding's sentence is a slice of it.
      const NormalizedText& v = located.views[f.block];
      std::size_t sentence_at = std::string::npos;
      for (const Span& s : located.sentences[f.block])
        if (v.text.compare(s.begin, s.end - s.begin, f.sentence) == 0) sentence_at = s.begin;
      if (sentence_at == std::string::npos) {
        ++law.findings_without_fix;
        continue;
      }
      edit->begin += sentence_at + f.match_in_sentence;
      edit->end += sentence_at + f.match_in_sentence;
      sites.push_back({&f, *edit});
    }
    for (std::size_t i = 0; i < sites.size(); ++i) {
      const Site& site = sites[i];
      const Finding& f = *site.f;
      SuggestedChange c;
      c.target = target_of(f.citation);
      // Leave "Satz 1" out where the unit has only one sentence.
      if (!c.target.satz.empty()) {
        TargetRef unit = c.target;
        unit.satz.clear();
        if (sentences_at(located, unit).size() == 1) c.target = unit;
      }
      std::vector<TargetSentence> where = sentences_at(located, c.target);
      auto count = [&](const std::string& words, std::vector<std::pair<std::size_t, std::size_t>>* at = nullptr) {
        std::size_t n = 0;
        for (const TargetSentence& s : where)
          for (std::size_t o : occurrences(located, s, words)) {
            ++n;
            if (at) at->emplace_back(s.block, o);
          }
        return n;
      };
      c.old_words = site.edit.old_words;
      c.new_words = site.edit.new_words;
      c.rule_ids.push_back(f.rule->id);
      std::vector<std::pair<std::size_t, std::size_t>> at;
      std::size_t n = count(c.old_words, &at);
      if (n == 0) continue;
      if (n > 1) {
        // Every occurrence a fix site with the same words: one instruction with "jeweils".
        bool all = std::all_of(at.begin(), at.end(), [&](auto p) {
          return std::any_of(sites.begin(), sites.end(), [&](const Site& s) {
            return s.f->block == p.first && s.edit.begin == p.second && s.edit.old_words == c.old_words;
          });
        });
        if (all) {
          c.every = true;
        } else {
          // Take in the words before until the quoted words are unique in the target.
          std::string_view view = located.views[f.block].text;
          std::size_t sentence_begin = 0;
          for (const Span& s : located.sentences[f.block])
            if (s.begin <= site.edit.begin && site.edit.begin < s.end) sentence_begin = s.begin;
          bool unique = false;
          for (std::size_t start : word_starts_before(view, sentence_begin, site.edit.begin)) {
            std::string prefix(view.substr(start, site.edit.begin - start));
            if (site.edit.begin - start > 80) break;
            if (count(prefix + c.old_words) == 1) {
              c.old_words = prefix + c.old_words;
              c.new_words = prefix + c.new_words;
              unique = true;
              break;
            }
          }
          if (!unique) continue;  // no safe instruction
        }
      }
      bool duplicate = std::any_of(law.changes.begin(), law.changes.end(), [&](const SuggestedChange& o) {
        return o.every && c.every && o.old_words == c.old_words && o.target.display() == c.target.display();
      });
      if (!duplicate) law.changes.push_back(std::move(c));
    }
    if (!law.changes.empty() || law.findings_without_fix > 0) out.push_back(std::move(law));
  }
  return out;
}

}  // namespace digitalcheck
