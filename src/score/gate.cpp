#include "score/gate.hpp"

#include "score/score.hpp"

namespace digitalcheck {

GateVerdict judge(const Analysis& a, const Gate& gate) {
  GateVerdict v;
  for (const auto& f : a.findings) v.failing_findings += counts_for_gate(f, gate) ? 1 : 0;
  if (gate.min_score) {
    v.score = score_document(a).score.value;
    v.score_too_low = *v.score < *gate.min_score;
  }
  return v;
}

}  // namespace digitalcheck
