#include "report/report.hpp"

#include <algorithm>

namespace digitalcheck {

namespace {

struct FormatEntry {
  const char* name;
  std::string (*render)(const RunResult&, const ReportOptions&);
};

// The one table of output formats: name and renderer (report/<name>_report.cpp).
const std::vector<FormatEntry>& format_table() {
  static const std::vector<FormatEntry> table = {
      {"text", render_text},       {"json", render_json},   {"ndjson", render_ndjson},
      {"sarif", render_sarif},     {"junit", render_junit}, {"markdown", render_markdown},
      {"dokumentation", render_dokumentation},               {"html", render_html},
      {"csv", render_csv},
  };
  return table;
}

}  // namespace

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats = [] {
    std::vector<std::string> v;
    for (const auto& f : format_table()) v.push_back(f.name);
    return v;
  }();
  return formats;
}

Result<std::string> render(const std::string& format, const RunResult& run, const ReportOptions& opt) {
  for (const auto& f : format_table())
    if (format == f.name) return f.render(run, opt);
  return Error{"", 0, "unbekanntes Ausgabeformat '" + format + "'"};
}

bool over_gate(const Finding& f, const ReportOptions& opt) {
  return counts_for_gate(f, opt.gate);
}

}  // namespace digitalcheck
