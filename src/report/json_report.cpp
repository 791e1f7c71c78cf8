#include "report/json_report.hpp"

#include <cmath>

#include "digitalcheck/version.hpp"

namespace digitalcheck {

ordered_json tool_json() {
  return ordered_json{{"name", "digitalcheck"}, {"version", kVersion}, {"rules_version", kRulesVersion}};
}

ordered_json citation_json_display(const Citation& c) {
  std::string d = c.display();
  return d.empty() ? ordered_json(nullptr) : ordered_json(d);
}

ordered_json citation_parts_json(const Citation& c) {
  auto str = [](const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); };
  ordered_json j;
  j["norm"] = str(c.norm);
  j["absatz"] = str(c.absatz);
  j["satz"] = c.satz > 0 ? ordered_json(c.satz) : ordered_json(nullptr);
  j["nummer"] = str(c.nummer);
  j["buchstabe"] = str(c.buchstabe);
  j["doppelbuchstabe"] = str(c.doppelbuchstabe);
  j["heading"] = str(c.heading);
  j["eid"] = str(c.eid);
  return j;
}

ordered_json finding_json(const Finding& f) {
  ordered_json j;
  j["rule_id"] = f.rule->id;
  j["category"] = f.rule->category;
  j["principle"] = f.rule->principle;
  j["severity"] = to_string(f.severity);
  j["status"] = to_string(f.status);
  j["title"] = f.rule->title;
  j["message"] = f.rule->message;
  j["suggestion"] = f.rule->suggestion;
  j["references"] = f.rule->references;
  j["match"] = f.match;
  j["sentence"] = f.sentence;
  j["line"] = f.line;
  j["column"] = f.column;
  j["end_line"] = f.end_line;
  j["end_column"] = f.end_column;
  j["byte_offset"] = f.file_offset;  // in the input file's bytes
  j["byte_length"] = f.file_length;
  j["citation"] = citation_json_display(f.citation);
  j["citation_parts"] = citation_parts_json(f.citation);
  j["paragraph"] = f.citation.paragraph > 0 ? ordered_json(f.citation.paragraph) : ordered_json(nullptr);
  j["fingerprint"] = f.fingerprint;
  if (f.instruction >= 0) j["instruction"] = f.instruction;
  if (f.status == FindingStatus::mitigated) j["mitigation"] = f.mitigation;
  if (f.status == FindingStatus::justified) {
    j["justification"] = f.justification;
    if (!f.justified_by.empty()) j["justified_by"] = f.justified_by;
    if (!f.justified_on.empty()) j["justified_on"] = f.justified_on;
    j["justification_source"] = f.justification_source;
  }
  j["in_baseline"] = f.in_baseline;
  return j;
}

ordered_json amendments_json(const AmendmentAnalysis& am) {
  ordered_json j;
  j["laws"] = am.set.laws;
  ordered_json list = ordered_json::array();
  for (const Instruction& ins : am.set.instructions) {
    ordered_json i;
    i["kind"] = to_string(ins.kind);
    i["law"] = ins.law.empty() ? ordered_json(nullptr) : ordered_json(ins.law);
    i["place"] = ins.place;
    i["target"] = ins.target.display();
    if (!ins.old_text.empty()) i["old_text"] = ins.old_text;
    if (!ins.anchor.empty()) i["anchor"] = ins.anchor, i["anchor_position"] = ins.anchor_before ? "before" : "after";
    if (!ins.new_text.empty()) i["new_text"] = ins.new_text;
    if (!ins.unit.empty()) i["unit"] = ins.unit;
    if (ins.every) i["every"] = true;
    i["text"] = ins.text;
    if (!ins.eid.empty()) i["eid"] = ins.eid;
    list.push_back(std::move(i));
  }
  j["instructions"] = std::move(list);
  ordered_json changes = ordered_json::array();
  for (const AmendmentChange& c : am.changes)
    changes.push_back({{"instruction", c.instruction}, {"kind", to_string(c.kind)}, {"rule_id", c.rule->id},
                       {"category", c.rule->category}, {"status", to_string(c.status)}, {"words", c.words}});
  j["changes"] = std::move(changes);
  ordered_json effect = ordered_json::array();
  for (const CategoryEffect& e : am.effect)
    effect.push_back({{"category", e.category}, {"removed", e.removed}, {"mitigated", e.mitigated},
                      {"introduced", e.introduced}, {"introduced_mitigated", e.introduced_mitigated}});
  j["effect"] = std::move(effect);
  j["net"] = am.net();
  j["old_text_unknown"] = am.old_text_unknown;
  j["summary"] = effect_summary(am);
  return j;
}

