#include "config/settle.hpp"

#include <nlohmann/json.hpp>

#include "util/file.hpp"

namespace digitalcheck {

Result<Baseline> Baseline::parse(const std::string& path, const std::string& json_text) {
  nlohmann::json root = nlohmann::json::parse(json_text, nullptr, false);
  auto refuse = [&](const std::string& why) {
    return Error{path, 0, "keine Basislinie: " + why + " (erwartet einen Bericht von 'digitalcheck check --format json')"};
  };
  if (root.is_discarded()) return refuse("kein gültiges JSON");
  if (!root.is_object() || !root.contains("documents") || !root["documents"].is_array())
    return refuse("das Feld 'documents' fehlt");
  Baseline b;
  b.path = path;
  for (const auto& d : root["documents"]) {
    if (!d.is_object() || !d.contains("findings") || !d["findings"].is_array()) return refuse("ein Dokument ohne 'findings'");
    std::string doc = d.value("path", "");
    auto& set = b.by_document[doc];
    for (const auto& f : d["findings"]) {
      if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string())
        return refuse("ein Befund ohne 'fingerprint'");
      set.insert(f["fingerprint"].get<std::string>());
      b.all.insert(f["fingerprint"].get<std::string>());
    }
  }
  return b;
}

Result<Baseline> Baseline::load(const std::string& path) {
  auto text = read_file(path);
  if (!text) return Error{path, 0, "Basislinie nicht lesbar: " + text.error().message};
  return parse(path, *text);
}

bool Baseline::contains(std::string_view document_path, std::string_view fingerprint) const {
  auto it = by_document.find(document_path);
  const auto& set = it != by_document.end() ? it->second : all;
  return set.find(fingerprint) != set.end();
}

Settler::Settler(const Config& config, const Baseline* baseline)
    : config_(config),
      baseline_(baseline),
      used_(new std::atomic<bool>[config.justifications.size()]),
      in_scope_(new std::atomic<bool>[config.justifications.size()]) {
  for (std::size_t i = 0; i < config.justifications.size(); ++i) {
    used_[i] = false;
    in_scope_[i] = false;
  }
}

Settler::~Settler() = default;

void Settler::settle(Analysis& a) const {
  const auto& js = config_.justifications;
  std::vector<std::size_t> applicable;
  for (std::size_t i = 0; i < js.size(); ++i)
    if (js[i].applies_to_document(a.document.path)) {
      applicable.push_back(i);
      in_scope_[i] = true;
    }
  for (Finding& f : a.findings) {
    f.severity = config_.severity_for(*f.rule);
    if (f.status == FindingStatus::open) {
      for (std::size_t i : applicable) {
        const Justification& j = js[i];
        if (!j.justifies(f)) continue;
        used_[i] = true;
        if (f.status == FindingStatus::justified) continue;
        f.status = FindingStatus::justified;
        f.justification = j.reason;
        f.justified_by = j.by;
        f.justified_on = j.date;
        f.justification_source = config_.path + ":" + std::to_string(j.line);
      }
    }
    if (baseline_) f.in_baseline = baseline_->contains(a.document.path, f.fingerprint);
  }
}

std::vector<StaleJustification> Settler::stale() const {
  std::vector<StaleJustification> out;
  for (std::size_t i = 0; i < config_.justifications.size(); ++i)
    if (in_scope_[i] && !used_[i]) out.push_back({config_.path, &config_.justifications[i]});
  return out;
}

bool counts_for_gate(const Finding& f, const Gate& gate) {
  return gate.fail_on && f.status == FindingStatus::open && !f.in_baseline && f.severity >= *gate.fail_on;
}

}  // namespace digitalcheck
