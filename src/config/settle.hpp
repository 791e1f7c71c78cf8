// Settling: the stage after matching that applies the drafter's decisions (the config: severity
// overrides, justifications) and what is already known (a baseline report) to an Analysis.
#pragma once
#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck {

// The findings of an earlier JSON report (check --format json): known findings, by fingerprint.
struct Baseline {
  std::string path;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> by_document;  // document path -> fingerprints
  std::set<std::string, std::less<>> all;

  // Reads a JSON report; a file that is no digitalcheck JSON report is an Error naming it.
  static Result<Baseline> load(const std::string& path);
  static Result<Baseline> parse(const std::string& path, const std::string& json_text);

  // Known when the fingerprint is among the findings of the same document path in the baseline, or,
  // when the baseline has no document of that path (renamed file, other checkout), of any document.
  bool contains(std::string_view document_path, std::string_view fingerprint) const;
};

// A justification that justified no finding in a run although it applied to a checked document.
struct StaleJustification {
  std::string config;  // config file
  const Justification* justification = nullptr;
};

// Applies a config (and optionally a baseline) to analyses. Shared read-only by all threads of a run;
// it records which justifications were used, for the stale report at the end.
class Settler {
 public:
  Settler(const Config& config, const Baseline* baseline);
  ~Settler();
  Settler(const Settler&) = delete;
  Settler& operator=(const Settler&) = delete;

  // Severity overrides, then justifications (open findings only; the first matching entry gives
  // the reason, every matching entry counts as used), then baseline membership.
  void settle(Analysis& a) const;

  // Justifications that applied to at least one settled document but justified nothing there.
  std::vector<StaleJustification> stale() const;

  const Config& config() const { return config_; }
  const Baseline* baseline() const { return baseline_; }

 private:
  const Config& config_;
  const Baseline* baseline_;
  std::unique_ptr<std::atomic<bool>[]> used_;      // per justification
  std::unique_ptr<std::atomic<bool>[]> in_scope_;  // per justification: some document it applies to was settled
};

// Whether a finding counts against the gate's severity threshold: open, not in the baseline, and at
// or above fail_on. Justified, mitigated and baseline findings never count.
bool counts_for_gate(const Finding& f, const Gate& gate);

}  // namespace digitalcheck
