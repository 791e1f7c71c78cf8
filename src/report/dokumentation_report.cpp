// dokumentation: a Markdown draft of the federal "Dokumentation der Digitaltauglichkeit". Per principle: the
// documentation's question, the assessment to tick, the relevant provisions with the quoted passage, the findings,
// and for the Begründung either the reason recorded for a justified finding or a placeholder to fill in.
#include <fmt/format.h>

#include <map>

#include "digitalcheck/version.hpp"
#include "report/report.hpp"
#include "report/wording.hpp"
#include "score/score.hpp"

namespace digitalcheck {

namespace {

std::size_t rules_of_principle(const RunResult& run, std::size_t i) {
  std::size_t n = 0;
  if (run.rules)
    for (const auto& r : run.rules->rules())
      if (principle_index(r.principle) == i) ++n;
  return n;
}

std::string document_section(const Analysis& a, const RunResult& run) {
  DocumentScore ds = score_document(a);
  const Score& s = ds.score;
  std::string out;
  out += "**Regelungsvorhaben:** " + (a.structure.title.empty() ? std::string("_[Titel ergänzen]_") : escape_markdown(a.structure.title)) + "  \n";
  out += "**Geprüfter Text:** " + escape_markdown(a.document.path) + "  \n";
  out += fmt::format("**Ergebnis der automatischen Prüfung:** {} von 100 Punkten (Note {}); {}.\n", s.value, s.grade,
                     inputs_label(s.inputs));
  if (!a.amendments.empty())
    out += "\n**Wirkung des Änderungsentwurfs:** " + escape_markdown(effect_summary(a.amendments)) + ".\n";
  for (std::size_t i = 0; i < 5; ++i) {
    const Principle& p = principles()[i];
    const Score& ps = ds.principles[i];
    out += fmt::format("\n## {}. {}\n\n**Frage:** {}\n\n", i + 1, p.name, p.question);
    out += "**Einschätzung:** ☐ Ja, vollständig ☐ Ja, teilweise ☐ Nein ☐ Nicht relevant\n\n";
    // Group the principle's findings by the passage they stand in (citation + sentence), in text order.
    std::vector<std::pair<std::string, std::vector<const Finding*>>> passages;
    std::map<std::pair<std::string, std::string>, std::size_t> at;
    for (const auto& f : a.findings) {
      if (principle_index(f.rule->principle) != i) continue;
      auto key = std::make_pair(f.citation.display(), f.sentence);
      auto [it, fresh] = at.emplace(key, passages.size());
      if (fresh) passages.push_back({key.first, {}});
      passages[it->second].second.push_back(&f);
    }
    std::size_t rules = rules_of_principle(run, i);
    if (passages.empty()) {
      out += fmt::format(
          "*Aus der automatischen Prüfung:* keine Befunde ({} Punkte){}.\n\n**Begründung:** _[Begründung ergänzen]_\n",
          ps.value,
          rules == 0 ? "; die Regelbasis enthält für dieses Prinzip keine Regel, die Prüfung sagt hier also nichts aus"
                     : fmt::format("; geprüft mit {} {}", rules, rules == 1 ? "Regel" : "Regeln"));
      continue;
    }
    out += fmt::format("*Aus der automatischen Prüfung:* {} offene Befunde, {} Punkte (Note {}).\n\n",
                       ds.open_by_principle[i], ps.value, ps.grade);
    out += "**Betroffene Regelungen:**\n";
    for (const auto& [cite, fs] : passages) {
      out += fmt::format("\n### {}\n\n> {}\n\n", cite.empty() ? "Ohne Fundstelle" : escape_markdown(cite),
                         escape_markdown(fs.front()->sentence));
      bool needs_reason = false;
      for (const Finding* f : fs) {
        out += fmt::format("- Befund: {} ({}, {}, {}): {}\n", escape_markdown(f->rule->title), f->rule->id,
                           severity_label(f->severity), status_label(f->status), escape_markdown(f->rule->message));
        if (f->status == FindingStatus::mitigated)
          out += "  Der Text bietet bereits einen elektronischen Weg: „" + escape_markdown(f->mitigation) + "“.\n";
        if (f->status == FindingStatus::justified)
          out += "  **Begründung (erfasst):** " + escape_markdown(f->justification) + "\n";
        if (f->status == FindingStatus::open) needs_reason = true;
      }
      if (needs_reason)
        out += "\n**Begründung:** _[Begründung ergänzen: Warum ist die Regelung so erforderlich, oder wie wird sie "
               "digitaltauglich gefasst?]_\n";
    }
  }
  return out;
}

}  // namespace

std::string render_dokumentation(const RunResult& run, const ReportOptions&) {
  std::string out = "# Dokumentation der Digitaltauglichkeit\n\n";
  out += fmt::format(
      "> Entwurf, erzeugt von digitalcheck {} (Regelbasis {}). Die automatische Prüfung findet Hinweise im Normtext; "
      "Einschätzung und Begründung trägt die federführende Stelle ein. Zur Punktzahl siehe docs/scoring.md.\n\n",
      kVersion, kRulesVersion);
  for (std::size_t d = 0; d < run.analyses.size(); ++d) {
    if (run.analyses.size() > 1)
      out += fmt::format("{}# Dokument {}: {}\n\n", d ? "\n" : "", d + 1, escape_markdown(run.analyses[d].document.path));
    out += document_section(run.analyses[d], run);
  }
  for (const auto& e : run.errors) out += "\n**Nicht geprüft:** " + escape_markdown(e.to_string()) + "\n";
  return out;
}

}  // namespace digitalcheck
