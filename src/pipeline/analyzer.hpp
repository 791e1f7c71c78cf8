// The one way through the pipeline: Document -> segments -> structure -> findings.
#pragma once
#include <vector>

#include "amend/effect.hpp"
#include "input/document.hpp"
#include "match/matcher.hpp"
#include "pipeline/finding.hpp"
#include "structure/structure.hpp"
#include "text/segment.hpp"

namespace digitalcheck {

struct Analysis {
  Document document;
  Structure structure;
  std::vector<Finding> findings;  // ordered by position, then rule id
  // Änderungsbefehle of an amending law and their effect on the amended law (empty otherwise).
  AmendmentAnalysis amendments;
};

// Not thread-safe (owns a Segmenter): one Analyzer per thread, all sharing one Matcher.
class Analyzer {
 public:
  explicit Analyzer(const Matcher& matcher) : matcher_(matcher) {}
  Analysis analyze(Document doc);

 private:
  const Matcher& matcher_;
  Segmenter segmenter_;
};

}  // namespace digitalcheck
