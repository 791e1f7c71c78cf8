#include <fmt/format.h>

#include "report/report.hpp"

namespace digitalcheck {

namespace {

struct Palette {
  bool on;
  std::string paint(const std::string& s, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
};

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::error: return "Fehler";
    case Severity::warning: return "Warnung";
    case Severity::info: return "Hinweis";
  }
  return "";
}

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;36";
  }
  return "0";
}

const char* status_word(FindingStatus s) {
  switch (s) {
    case FindingStatus::open: return "offen";
    case FindingStatus::mitigated: return "entschärft";
    case FindingStatus::justified: return "begründet";
  }
  return "";
}

}  // namespace

std::string render_text(const RunResult& run, const ReportOptions& opt) {
  Palette p{opt.color};
  std::string out;
  std::size_t open = 0, mitigated = 0, justified = 0;
  for (const auto& a : run.analyses) {
    for (const auto& f : a.findings) {
      if (f.status == FindingStatus::open) ++open;
      else if (f.status == FindingStatus::mitigated) ++mitigated;
      else ++justified;
      std::string where = fmt::format("{}:{}:{}", a.document.path, f.line, f.column);
      std::string cite = f.citation.display();
      out += p.paint(where, "1") + ": ";
      if (!cite.empty()) out += p.paint(cite, "1") + ": ";
      out += p.paint(severity_word(f.severity), severity_colour(f.severity));
      out += fmt::format(" [{}] {}", f.rule->id, f.rule->title);
      if (f.status != FindingStatus::open) out += fmt::format(" ({})", status_word(f.status));
      out += "\n";
      out += "  " + f.rule->message + "\n";
      std::string before = f.sentence.substr(0, f.match_in_sentence);
      std::string after = f.sentence.substr(f.match_in_sentence + f.match.size());
      out += "  | " + before + (opt.color ? p.paint(f.match, "1;4") : "»" + f.match + "«") + after + "\n";
      if (f.status == FindingStatus::mitigated) out += "  Entschärft durch: " + f.mitigation + "\n";
      if (f.status == FindingStatus::justified) out += "  Begründung: " + f.justification + "\n";
      if (f.status == FindingStatus::open) out += "  Vorschlag: " + f.rule->suggestion + "\n";
      out += "\n";
    }
  }
  for (const auto& e : run.errors) out += "Fehler: " + e.to_string() + "\n";
  out += fmt::format("{} {} geprüft: {} offene, {} entschärfte, {} begründete Befunde\n", run.analyses.size(),
                     run.analyses.size() == 1 ? "Dokument" : "Dokumente", open, mitigated, justified);
  return out;
}

}  // namespace digitalcheck
