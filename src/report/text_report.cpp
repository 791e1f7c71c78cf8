#include <fmt/format.h>

#include "report/report.hpp"
#include "report/wording.hpp"
#include "score/score.hpp"

namespace digitalcheck {

namespace {

struct Palette {
  bool on;
  std::string paint(const std::string& s, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
};

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;36";
  }
  return "0";
}

const char* grade_colour(char grade) {
  return grade <= 'B' ? "1;32" : grade == 'C' ? "1;33" : "1;31";
}

// The summary block of one document: score, grade, inputs, one bar per principle.
std::string summary_block(const Analysis& a, const Palette& p) {
  DocumentScore ds = score_document(a);
  const Score& s = ds.score;
  std::string out;
  out += p.paint(fmt::format("Digitaltauglichkeit {}: {}/100, Note {}", terminal_safe(a.document.path), s.value, s.grade),
                 grade_colour(s.grade));
  out += "\n";
  out += "  Grundlage: " + inputs_label(s.inputs) + "\n";
  for (std::size_t i = 0; i < 5; ++i) {
    const Score& ps = ds.principles[i];
    out += fmt::format("  {} {} {:>3} {}  {} offen  {}\n", principles()[i].id, score_bar(ps.value, 20), ps.value,
                       p.paint(std::string(1, ps.grade), grade_colour(ps.grade)), ds.open_by_principle[i],
                       principles()[i].name);
  }
  return out;
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
      // Compiler-style position first (editors jump to it), then the citation drafters speak in. XML positions
      // name the line of the text node only; .docx positions are paragraph numbers.
      const std::string path = terminal_safe(a.document.path);
      std::string where = f.citation.paragraph > 0 ? fmt::format("{}: Word-Absatz {}", path, f.citation.paragraph)
                          : f.exact_position      ? fmt::format("{}:{}:{}", path, f.line, f.column)
                                                  : fmt::format("{}:{}", path, f.line);
      std::string cite = f.citation.display();
      if (!cite.empty() && !f.citation.heading.empty()) cite += " (" + f.citation.heading + ")";
      cite = terminal_safe(cite);
      out += p.paint(where, "1") + ": ";
      if (!cite.empty()) out += p.paint(cite, "1") + ": ";
      out += p.paint(severity_label(f.severity), severity_colour(f.severity));
      out += fmt::format(" [{}] {}", terminal_safe(f.rule->id), terminal_safe(f.rule->title));
      if (f.status != FindingStatus::open) out += fmt::format(" ({})", status_label(f.status));
      out += "\n";
      out += "  " + terminal_safe(f.rule->message) + "\n";
      std::string before = terminal_safe(f.sentence.substr(0, f.match_in_sentence));
      std::string after = terminal_safe(f.sentence.substr(f.match_in_sentence + f.match.size()));
      std::string match = terminal_safe(f.match);
      out += "  | " + before + (opt.color ? p.paint(match, "1;4") : "»" + match + "«") + after + "\n";
      if (f.status == FindingStatus::mitigated) out += "  Entschärft durch: " + terminal_safe(f.mitigation) + "\n";
      if (f.status == FindingStatus::justified) out += "  Begründung: " + terminal_safe(f.justification) + "\n";
      if (f.status == FindingStatus::open) out += "  Vorschlag: " + terminal_safe(f.rule->suggestion) + "\n";
      out += "\n";
    }
  }
  for (const auto& e : run.errors) out += "Fehler: " + terminal_safe(e.to_string()) + "\n";
  if (!opt.summary) return out;
  for (const auto& a : run.analyses) out += summary_block(a, p) + "\n";
  out += fmt::format("{} {} geprüft: {} offene, {} entschärfte, {} begründete Befunde\n", run.analyses.size(),
                     run.analyses.size() == 1 ? "Dokument" : "Dokumente", open, mitigated, justified);
  return out;
}

}  // namespace digitalcheck
