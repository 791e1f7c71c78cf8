#include "report/report.hpp"

namespace digitalcheck {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats = {"text", "json"};
  return formats;
}

Result<std::string> render(const std::string& format, const RunResult& run, const ReportOptions& opt) {
  if (format == "text") return render_text(run, opt);
  if (format == "json") return render_json(run, opt);
  return Error{"", 0, "unbekanntes Ausgabeformat '" + format + "'"};
}

}  // namespace digitalcheck
