#include "amend/effect.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "amend/fix.hpp"
#include "match/text_match.hpp"

namespace digitalcheck {

const char* to_string(ChangeKind k) {
  switch (k) {
    case ChangeKind::removed: return "removed";
    case ChangeKind::mitigated: return "mitigated";
    case ChangeKind::introduced: return "introduced";
  }
  return "removed";
}

int AmendmentAnalysis::net() const {
  int n = 0;
  for (const auto& e : effect) n += e.introduced - e.removed - e.mitigated;
  return n;
}

namespace {

struct Hit {
  const Rule* rule;
  FindingStatus status;
  std::size_t begin, end;              // in the side text
  std::size_t scope_begin, scope_end;  // the sentence
};

// Obstacles in one side (old or new) of an instruction.
std::vector<Hit> hits_in(const Matcher& matcher, Segmenter& seg, std::string_view text, bool word_level) {
  std::vector<Hit> out;
  if (text.find_first_not_of(" \n") == std::string_view::npos) return out;
  std::vector<TextMatch> found;
  match_text(matcher, seg, text, seg.sentences(text), MatchContext{}, found);
  for (const TextMatch& t : found)
    out.push_back({t.match.rule, t.match.status, t.scope_begin + t.match.begin, t.scope_begin + t.match.end,
                   t.scope_begin, t.scope_end});
  if (!word_level) return out;
  // A few quoted words lack the context the patterns need ("schriftlich" without "zu beantragen"):
  // the words a rule's fix acts on stand for the obstacle there.
  for (const Rule& r : matcher.rules().rules()) {
    if (r.fixes.empty() || vetoed_in(r, text)) continue;
    std::size_t from = 0;
    while (auto edit = find_fix(r, text, from)) {
      from = edit->end;
      bool covered = std::any_of(out.begin(), out.end(), [&](const Hit& h) {
        return h.rule == &r && edit->begin < h.end && h.begin < edit->end;
      });
      if (covered) continue;
      FindingStatus st = mitigation_in(r, text) ? FindingStatus::mitigated : FindingStatus::open;
      out.push_back({&r, st, edit->begin, edit->end, 0, text.size()});
    }
  }
  return out;
}

bool starts_with_punctuation(const std::string& s) {
  return !s.empty() && (s[0] == ',' || s[0] == '.' || s[0] == ';' || s[0] == ':' || s[0] == ')');
}

}  // namespace

void evaluate_amendments(const Matcher& matcher, Segmenter& seg, AmendmentAnalysis& a) {
  a.changes.clear();
  a.effect.clear();
  a.old_text_unknown = 0;
  for (std::size_t i = 0; i < a.set.instructions.size(); ++i) {
    const Instruction& ins = a.set.instructions[i];
    std::string old_side, new_side;
    std::size_t new_offset = 0;  // where the instruction's new text starts in new_side
    bool exact = true;
    switch (ins.kind) {
      case InstructionKind::replace:
        old_side = ins.old_text;
        new_side = ins.new_text;
        break;
      case InstructionKind::strike:
        old_side = ins.old_text;
        if (ins.structural) ++a.old_text_unknown;
        break;
      case InstructionKind::insert:
      case InstructionKind::append:
        if (!ins.anchor.empty() && !ins.structural) {
          // The new words read together with the words they are put next to:
          // "schriftlich" + "oder elektronisch" -> "schriftlich oder elektronisch".
          old_side = ins.anchor;
          std::string sep = starts_with_punctuation(ins.new_text) ? "" : " ";
          if (ins.anchor_before) {
            new_side = ins.new_text + " " + ins.anchor;
          } else {
            new_side = ins.anchor + sep + ins.new_text;
            new_offset = ins.anchor.size() + sep.size();
          }
          exact = false;
        } else {
          new_side = ins.new_text;
        }
        break;
      case InstructionKind::new_version:
        new_side = ins.new_text;
        ++a.old_text_unknown;
        break;
      case InstructionKind::repeal:
        ++a.old_text_unknown;
        break;
    }
    const bool word_level = !ins.structural;
    std::vector<Hit> old_hits = hits_in(matcher, seg, old_side, word_level);
    std::vector<Hit> new_hits = hits_in(matcher, seg, new_side, word_level);
    // Per rule: compare open and mitigated counts on both sides.
    std::vector<const Rule*> rules;
    for (const auto* hs : {&old_hits, &new_hits})
      for (const Hit& h : *hs)
        if (std::find(rules.begin(), rules.end(), h.rule) == rules.end()) rules.push_back(h.rule);
    for (const Rule* r : rules) {
      auto count = [&](const std::vector<Hit>& hs, FindingStatus st) {
        return static_cast<int>(std::count_if(hs.begin(), hs.end(), [&](const Hit& h) { return h.rule == r && h.status == st; }));
      };
      int old_open = count(old_hits, FindingStatus::open), old_mit = count(old_hits, FindingStatus::mitigated);
      int new_open = count(new_hits, FindingStatus::open), new_mit = count(new_hits, FindingStatus::mitigated);
      auto first_of = [&](const std::vector<Hit>& hs, FindingStatus st, int skip) -> const Hit* {
        for (const Hit& h : hs)
          if (h.rule == r && h.status == st && skip-- <= 0) return &h;
        return nullptr;
      };
      auto record = [&](ChangeKind kind, const std::string& side, const Hit* h, FindingStatus st) {
        AmendmentChange c;
        c.instruction = i;
        c.rule = r;
        c.kind = kind;
        c.status = st;
        if (h) {
          c.words = side.substr(h->begin, h->end - h->begin);
          c.sentence = side.substr(h->scope_begin, h->scope_end - h->scope_begin);
          c.words_in_sentence = h->begin - h->scope_begin;
          c.offset_in_new_text = h->begin >= new_offset ? h->begin - new_offset : 0;
          c.exact_offset = exact && h->begin >= new_offset;
        }
        a.changes.push_back(std::move(c));
      };
      int gone = old_open - new_open;
      int gained_mitigation = std::max(0, new_mit - old_mit);
      if (gone > 0) {
        int mitigated = std::min(gone, gained_mitigation);
        for (int k = 0; k < mitigated; ++k)
          record(ChangeKind::mitigated, new_side, first_of(new_hits, FindingStatus::mitigated, old_mit + k), FindingStatus::mitigated);
        for (int k = mitigated; k < gone; ++k)
          record(ChangeKind::removed, old_side, first_of(old_hits, FindingStatus::open, new_open + k), FindingStatus::open);
        gained_mitigation -= mitigated;
      } else if (gone < 0) {
        for (int k = 0; k < -gone; ++k)
          record(ChangeKind::introduced, new_side, first_of(new_hits, FindingStatus::open, old_open + k), FindingStatus::open);
      }
      // Mitigated obstacles brought in (not replacing an open one).
      for (int k = 0; k < gained_mitigation; ++k)
        record(ChangeKind::introduced, new_side,
               first_of(new_hits, FindingStatus::mitigated, new_mit - gained_mitigation + k), FindingStatus::mitigated);
      if (gone >= 0 && old_mit > new_mit && old_open == new_open) {
        // A mitigated obstacle struck entirely.
        for (int k = 0; k < old_mit - new_mit; ++k)
          record(ChangeKind::removed, old_side, first_of(old_hits, FindingStatus::mitigated, new_mit + k), FindingStatus::mitigated);
      }
    }
  }
  for (const AmendmentChange& c : a.changes) {
    auto it = std::find_if(a.effect.begin(), a.effect.end(), [&](const CategoryEffect& e) { return e.category == c.rule->category; });
    if (it == a.effect.end()) {
      a.effect.push_back(CategoryEffect{c.rule->category});
      it = a.effect.end() - 1;
    }
    if (c.kind == ChangeKind::removed) ++it->removed;
    else if (c.kind == ChangeKind::mitigated) ++it->mitigated;
    else if (c.status == FindingStatus::open) ++it->introduced;
    else ++it->introduced_mitigated;
  }
}

}  // namespace digitalcheck