ordered_json score_json(const Score& s) {
  ordered_json j;
  j["value"] = s.value;
  j["grade"] = std::string(1, s.grade);
  j["exact"] = std::round(s.exact * 100) / 100;
  j["provisions"] = s.inputs.provisions;
  j["open"] = {{"error", s.inputs.open[static_cast<std::size_t>(Severity::error)]},
               {"warning", s.inputs.open[static_cast<std::size_t>(Severity::warning)]},
               {"info", s.inputs.open[static_cast<std::size_t>(Severity::info)]}};
  j["mitigated"] = s.inputs.mitigated;
  j["justified"] = s.inputs.justified;
  j["penalty"] = s.inputs.penalty;
  return j;
}

ordered_json document_json(const Analysis& a) { return document_json(a, score_document(a)); }

ordered_json document_json(const Analysis& a, const DocumentScore& score) {
  ordered_json d;
  d["path"] = a.document.path;
  d["format"] = to_string(a.document.format);
  d["title"] = a.structure.title;
  std::size_t open = 0, mitigated = 0, justified = 0;
  for (const auto& f : a.findings) {
    if (f.status == FindingStatus::open) ++open;
    else if (f.status == FindingStatus::mitigated) ++mitigated;
    else ++justified;
  }
  d["counts"] = {{"open", open}, {"mitigated", mitigated}, {"justified", justified}};
  d["score"] = score_json(score.score);
  ordered_json principles = ordered_json::array();
  for (std::size_t i = 0; i < 5; ++i) {
    const Principle& p = digitalcheck::principles()[i];
    principles.push_back({{"id", p.id}, {"name", p.name}, {"score", score_json(score.principles[i])}});
  }
  d["principles"] = std::move(principles);
  ordered_json provisions = ordered_json::array();
  for (const auto& p : score.provisions) {
    ordered_json pj;
    pj["norm"] = p.norm.empty() ? ordered_json(nullptr) : ordered_json(p.norm);
    pj["heading"] = p.heading;
    pj["score"] = score_json(p.score);
    provisions.push_back(std::move(pj));
  }
  d["provisions"] = std::move(provisions);
  ordered_json findings = ordered_json::array();
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    ordered_json f = finding_json(a.findings[i]);
    f["provision"] = score.finding_provision[i];
    findings.push_back(std::move(f));
  }
  d["findings"] = std::move(findings);
  if (!a.amendments.empty()) d["amendments"] = amendments_json(a.amendments);
  return d;
}

ordered_json error_record_json(const std::string& path, const Error& e) {
  ordered_json d;
  d["path"] = path;
  d["error"] = e.file.empty() || e.file == path ? e.message : e.to_string();
  if (e.line > 0 && (e.file.empty() || e.file == path)) d["line"] = e.line;
  return d;
}

std::string render_json(const RunResult& run, const ReportOptions&) {
  ordered_json root;
  root["schema_version"] = 1;
  root["tool"] = tool_json();
  ordered_json docs = ordered_json::array();
  std::size_t open = 0, mitigated = 0, justified = 0;
  for (const auto& a : run.analyses) {
    docs.push_back(document_json(a));
    for (const auto& f : a.findings) {
      if (f.status == FindingStatus::open) ++open;
      else if (f.status == FindingStatus::mitigated) ++mitigated;
      else ++justified;
    }
  }
  root["documents"] = std::move(docs);
  ordered_json errors = ordered_json::array();
  for (const auto& e : run.errors) errors.push_back({{"path", e.file}, {"line", e.line}, {"message", e.message}});
  root["errors"] = std::move(errors);
  root["config"] = run.config_path.empty() ? ordered_json(nullptr) : ordered_json(run.config_path);
  root["baseline"] = run.baseline_path.empty() ? ordered_json(nullptr) : ordered_json(run.baseline_path);
  ordered_json stale = ordered_json::array();
  for (const auto& st : run.stale_justifications) {
    const Justification& j = *st.justification;
    ordered_json e{{"config", st.config}, {"line", j.line}};
    if (!j.rule.empty()) e["rule"] = j.rule;
    else e["category"] = j.category;
    e["where"] = j.where;
    e["reason"] = j.reason;
    if (!j.by.empty()) e["by"] = j.by;
    if (!j.date.empty()) e["date"] = j.date;
    stale.push_back(std::move(e));
  }
  root["stale_justifications"] = std::move(stale);
  root["summary"] = {{"documents", run.analyses.size()},
                     {"findings", {{"open", open}, {"mitigated", mitigated}, {"justified", justified}}}};
  return root.dump(2) + "\n";
}

}  // namespace digitalcheck

namespace digitalcheck {

std::string render_ndjson(const RunResult& run, const ReportOptions&) {
  std::string out;
  for (const auto& a : run.analyses) out += document_json(a).dump() + "\n";
  for (const auto& e : run.errors)
    out += ordered_json{{"path", e.file}, {"error", {{"line", e.line}, {"message", e.message}}}}.dump() + "\n";
  return out;
}

}  // namespace digitalcheck
