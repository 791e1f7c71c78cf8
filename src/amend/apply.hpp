// Applying word-level Änderungsbefehle to the text of the amended law, and finding the sentences a
// citation designates (shared with --suggest-amendments, so that what we write we can apply).
#pragma once
#include <string>
#include <vector>

#include "amend/instruction.hpp"
#include "input/document.hpp"
#include "structure/structure.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"
#include "util/result.hpp"

namespace digitalcheck {

// A document prepared for locating citations: normalised views and sentences of every block.
struct LocatedText {
  const Document* doc = nullptr;
  const Structure* structure = nullptr;
  Segmenter* segmenter = nullptr;
  std::vector<NormalizedText> views;
  std::vector<std::vector<Span>> sentences;  // per block, in view offsets

  LocatedText(const Document& d, const Structure& s, Segmenter& seg);
};

struct TargetSentence {
  std::size_t block = 0;
  Span span;  // view offsets in that block
};

// True when the citation of a sentence lies inside the target (parts the target leaves out match any).
bool citation_within(const Citation& c, const TargetRef& target);
// The target of a citation as an instruction spells it ("§ 5 Abs. 2 Satz 1" -> § 5 / 2 / 1).
TargetRef target_of(const Citation& c);

// Every sentence of the text inside `target`, in document order.
std::vector<TargetSentence> sentences_at(const LocatedText& t, const TargetRef& target);

// Whole-word occurrences of `words` (view offsets) in a sentence.
std::vector<std::size_t> occurrences(const LocatedText& t, const TargetSentence& s, const std::string& words);

// Applies replace, insert (after/before words) and strike instructions to doc.source and returns the
// amended text. An instruction whose words do not occur exactly once in its target (every occurrence
// with "jeweils"), or of another kind, is an error naming it.
Result<std::string> apply_instructions(const LocatedText& t, const std::vector<Instruction>& instructions);

}  // namespace digitalcheck
