// Rendering analyses into the output formats. One entry point; one file per format.
#pragma once
#include <string>
#include <vector>

#include "amend/suggest.hpp"
#include "config/settle.hpp"
#include "match/rule_base.hpp"
#include "pipeline/analyzer.hpp"
#include "util/result.hpp"

namespace digitalcheck {

// Everything one run produced: what the reports are made from.
struct RunResult {
  std::vector<Analysis> analyses;
  std::vector<Error> errors;  // inputs that could not be read
  const RuleBase* rules = nullptr;
  std::string config_path;    // the config file used; empty when none
  std::string baseline_path;  // the baseline report used; empty when none
  std::vector<StaleJustification> stale_justifications;  // justifications that justified nothing
};

struct ReportOptions {
  Gate gate;                           // the run's gate (for formats that show it, e.g. JUnit failures)
  bool color = false;                  // ANSI colour (text format on a terminal)
  bool summary = true;                 // text: the score summary and the closing count (off for --quiet)
};

// The formats render() knows, for --format help and validation.
const std::vector<std::string>& report_formats();

// Renders `format` ("text", "json", ...). Unknown formats are an error.
Result<std::string> render(const std::string& format, const RunResult& run, const ReportOptions& opt);

// The net effect of an amending law in German: "entfernt 2 Schriftformerfordernisse, entschärft 1;
// fügt 1 Unterschriftserfordernis hinzu". Empty when the document has no instructions.
std::string effect_summary(const AmendmentAnalysis& am);

// --suggest-amendments: the suggested Änderungsbefehle, one Artikel per law, as text or Markdown.
std::string render_suggestions(const std::vector<SuggestedLaw>& laws, bool markdown);

// Per-format renderers (report/<format>_report.cpp).
std::string render_text(const RunResult& run, const ReportOptions& opt);
std::string render_json(const RunResult& run, const ReportOptions& opt);
std::string render_ndjson(const RunResult& run, const ReportOptions& opt);
std::string render_sarif(const RunResult& run, const ReportOptions& opt);
std::string render_junit(const RunResult& run, const ReportOptions& opt);
std::string render_markdown(const RunResult& run, const ReportOptions& opt);
std::string render_dokumentation(const RunResult& run, const ReportOptions& opt);
std::string render_html(const RunResult& run, const ReportOptions& opt);
std::string render_csv(const RunResult& run, const ReportOptions& opt);

// True when a finding fails the gate (counts_for_gate: open, not in the baseline, at or above fail_on) —
// the findings that fail a run and a JUnit test case.
bool over_gate(const Finding& f, const ReportOptions& opt);

}  // namespace digitalcheck
