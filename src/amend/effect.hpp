// What an amending law does to the law it amends: obstacles its instructions remove, mitigate or
// bring in, judged by running the rules over the quoted old and new text (never as operative text).
#pragma once
#include <string>
#include <vector>

#include "amend/instruction.hpp"
#include "match/matcher.hpp"

namespace digitalcheck {

enum class ChangeKind { removed, mitigated, introduced };
const char* to_string(ChangeKind k);

// One obstacle an instruction removes, mitigates or introduces.
struct AmendmentChange {
  std::size_t instruction = 0;  // index into InstructionSet::instructions
  const Rule* rule = nullptr;
  ChangeKind kind = ChangeKind::removed;
  FindingStatus status = FindingStatus::open;  // introduced: open, or mitigated when the new text offers an electronic way
  std::string words;     // the obstacle's words in the quoted text
  std::string sentence;  // the quoted text (sentence) they stand in
  std::size_t words_in_sentence = 0;
  std::size_t offset_in_new_text = 0;  // introduced: where the words start in the instruction's new text
  bool exact_offset = false;           // false when the new text was combined with the anchor words
};

// The net effect per category ("entfernt 12 Schriftformerfordernisse, fügt 1 hinzu").
struct CategoryEffect {
  std::string category;
  int removed = 0;
  int mitigated = 0;
  int introduced = 0;           // open obstacles brought in
  int introduced_mitigated = 0; // brought in with an electronic alternative
};

struct AmendmentAnalysis {
  InstructionSet set;
  std::vector<AmendmentChange> changes;
  std::vector<CategoryEffect> effect;  // categories in order of first change
  // Instructions (repeal, new version) whose old text the amending law does not quote: what they
  // remove is unknown without the amended law itself.
  std::size_t old_text_unknown = 0;

  bool empty() const { return set.instructions.empty(); }
  // Net obstacles: introduced open minus removed and mitigated (negative: the draft improves the law).
  int net() const;
};

// Evaluates every instruction of `a.set` with the matcher (quoted text as sentences of their own;
// word-level quotes additionally by the rules' fix words) and fills changes and effect.
void evaluate_amendments(const Matcher& matcher, Segmenter& seg, AmendmentAnalysis& a);

}  // namespace digitalcheck
