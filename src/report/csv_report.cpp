// csv: one row per finding (RFC 4180: CRLF line ends, fields quoted where needed), for spreadsheets.
#include <fmt/format.h>

#include "report/report.hpp"
#include "report/wording.hpp"

namespace digitalcheck {

std::string render_csv(const RunResult& run, const ReportOptions&) {
  std::string out = "path,citation,rule,category,principle,severity,status,match,line,column\r\n";
  for (const auto& a : run.analyses)
    for (const auto& f : a.findings)
      out += fmt::format("{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(a.document.path),
                         csv_field(f.citation.display()), csv_field(f.rule->id), csv_field(f.rule->category),
                         csv_field(f.rule->principle), to_string(f.severity), to_string(f.status),
                         csv_field(f.match), f.line, f.column);
  return out;
}

}  // namespace digitalcheck
