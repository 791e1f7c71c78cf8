// markdown: for a pull-request comment or an annex. A score table over all documents, then per document the
// principle table, the provision scores and the findings per principle with their citations.
#include <fmt/format.h>

#include "report/report.hpp"
#include "report/wording.hpp"
#include "score/score.hpp"

namespace digitalcheck {

namespace {

std::string inputs_cells(const Score& s) {
  return fmt::format("{} | {} | {} | {} | {} | {}", s.inputs.provisions, s.inputs.open[2], s.inputs.open[1],
                     s.inputs.open[0], s.inputs.mitigated, s.inputs.justified);
}

std::string finding_item(const Finding& f) {
  std::string cite = f.citation.display();
  std::string out = fmt::format("- **{}** (Zeile {}): {} `{}` {} – „{}“", cite.empty() ? "ohne Fundstelle" : escape_markdown(cite),
                                f.line, severity_label(f.severity), f.rule->id, escape_markdown(f.rule->title),
                                escape_markdown(f.match));
  switch (f.status) {
    case FindingStatus::open:
      out += "  \n  Vorschlag: " + escape_markdown(f.rule->suggestion);
      break;
    case FindingStatus::mitigated:
      out += " – *entschärft* durch „" + escape_markdown(f.mitigation) + "“";
      break;
    case FindingStatus::justified:
      out += " – *begründet*: " + escape_markdown(f.justification);
      break;
  }
  return out + "\n";
}

}  // namespace

std::string render_markdown(const RunResult& run, const ReportOptions&) {
  // GitHub refuses comments over 65,536 characters: findings beyond this many bytes are counted, not listed.
  constexpr std::size_t kCommentLimit = 60000;
  std::size_t omitted = 0;
  std::string out = "## digitalcheck: Digitaltauglichkeit\n\n";
  std::vector<DocumentScore> scores;
  for (const auto& a : run.analyses) scores.push_back(score_document(a));
  out += "| Dokument | Punkte | Note | Vorschriften | offene Fehler | offene Warnungen | offene Hinweise | entschärft | begründet |\n";
  out += "|---|--:|:-:|--:|--:|--:|--:|--:|--:|\n";
  for (std::size_t d = 0; d < run.analyses.size(); ++d)
    out += fmt::format("| {} | {} | {} | {} |\n", escape_markdown(run.analyses[d].document.path), scores[d].score.value,
                       scores[d].score.grade, inputs_cells(scores[d].score));
  for (const auto& e : run.errors) out += "\n**Fehler:** " + escape_markdown(e.to_string()) + "\n";

  for (std::size_t d = 0; d < run.analyses.size(); ++d) {
    const Analysis& a = run.analyses[d];
    const DocumentScore& ds = scores[d];
    out += fmt::format("\n### {}: {}/100, Note {}\n\n", escape_markdown(a.document.path), ds.score.value, ds.score.grade);
    if (!a.structure.title.empty()) out += "*" + escape_markdown(a.structure.title) + "*\n\n";
    if (!a.amendments.empty()) out += "**Wirkung des Änderungsentwurfs:** " + escape_markdown(effect_summary(a.amendments)) + "\n\n";
    out += "| Prinzip | Punkte | Note | offene Befunde |\n|---|--:|:-:|--:|\n";
    for (std::size_t i = 0; i < 5; ++i)
      out += fmt::format("| {} {} | {} | {} | {} |\n", principles()[i].id, principles()[i].name, ds.principles[i].value,
                         ds.principles[i].grade, ds.open_by_principle[i]);
    // Provisions with findings by name; the rest (all at 100) as a count, so a long law stays readable.
    std::string listed;
    std::size_t clean = 0;
    for (const auto& p : ds.provisions) {
      if (p.score.inputs.open_total() + p.score.inputs.mitigated + p.score.inputs.justified == 0) {
        ++clean;
        continue;
      }
      listed += fmt::format("{} {} {} ({})", listed.empty() ? "" : " ·", escape_markdown(provision_label(p)),
                            p.score.value, p.score.grade);
    }
    out += "\nVorschriften mit Befunden:" + (listed.empty() ? std::string(" keine") : listed);
    if (clean) out += fmt::format("; {} ohne Befund (100 Punkte)", clean);
    out += "\n";
    for (std::size_t i = 0; i < 5; ++i) {
      std::string items;
      for (const auto& f : a.findings) {
        if (principle_index(f.rule->principle) != i) continue;
        std::string item = finding_item(f);
        if (out.size() + items.size() + item.size() > kCommentLimit) {
          ++omitted;
          continue;
        }
        items += item;
      }
      if (items.empty()) continue;
      out += fmt::format("\n#### {} {}\n\n{}", principles()[i].id, principles()[i].name, items);
    }
    if (a.findings.empty()) out += "\nKeine Befunde.\n";
  }
  if (omitted)
    out += fmt::format("\n*{} weitere Befunde sind nicht aufgeführt (Längengrenze eines Kommentars); vollständig in den "
                       "Formaten html, sarif, json oder csv.*\n", omitted);
  return out;
}

}  // namespace digitalcheck
