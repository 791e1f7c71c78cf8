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

const char* change_word(const AmendmentChange& c) {
  switch (c.kind) {
    case ChangeKind::removed: return "entfernt";
    case ChangeKind::mitigated: return "entschärft";
    case ChangeKind::introduced: return c.status == FindingStatus::open ? "fügt hinzu" : "fügt mit elektronischer Alternative hinzu";
  }
  return "";
}

// "Artikel 1 Nummer 2: ersetzt in § 3 Absatz 1 (Dorfladengesetz)"
std::string instruction_line(const Instruction& ins) {
  std::string out = ins.place.empty() ? "" : ins.place + ": ";
  out += german_verb(ins.kind);
  std::string target = ins.target.display();
  if (!target.empty()) out += (ins.kind == InstructionKind::repeal || ins.kind == InstructionKind::new_version ? " " : " in ") + target;
  if (!ins.law.empty()) out += " (" + ins.law + ")";
  return out;
}

std::string quoted(const std::string& s) {
  std::string one = s;
  for (auto& c : one)
    if (c == '\n') c = ' ';
  if (one.size() > 90) {
    std::size_t cut = 87;
    while (cut > 0 && (static_cast<unsigned char>(one[cut]) & 0xC0) == 0x80) --cut;
    one = one.substr(0, cut) + "…";
  }
  return "„" + terminal_safe(one) + "“";
}

std::string instruction_origin(const Instruction& ins) {
  return "Eingebracht durch den Änderungsbefehl " + instruction_line(ins);
}

std::string amendments_text(const Analysis& a, const Palette& p) {
  const AmendmentAnalysis& am = a.amendments;
  std::string out = p.paint(terminal_safe(a.document.path), "1") + ": " + p.paint("Wirkung des Änderungsentwurfs", "1") + ": " +
                    terminal_safe(effect_summary(am)) + "\n";
  for (std::size_t i = 0; i < am.set.instructions.size(); ++i) {
    const Instruction& ins = am.set.instructions[i];
    out += "  " + terminal_safe(instruction_line(ins));
    if (!ins.old_text.empty()) out += ": " + quoted(ins.old_text);
    if (!ins.anchor.empty()) out += std::string(ins.anchor_before ? ": vor " : ": nach ") + quoted(ins.anchor);
    if (!ins.new_text.empty()) out += (ins.old_text.empty() && ins.anchor.empty() ? ": " : " → ") + quoted(ins.new_text);
    out += "\n";
    for (const AmendmentChange& c : am.changes)
      if (c.instruction == i)
        out += fmt::format("    {} {} [{}] »{}«\n", change_word(c), terminal_safe(c.rule->title), c.rule->id,
                           terminal_safe(c.words));
  }
  return out + "\n";
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
      if (f.in_baseline) out += " [bekannt aus der Basislinie]";
      out += "\n";
      out += "  " + terminal_safe(f.rule->message) + "\n";
      std::string before = terminal_safe(f.sentence.substr(0, f.match_in_sentence));
      std::string after = terminal_safe(f.sentence.substr(f.match_in_sentence + f.match.size()));
      std::string match = terminal_safe(f.match);
      out += "  | " + before + (opt.color ? p.paint(match, "1;4") : "»" + match + "«") + after + "\n";
      if (f.instruction >= 0)
        out += "  " + terminal_safe(instruction_origin(a.amendments.set.instructions[static_cast<std::size_t>(f.instruction)])) + "\n";
      if (f.status == FindingStatus::mitigated) out += "  Entschärft durch: " + terminal_safe(f.mitigation) + "\n";
      if (f.status == FindingStatus::justified) {
        out += "  Begründung: " + terminal_safe(f.justification);
        if (!f.justified_by.empty() || !f.justified_on.empty()) {
          out += " (";
          if (!f.justified_by.empty()) out += terminal_safe(f.justified_by);
          if (!f.justified_by.empty() && !f.justified_on.empty()) out += ", ";
          if (!f.justified_on.empty()) out += terminal_safe(f.justified_on);
          out += ")";
        }
        out += "\n";
      }
      if (f.status == FindingStatus::open) out += "  Vorschlag: " + terminal_safe(f.rule->suggestion) + "\n";
      out += "\n";
    }
    if (!a.amendments.empty()) out += amendments_text(a, p);
  }
  for (const auto& e : run.errors) out += "Fehler: " + terminal_safe(e.to_string()) + "\n";
  if (!opt.summary) return out;
  for (const auto& a : run.analyses) out += summary_block(a, p) + "\n";
  out += fmt::format("{} {} geprüft: {} offene, {} entschärfte, {} begründete Befunde\n", run.analyses.size(),
                     run.analyses.size() == 1 ? "Dokument" : "Dokumente", open, mitigated, justified);
  return out;
}

}  // namespace digitalcheck
