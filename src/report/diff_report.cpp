#include "report/diff_report.hpp"

#include <fmt/format.h>

#include <map>

#include "report/json_report.hpp"
#include "report/wording.hpp"

namespace digitalcheck {

namespace {

std::string base_of(const std::string& fingerprint) { return fingerprint.substr(0, fingerprint.find(':')); }

std::string cite_or_dash(const Finding& f) {
  std::string c = f.citation.display();
  return c.empty() ? "–" : c;
}

std::string finding_line(const Analysis& a, const Finding& f) {
  std::string out = fmt::format("{} ({}:{}:{}): {} [{}] {}", cite_or_dash(f), a.document.path, f.line, f.column,
                                severity_label(f.severity), f.rule->id, f.rule->title);
  if (f.status != FindingStatus::open) out += fmt::format(" ({})", status_label(f.status));
  return out;
}

std::string quote(const Finding& f) {
  std::string before = f.sentence.substr(0, f.match_in_sentence);
  std::string after = f.sentence.substr(f.match_in_sentence + f.match.size());
  return "    | " + before + "»" + f.match + "«" + after + "\n";
}

ordered_json side_json(const Analysis& a) {
  return ordered_json{{"path", a.document.path}, {"format", to_string(a.document.format)}, {"title", a.structure.title}};
}

ordered_json place_json(const Finding& f) {
  ordered_json j;
  j["citation"] = f.citation.display().empty() ? ordered_json(nullptr) : ordered_json(f.citation.display());
  j["line"] = f.line;
  j["column"] = f.column;
  j["status"] = to_string(f.status);
  j["fingerprint"] = f.fingerprint;
  return j;
}

}  // namespace

std::size_t AnalysisDiff::introduced_failing(const Gate& gate) const {
  std::size_t n = 0;
  for (const Finding* f : introduced) n += counts_for_gate(*f, gate) ? 1 : 0;
  return n;
}

AnalysisDiff diff_analyses(const Analysis& old_a, const Analysis& new_a) {
  AnalysisDiff d;
  d.old_analysis = &old_a;
  d.new_analysis = &new_a;
  std::vector<const Finding*> partner(new_a.findings.size(), nullptr);
  std::vector<bool> old_used(old_a.findings.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    std::multimap<std::string, std::size_t> old_by_key;
    for (std::size_t i = 0; i < old_a.findings.size(); ++i)
      if (!old_used[i]) {
        const auto& fp = old_a.findings[i].fingerprint;
        old_by_key.emplace(pass == 0 ? fp : base_of(fp), i);
      }
    for (std::size_t i = 0; i < new_a.findings.size(); ++i) {
      if (partner[i]) continue;
      const auto& fp = new_a.findings[i].fingerprint;
      auto it = old_by_key.find(pass == 0 ? fp : base_of(fp));
      if (it == old_by_key.end()) continue;
      partner[i] = &old_a.findings[it->second];
      old_used[it->second] = true;
      old_by_key.erase(it);
    }
  }
  for (std::size_t i = 0; i < new_a.findings.size(); ++i) {
    if (partner[i]) d.unchanged.push_back({partner[i], &new_a.findings[i]});
    else d.introduced.push_back(&new_a.findings[i]);
  }
  for (std::size_t i = 0; i < old_a.findings.size(); ++i)
    if (!old_used[i]) d.removed.push_back(&old_a.findings[i]);
  return d;
}

const std::vector<std::string>& diff_formats() {
  static const std::vector<std::string> formats = {"text", "json"};
  return formats;
}

std::string render_diff_text(const AnalysisDiff& d, const Gate& gate) {
  const Analysis& oa = *d.old_analysis;
  const Analysis& na = *d.new_analysis;
  std::string out = fmt::format("Vergleich {} → {}\n", oa.document.path, na.document.path);
  out += fmt::format("\nNeu ({}):\n", d.introduced.size());
  for (const Finding* f : d.introduced) out += "  + " + finding_line(na, *f) + "\n" + quote(*f);
  out += fmt::format("\nEntfallen ({}):\n", d.removed.size());
  for (const Finding* f : d.removed) out += "  - " + finding_line(oa, *f) + "\n" + quote(*f);
  out += fmt::format("\nUnverändert ({}):\n", d.unchanged.size());
  for (const auto& p : d.unchanged) {
    std::string line = finding_line(na, *p.new_finding);
    std::string old_cite = cite_or_dash(*p.old_finding);
    if (old_cite != cite_or_dash(*p.new_finding) || p.old_finding->status != p.new_finding->status) {
      line += fmt::format(" – vorher {} ({}:{}:{})", old_cite, oa.document.path, p.old_finding->line, p.old_finding->column);
      if (p.old_finding->status != p.new_finding->status) line += fmt::format(" ({})", status_label(p.old_finding->status));
    }
    out += "  = " + line + "\n";
  }
  std::size_t failing = d.introduced_failing(gate);
  out += fmt::format("\n{} neu ({} über der Schwelle), {} entfallen, {} unverändert\n", d.introduced.size(), failing,
                     d.removed.size(), d.unchanged.size());
  return out;
}

std::string render_diff_json(const AnalysisDiff& d, const Gate& gate) {
  ordered_json root;
  root["schema_version"] = 1;
  root["tool"] = tool_json();
  root["old"] = side_json(*d.old_analysis);
  root["new"] = side_json(*d.new_analysis);
  ordered_json introduced = ordered_json::array(), removed = ordered_json::array(), unchanged = ordered_json::array();
  for (const Finding* f : d.introduced) introduced.push_back(finding_json(*f));
  for (const Finding* f : d.removed) removed.push_back(finding_json(*f));
  for (const auto& p : d.unchanged) {
    ordered_json j = finding_json(*p.new_finding);
    j["old"] = place_json(*p.old_finding);
    unchanged.push_back(std::move(j));
  }
  root["introduced"] = std::move(introduced);
  root["removed"] = std::move(removed);
  root["unchanged"] = std::move(unchanged);
  std::size_t failing = d.introduced_failing(gate);
  root["gate"] = {{"fail_on", gate.fail_on ? to_string(*gate.fail_on) : "none"},
                  {"introduced_failing", failing},
                  {"passed", failing == 0}};
  root["summary"] = {{"introduced", d.introduced.size()}, {"removed", d.removed.size()}, {"unchanged", d.unchanged.size()}};
  return root.dump(2) + "\n";
}

}  // namespace digitalcheck
