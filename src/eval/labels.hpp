// Labelled test material for measuring the rule base: our own annotated corpus (corpus/own) and
// labels on real sentences of the statute corpus (corpus/real). Formats: corpus/README.md.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace digitalcheck {

// Expected findings of one sentence: category -> "open" or "mitigated". Empty: no finding expected.
using ExpectedFindings = std::map<std::string, std::string>;

// Parses a label list such as "schriftform, post:mitigated" or "-" (nothing expected).
// Categories must be known (is_known_category); the status defaults to "open".
Result<ExpectedFindings> parse_label_list(const std::string& text, const std::string& file, int line);
// The label list again in that notation ("-" when empty).
std::string labels_text(const ExpectedFindings& expected);

// One sentence of our own corpus with what the rule base should find in it.
struct OwnSentence {
  std::string text;
  ExpectedFindings expected;
  int line = 0;  // in the corpus file
};

// A document of our own corpus: an optional title, provisions with optional headings, sentences.
struct OwnProvision {
  std::string norm_and_heading;  // "§ 3 Antragstellung" or empty
  std::vector<OwnSentence> sentences;
};
struct OwnDocument {
  std::string file;
  int line = 0;  // where it starts
  std::string title;
  std::vector<OwnProvision> provisions;
};

// Parses one own-corpus file ("= Titel", "§ N Überschrift", "labels | sentence", "// comment").
Result<std::vector<OwnDocument>> parse_own_corpus(const std::string& file, const std::string& content);

// A label on a real sentence of the statute corpus, referenced by file, norm and sentence number.
struct RealLabel {
  std::string file;  // relative to the corpus root: "sachsen/x.md", "bund/vwvfg.xml"
  std::string norm;  // provision as the structure stage displays it ("§ 5"); "-" before the first norm
  int satz = 0;      // 1-based sentence number within the provision (see sentence_references)
  std::string hash;  // sentence_hash() of the sentence text, to detect drift
  ExpectedFindings expected;
  std::string note;
  int line = 0;  // in the label file
};

// Parses the tab-separated label file (file, norm, satz, hash, labels, note).
Result<std::vector<RealLabel>> parse_real_labels(const std::string& file, const std::string& content);

}  // namespace digitalcheck
