// Runs the rule base over labelled sentences and scores it (digitalcheck eval).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "eval/labels.hpp"
#include "eval/scoreboard.hpp"
#include "match/matcher.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck {

// A sentence of an analysed document as the real-sentence labels reference it.
struct SentenceRef {
  std::size_t block = 0;
  std::string norm;  // the provision's norm as displayed by the structure stage; "-" when none
  int satz = 0;      // 1-based count of sentences within the provision (headings not counted)
  std::string text;  // normalised sentence text
  std::string hash;  // sentence_hash(text)
};

// 12 hex digits of FNV-1a over the normalised sentence text.
std::string sentence_hash(std::string_view text);

// Every sentence of the document's norm-text blocks, in order.
std::vector<SentenceRef> sentence_references(const Analysis& analysis, Segmenter& segmenter);

// What the rule base found in one sentence: category -> "open" unless every finding of that
// category there is mitigated.
ExpectedFindings findings_in_sentence(const Analysis& analysis, std::size_t block, std::string_view sentence);

// A sentence where expectation and result differ.
struct EvalMiss {
  std::string where;  // "corpus/own/x.txt:12" or "sachsen/x.md § 5 Satz 3"
  std::string text;
  ExpectedFindings expected, predicted;
};

struct EvalResult {
  Scoreboard board;
  std::vector<EvalMiss> misses;
  int files = 0;
  int moved = 0;       // real labels found by their hash at another norm or sentence number
  int unresolved = 0;  // real labels whose sentence was not found (text changed or file missing)
  std::vector<std::string> problems;  // German notes on unresolved labels
};

// Our own corpus: every *.txt below dir (or the single file).
Result<EvalResult> evaluate_own(const Matcher& matcher, const std::string& path);

// Real-sentence labels, resolved against corpus_root (the folder holding bund/ and sachsen/).
EvalResult evaluate_real(const Matcher& matcher, const std::vector<RealLabel>& labels, const std::string& corpus_root);

}  // namespace digitalcheck
