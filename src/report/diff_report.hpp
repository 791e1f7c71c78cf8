// Comparing two versions of a text: which findings a new version introduces, removes or keeps.
// Findings are paired by fingerprint (pipeline/fingerprint.hpp), so the pairing survives renumbered
// provisions, inserted paragraphs and a change of input format (an old .docx against a new .md).
#pragma once
#include <string>
#include <vector>

#include "config/settle.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck {

struct FindingPair {
  const Finding* old_finding = nullptr;
  const Finding* new_finding = nullptr;
};

struct AnalysisDiff {
  const Analysis* old_analysis = nullptr;
  const Analysis* new_analysis = nullptr;
  std::vector<const Finding*> introduced;  // in the new version only, in its order
  std::vector<const Finding*> removed;     // in the old version only, in its order
  std::vector<FindingPair> unchanged;      // in both, in the new version's order

  // Introduced findings that fail the gate (open, at or above fail_on).
  std::size_t introduced_failing(const Gate& gate) const;
};

// Pairs equal fingerprints first; findings left over are paired by fingerprint without the
// occurrence counter (an identical sentence added or removed elsewhere shifts the counters).
AnalysisDiff diff_analyses(const Analysis& old_analysis, const Analysis& new_analysis);

const std::vector<std::string>& diff_formats();  // "text", "json"
std::string render_diff_text(const AnalysisDiff& d, const Gate& gate);
std::string render_diff_json(const AnalysisDiff& d, const Gate& gate);

}  // namespace digitalcheck
