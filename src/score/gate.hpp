// The gate: whether a checked document fails the run (exit code 1). It sits after scoring because
// gate.min_score compares the document score; the per-finding rule is counts_for_gate (config/settle.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "config/settle.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck {

struct GateVerdict {
  std::size_t failing_findings = 0;  // findings that counts_for_gate
  std::optional<int> score;          // the document score, when the gate has a min_score
  bool score_too_low = false;        // score below gate.min_score
  bool failed() const { return failing_findings > 0 || score_too_low; }
};

// Judges one settled document against the gate: open findings at or above fail_on that are not in
// the baseline, and the document score (score/score.hpp) against min_score.
GateVerdict judge(const Analysis& a, const Gate& gate);

}  // namespace digitalcheck
