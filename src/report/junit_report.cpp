// junit: a testsuite per document, a testcase per provision, a failure per open finding at or above the gate.
// Findings below the gate and mitigated/justified ones go to the test case's system-out.
#include <fmt/format.h>

#include "report/report.hpp"
#include "report/wording.hpp"
#include "score/score.hpp"

namespace digitalcheck {

namespace {

std::string finding_line(const Finding& f) {
  return fmt::format("{}:{}: {} {} [{}] {} ({}): »{}«", f.line, f.column, f.citation.display(),
                     severity_label(f.severity), f.rule->id, f.rule->title, status_label(f.status), f.match);
}

}  // namespace

std::string render_junit(const RunResult& run, const ReportOptions& opt) {
  std::string suites;
  std::size_t all_tests = 0, all_failures = 0;
  for (const auto& a : run.analyses) {
    DocumentScore ds = score_document(a);
    std::vector<std::vector<const Finding*>> by_unit(ds.provisions.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) by_unit[ds.finding_provision[i]].push_back(&a.findings[i]);
    std::string cases;
    std::size_t failing = 0;
    for (std::size_t u = 0; u < ds.provisions.size(); ++u) {
      const ProvisionScore& p = ds.provisions[u];
      std::string name = provision_label(p) + (p.heading.empty() ? "" : " " + p.heading);
      std::string failures, out;
      for (const Finding* f : by_unit[u]) {
        if (over_gate(*f, opt)) {
          failures += fmt::format(
              "      <failure type=\"{}\" message=\"{}\">{}&#10;{}&#10;Vorschlag: {}</failure>\n", escape_xml(f->rule->id),
              escape_xml(f->citation.display() + ": " + f->rule->title + " »" + f->match + "«"),
              escape_xml(finding_line(*f)), escape_xml(f->rule->message), escape_xml(f->rule->suggestion));
        } else {
          out += finding_line(*f) + "\n";
        }
      }
      if (!failures.empty()) ++failing;
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"0\">\n", escape_xml(a.document.path),
                           escape_xml(name));
      cases += failures;
      cases += fmt::format("      <system-out>Punkte {}/100, Note {}\n{}</system-out>\n", p.score.value, p.score.grade,
                           escape_xml(out));
      cases += "    </testcase>\n";
    }
    all_tests += ds.provisions.size();
    all_failures += failing;
    const Score& s = ds.score;
    suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" time=\"0\">\n",
                          escape_xml(a.document.path), ds.provisions.size(), failing);
    suites += "    <properties>\n";
    suites += fmt::format("      <property name=\"score\" value=\"{}\"/>\n", s.value);
    suites += fmt::format("      <property name=\"grade\" value=\"{}\"/>\n", s.grade);
    suites += fmt::format("      <property name=\"provisions\" value=\"{}\"/>\n", s.inputs.provisions);
    for (Severity sev : {Severity::error, Severity::warning, Severity::info})
      suites += fmt::format("      <property name=\"open.{}\" value=\"{}\"/>\n", to_string(sev),
                            s.inputs.open[static_cast<std::size_t>(sev)]);
    suites += fmt::format("      <property name=\"mitigated\" value=\"{}\"/>\n", s.inputs.mitigated);
    suites += fmt::format("      <property name=\"justified\" value=\"{}\"/>\n", s.inputs.justified);
    if (!a.amendments.empty())
      suites += fmt::format("      <property name=\"amendment_effect\" value=\"{}\"/>\n", escape_xml(effect_summary(a.amendments)));
    for (std::size_t i = 0; i < 5; ++i) {
      suites += fmt::format("      <property name=\"score.{}\" value=\"{}\"/>\n", principles()[i].id, ds.principles[i].value);
      suites += fmt::format("      <property name=\"open.{}\" value=\"{}\"/>\n", principles()[i].id, ds.open_by_principle[i]);
    }
    suites += "    </properties>\n";
    suites += cases;
    suites += "  </testsuite>\n";
  }
  for (const auto& e : run.errors) {
    ++all_tests;
    suites += fmt::format(
        "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
        "    <testcase classname=\"{0}\" name=\"Einlesen\" time=\"0\">\n"
        "      <error type=\"Eingabefehler\" message=\"{1}\"/>\n    </testcase>\n  </testsuite>\n",
        escape_xml(e.file), escape_xml(e.to_string()));
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"digitalcheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}</testsuites>\n",
                     all_tests, all_failures, run.errors.size(), suites);
}

}  // namespace digitalcheck
