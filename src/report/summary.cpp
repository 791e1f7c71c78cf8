#include "report/summary.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace digitalcheck {

namespace {

std::string wording_key(const std::string& match) {
  std::string out;
  out.reserve(match.size());
  bool space = false;
  for (char c : match) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

void count(StatusCounts& c, const std::string& status) {
  if (status == "open") ++c.open;
  else if (status == "mitigated") ++c.mitigated;
  else ++c.justified;
}

std::string string_field(const ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The document score of a record: a number, or an object holding it as "value" / "score" / "total".
std::optional<double> score_of(const ordered_json& record) {
  auto it = record.find("score");
  if (it == record.end() || it->is_null()) return std::nullopt;
  if (it->is_number()) return it->get<double>();
  if (it->is_object())
    for (const char* key : {"value", "score", "total", "document"}) {
      auto v = it->find(key);
      if (v != it->end() && v->is_number()) return v->get<double>();
    }
  return std::nullopt;
}

}  // namespace

std::string score_display(const LawSummary& l) {
  if (!l.score) return "–";
  std::string s = fmt::format("{:g}", std::round(*l.score * 10) / 10);
  std::replace(s.begin(), s.end(), '.', ',');
  return l.grade.empty() ? s : s + " (" + l.grade + ")";
}

std::string percent_display(std::size_t part, std::size_t whole) {
  if (whole == 0) return "–";
  std::string s = fmt::format("{:.1f} %", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

Status AuditSummary::add(const ordered_json& record) {
  if (!record.is_object() || !record.contains("path") || !record["path"].is_string())
    return Error{"", 0, "kein Dokumentdatensatz (Feld 'path' fehlt)"};
  if (record.contains("error")) {
    errors_.push_back({record["path"].get<std::string>(), string_field(record, "error")});
    return Ok{};
  }
  auto fit = record.find("findings");
  if (fit == record.end() || !fit->is_array()) return Error{"", 0, "kein Dokumentdatensatz (Feld 'findings' fehlt)"};
  LawSummary law;
  law.path = record["path"].get<std::string>();
  law.title = string_field(record, "title");
  law.score = score_of(record);
  if (auto it = record.find("score"); it != record.end() && it->is_object()) law.grade = string_field(*it, "grade");
  for (const auto& f : *fit) {
    if (!f.is_object()) return Error{"", 0, "Befund ist kein Objekt"};
    std::string status = string_field(f, "status");
    std::string category = string_field(f, "category");
    count(law.counts, status);
    count(findings_, status);
    count(categories_[category], status);
    count(principles_[string_field(f, "principle")], status);
    count(rules_[string_field(f, "rule_id")], status);
    if (status == "open") {
      WordingCount& w = wordings_[wording_key(string_field(f, "match"))];
      if (w.count++ == 0) {
        w.category = category;
        w.rule_id = string_field(f, "rule_id");
      }
    }
  }
  if (law.counts.open == 0) ++obstacle_free_;
  laws_.push_back(std::move(law));
  return Ok{};
}

std::vector<LawSummary> AuditSummary::top_by_open(std::size_t n) const {
  std::vector<LawSummary> out;
  for (const auto& l : laws_)
    if (l.counts.open > 0) out.push_back(l);
  std::sort(out.begin(), out.end(), [](const LawSummary& a, const LawSummary& b) {
    if (a.counts.open != b.counts.open) return a.counts.open > b.counts.open;
    return a.path < b.path;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

std::vector<LawSummary> AuditSummary::lowest_scores(std::size_t n) const {
  std::vector<LawSummary> out;
  for (const auto& l : laws_)
    if (l.score) out.push_back(l);
  std::sort(out.begin(), out.end(), [](const LawSummary& a, const LawSummary& b) {
    if (*a.score != *b.score) return *a.score < *b.score;
    return a.path < b.path;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

std::vector<std::pair<std::string, WordingCount>> AuditSummary::top_wordings(std::size_t n) const {
  std::vector<std::pair<std::string, WordingCount>> out(wordings_.begin(), wordings_.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.second.count != b.second.count) return a.second.count > b.second.count;
    return a.first < b.first;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

std::vector<std::size_t> AuditSummary::score_histogram() const {
  std::vector<std::size_t> buckets(10, 0);
  for (const auto& l : laws_) {
    if (!l.score) continue;
    double v = std::clamp(*l.score, 0.0, 100.0);
    auto b = static_cast<std::size_t>(std::floor(v / 10.0));
    ++buckets[std::min<std::size_t>(b, 9)];
  }
  return buckets;
}

}  // namespace digitalcheck
