// sarif: SARIF 2.1.0 as GitHub code scanning reads it. Every rule of the run in tool.driver.rules; one result per
// open or justified finding (justified ones carry a suppression with the recorded reason); mitigated findings are
// not problems and are left out. Columns are Unicode code points (columnKind), URIs relative to the working
// directory (the repository root in CI).
#include <filesystem>
#include <map>

#include "digitalcheck/version.hpp"
#include "report/json_report.hpp"
#include "report/wording.hpp"

namespace digitalcheck {

namespace {

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "warning";
}

// Percent-encodes what may not stand in a URI path (keeps unreserved characters and '/').
std::string uri_path(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// The artifact location of a document: relative to the working directory where possible.
ordered_json artifact_location(const std::string& path) {
  namespace fs = std::filesystem;
  if (path == "-") return {{"uri", "stdin"}};
  fs::path p(path);
  std::error_code ec;
  if (p.is_absolute()) {
    fs::path rel = p.lexically_normal().lexically_relative(fs::current_path(ec));
    if (ec || rel.empty() || *rel.begin() == "..") return {{"uri", "file://" + uri_path(p.lexically_normal().generic_string())}};
    p = rel;
  }
  std::string rel = p.lexically_normal().generic_string();
  return {{"uri", uri_path(rel)}, {"uriBaseId", "%SRCROOT%"}};
}

ordered_json rule_json(const Rule& r) {
  std::string refs;
  for (const auto& ref : r.references) refs += (refs.empty() ? "" : ", ") + ref;
  std::string help = r.message + "\n\nVorschlag: " + r.suggestion + (refs.empty() ? "" : "\n\nRechtsgrundlagen: " + refs);
  std::string help_md = r.message + "\n\n**Vorschlag:** " + r.suggestion +
                        (refs.empty() ? "" : "\n\n**Rechtsgrundlagen:** " + refs);
  ordered_json j;
  j["id"] = r.id;
  j["name"] = r.title;
  j["shortDescription"] = {{"text", r.title}};
  j["fullDescription"] = {{"text", r.message}};
  j["help"] = {{"text", help}, {"markdown", help_md}};
  j["defaultConfiguration"] = {{"level", sarif_level(r.severity)}};
  j["properties"] = {{"category", r.category}, {"principle", r.principle},
                     {"tags", ordered_json::array({r.category, r.principle, "digitalcheck"})}};
  return j;
}

}  // namespace

std::string render_sarif(const RunResult& run, const ReportOptions&) {
  // The rules: the run's rule base, plus any rule a finding names that is not in it (never the case in practice).
  std::vector<const Rule*> rules;
  std::map<std::string, std::size_t> index;
  auto add_rule = [&](const Rule* r) {
    if (index.emplace(r->id, rules.size()).second) rules.push_back(r);
  };
  if (run.rules)
    for (const auto& r : run.rules->rules()) add_rule(&r);
  for (const auto& a : run.analyses)
    for (const auto& f : a.findings) add_rule(f.rule);

  ordered_json rules_json = ordered_json::array();
  for (const Rule* r : rules) rules_json.push_back(rule_json(*r));

  ordered_json results = ordered_json::array();
  ordered_json artifacts = ordered_json::array();
  for (const auto& a : run.analyses) {
    ordered_json location = artifact_location(a.document.path);
    // The document's score and its inputs, per document and principle (SARIF has no place of its own for it).
    DocumentScore ds = score_document(a);
    ordered_json principle_scores;
    for (std::size_t i = 0; i < 5; ++i) principle_scores[principles()[i].id] = score_json(ds.principles[i]);
    ordered_json artifact_properties = {{"score", score_json(ds.score)}, {"principles", principle_scores}};
    if (!a.amendments.empty()) artifact_properties["amendmentEffect"] = effect_summary(a.amendments);
    artifacts.push_back({{"location", location},
                         {"mimeType", a.document.format == InputFormat::markdown ? "text/markdown" : "text/plain"},
                         {"properties", std::move(artifact_properties)}});
    for (const auto& f : a.findings) {
      if (f.status == FindingStatus::mitigated) continue;
      ordered_json region;
      region["startLine"] = f.line;
      if (f.exact_position) {
        region["startColumn"] = f.column;
        region["endLine"] = f.end_line;
        region["endColumn"] = f.end_column;
      }
      std::string cite = f.citation.display();
      std::string text = (cite.empty() ? "" : cite + ": ") + f.rule->title + " – »" + f.match + "«. " +
                         f.rule->message + " Vorschlag: " + f.rule->suggestion;
      ordered_json r;
      r["ruleId"] = f.rule->id;
      r["ruleIndex"] = index.at(f.rule->id);
      r["level"] = sarif_level(f.severity);
      r["message"] = {{"text", text}};
      r["locations"] = ordered_json::array(
          {{{"physicalLocation", {{"artifactLocation", location}, {"region", region}}}}});
      r["partialFingerprints"] = {{"digitalcheckFingerprint/v1", f.fingerprint}};
      if (f.status == FindingStatus::justified)
        r["suppressions"] = ordered_json::array(
            {{{"kind", "external"}, {"status", "accepted"}, {"justification", f.justification}}});
      r["properties"] = {{"category", f.rule->category}, {"principle", f.rule->principle},
                         {"status", to_string(f.status)}, {"citation", cite}};
      results.push_back(std::move(r));
    }
  }

  ordered_json notifications = ordered_json::array();
  for (const auto& e : run.errors) {
    ordered_json n{{"level", "error"}, {"message", {{"text", e.to_string()}}}};
    if (!e.file.empty()) {
      ordered_json phys{{"artifactLocation", artifact_location(e.file)}};
      if (e.line > 0) phys["region"] = {{"startLine", e.line}};
      n["locations"] = ordered_json::array({{{"physicalLocation", phys}}});
    }
    notifications.push_back(std::move(n));
  }

  ordered_json driver;
  driver["name"] = "digitalcheck";
  driver["version"] = kVersion;
  driver["semanticVersion"] = kVersion;
  driver["properties"] = {{"rulesVersion", kRulesVersion}};
  driver["rules"] = std::move(rules_json);

  std::error_code ec;
  std::string root = std::filesystem::current_path(ec).generic_string();
  ordered_json sarif_run;
  sarif_run["tool"] = {{"driver", std::move(driver)}};
  sarif_run["invocations"] = ordered_json::array(
      {{{"executionSuccessful", run.errors.empty()}, {"toolExecutionNotifications", std::move(notifications)}}});
  if (!ec) sarif_run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + uri_path(root) + "/"}}}};
  sarif_run["artifacts"] = std::move(artifacts);
  sarif_run["results"] = std::move(results);
  sarif_run["columnKind"] = "unicodeCodePoints";

  ordered_json root_json;
  root_json["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root_json["version"] = "2.1.0";
  root_json["runs"] = ordered_json::array({std::move(sarif_run)});
  return root_json.dump(2) + "\n";
}

}  // namespace digitalcheck
