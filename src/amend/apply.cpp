#include "amend/apply.hpp"
#include "util/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace digitalcheck {

LocatedText::LocatedText(const Document& d, const Structure& s, Segmenter& seg) : doc(&d), structure(&s), segmenter(&seg) {
  views.reserve(d.blocks.size());
  for (const Block& b : d.blocks) {
    views.push_back(normalize(b.text));
    sentences.push_back(seg.sentences(views.back().text));
  }
}

namespace {

// "§ 5", "§5", "Art. 5", "Artikel 5" -> "§5" / "Artikel5" for comparison.
std::string norm_key(const std::string& n) {
  std::string out;
  std::string s = n;
  if (s.rfind("Art.", 0) == 0) s = "Artikel" + s.substr(4);
  else if (s.rfind("Art ", 0) == 0) s = "Artikel" + s.substr(3);
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

bool word_char_at(std::string_view s, std::size_t i) { return alnum_at(s, i); }

bool word_char_before(std::string_view s, std::size_t i) { return alnum_before(s, i); }

}  // namespace

TargetRef target_of(const Citation& c) {
  TargetRef t;
  t.norm = c.norm;
  if (t.norm.rfind("Art.", 0) == 0) t.norm = "Artikel" + t.norm.substr(4);
  t.absatz = c.absatz;
  if (c.satz > 0) t.satz = std::to_string(c.satz);
  t.nummer = c.nummer;
  t.buchstabe = c.buchstabe;
  t.doppelbuchstabe = c.doppelbuchstabe;
  return t;
}

bool citation_within(const Citation& c, const TargetRef& t) {
  if (norm_key(c.norm) != norm_key(t.norm)) return false;
  if (!t.absatz.empty() && c.absatz != t.absatz) return false;
  if (!t.satz.empty() && (c.satz <= 0 || std::to_string(c.satz) != t.satz)) return false;
  if (!t.nummer.empty() && c.nummer != t.nummer) return false;
  if (!t.buchstabe.empty() && c.buchstabe != t.buchstabe) return false;
  if (!t.doppelbuchstabe.empty() && c.doppelbuchstabe != t.doppelbuchstabe) return false;
  return true;
}

std::vector<TargetSentence> sentences_at(const LocatedText& t, const TargetRef& target) {
  std::vector<TargetSentence> out;
  for (std::size_t b = 0; b < t.views.size(); ++b) {
    if (t.doc->blocks[b].kind == BlockKind::heading) continue;
    for (std::size_t si = 0; si < t.sentences[b].size(); ++si)
      if (citation_within(t.structure->cite(*t.doc, b, t.views[b].block_begin(t.sentences[b][si].begin), *t.segmenter), target)) out.push_back({b, t.sentences[b][si]});
  }
  return out;
}

std::vector<std::size_t> occurrences(const LocatedText& t, const TargetSentence& s, const std::string& words) {
  std::vector<std::size_t> out;
  if (words.empty()) return out;
  std::string_view text = t.views[s.block].text;
  std::string_view sentence = text.substr(s.span.begin, s.span.end - s.span.begin);
  for (std::size_t p = sentence.find(words); p != std::string_view::npos; p = sentence.find(words, p + 1)) {
    std::size_t b = s.span.begin + p, e = b + words.size();
    bool starts_word = word_char_at(text, b), ends_word = word_char_before(text, e);
    if ((starts_word && word_char_before(text, b)) || (ends_word && word_char_at(text, e))) continue;
    out.push_back(b);
  }
  return out;
}

Result<std::string> apply_instructions(const LocatedText& t, const std::vector<Instruction>& instructions) {
  struct Edit {
    std::size_t begin, end;  // in doc.source
    std::string text;
  };
  std::vector<Edit> edits;
  const Document& doc = *t.doc;
  for (const Instruction& ins : instructions) {
    auto fail = [&](const std::string& why) {
      return Error{doc.path, 0, "Änderungsbefehl „" + ins.text + "“: " + why};
    };
    if (ins.structural || (ins.kind != InstructionKind::replace && ins.kind != InstructionKind::insert &&
                           ins.kind != InstructionKind::strike))
      return fail("nur das Ersetzen, Einfügen und Streichen von Wörtern kann angewendet werden");
    const std::string& words = ins.kind == InstructionKind::insert ? ins.anchor : ins.old_text;
    if (words.empty()) return fail("kein zitierter Wortlaut");
    std::vector<TargetSentence> where = sentences_at(t, ins.target);
    if (where.empty()) return fail(ins.target.display() + " nicht gefunden");
    std::vector<std::pair<std::size_t, std::size_t>> hits;  // (block, view offset)
    for (const TargetSentence& s : where)
      for (std::size_t o : occurrences(t, s, words)) hits.emplace_back(s.block, o);
    if (hits.empty()) return fail("„" + words + "“ kommt in " + ins.target.display() + " nicht vor");
    if (hits.size() > 1 && !ins.every)
      return fail("„" + words + "“ kommt in " + ins.target.display() + " mehrfach vor (fehlt „jeweils“?)");
    for (auto [b, o] : hits) {
      const Block& block = doc.blocks[b];
      if (!block.verbatim) return fail("die Fundstelle ist im Quelltext nicht genau bestimmbar");
      const NormalizedText& v = t.views[b];
      std::size_t sb = block.source_offset + v.block_begin(o);
      std::size_t se = block.source_offset + v.block_end(o + words.size());
      Edit e{sb, se, ""};
      if (ins.kind == InstructionKind::replace) {
        e.text = ins.new_text;
      } else if (ins.kind == InstructionKind::strike) {
        e.text = "";
        // "die Wörter „im Original“ gestrichen": the space before the struck words goes too.
        if (e.begin > 0 && doc.source[e.begin - 1] == ' ') --e.begin;
      } else {
        bool punct = !ins.new_text.empty() && std::string(",.;:)").find(ins.new_text[0]) != std::string::npos;
        std::string original = doc.source.substr(sb, se - sb);
        e.text = ins.anchor_before ? ins.new_text + " " + original : original + (punct ? "" : " ") + ins.new_text;
      }
      edits.push_back(std::move(e));
    }
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < edits.size(); ++i)
    if (edits[i].begin < edits[i - 1].end) return Error{doc.path, 0, "Änderungsbefehle überschneiden sich"};
  std::string out = doc.source;
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) out.replace(it->begin, it->end - it->begin, it->text);
  return out;
}

}  // namespace digitalcheck
