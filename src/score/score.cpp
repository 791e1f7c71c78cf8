#include "score/score.hpp"

#include <algorithm>
#include <cmath>

namespace digitalcheck {

const std::array<Principle, 5>& principles() {
  static const std::array<Principle, 5> table = {{
      {"P1", "Digitale Angebote für alle nutzbar gestalten",
       "Ermöglicht der Entwurf eine digitale Kommunikation und Abwicklung ohne Medienbrüche und ohne "
       "Behördengang, technologieoffen formuliert?"},
      {"P2", "Datenwiederverwendung benötigt einheitliches Recht",
       "Können einmal vorliegende Daten wiederverwendet werden (Once-Only), statt Nachweise erneut "
       "vorlegen zu lassen, und sind die Rechtsbegriffe einheitlich?"},
      {"P3", "Etablierte Technologien ermöglichen effiziente Umsetzung",
       "Baut der Entwurf auf etablierten, offenen Standardlösungen auf, ohne einen bestimmten Kanal, "
       "ein Medium oder ein Dateiformat festzuschreiben?"},
      {"P4", "Automatisierung basiert auf eindeutigen Regelungen",
       "Sind die Regelungen so eindeutig, dass sie sich automatisiert vollziehen lassen (Regel, Ausnahme "
       "und Ermessen klar getrennt)?"},
      {"P5", "Datenschutz und Informationssicherheit schaffen Vertrauen",
       "Wahrt der Entwurf Datenschutz und Informationssicherheit (Datensparsamkeit, Zweckbindung, "
       "Sicherheit der Verarbeitung)?"},
  }};
  return table;
}

std::optional<std::size_t> principle_index(std::string_view id) {
  if (id.size() == 2 && id[0] == 'P' && id[1] >= '1' && id[1] <= '5') return static_cast<std::size_t>(id[1] - '1');
  return std::nullopt;
}

int severity_penalty(Severity s) {
  switch (s) {
    case Severity::error: return 40;
    case Severity::warning: return 15;
    case Severity::info: return 2;
  }
  return 0;
}

char grade_for(int value) {
  if (value >= 90) return 'A';
  if (value >= 75) return 'B';
  if (value >= 60) return 'C';
  if (value >= 40) return 'D';
  return 'E';
}

namespace {

// Accumulates findings of one provision (or one principle within it).
void count(ScoreInputs& in, const Finding& f) {
  switch (f.status) {
    case FindingStatus::open:
      ++in.open[static_cast<std::size_t>(f.severity)];
      in.penalty += severity_penalty(f.severity);
      break;
    case FindingStatus::mitigated: ++in.mitigated; break;
    case FindingStatus::justified: ++in.justified; break;
  }
}

void finish_provision(Score& s) {
  s.inputs.provisions = 1;
  s.exact = std::max(0.0, 100.0 - s.inputs.penalty);
  s.value = static_cast<int>(std::lround(s.exact));
  s.grade = grade_for(s.value);
}

// The mean of the provisions' scores, with their inputs summed.
template <class Get>
Score mean_of(const std::vector<ProvisionScore>& provs, Get get) {
  Score s;
  if (provs.empty()) return s;  // nothing to score: no obstacle, 100
  double sum = 0;
  for (const auto& p : provs) {
    const Score& ps = get(p);
    sum += ps.exact;
    for (std::size_t i = 0; i < 3; ++i) s.inputs.open[i] += ps.inputs.open[i];
    s.inputs.mitigated += ps.inputs.mitigated;
    s.inputs.justified += ps.inputs.justified;
    s.inputs.penalty += ps.inputs.penalty;
  }
  s.inputs.provisions = provs.size();
  s.exact = sum / static_cast<double>(provs.size());
  s.value = static_cast<int>(std::lround(s.exact));
  s.grade = grade_for(s.value);
  return s;
}

}  // namespace

DocumentScore score_document(const Analysis& a) {
  DocumentScore d;
  const Structure& st = a.structure;
  // Scoring units: the provisions (§, Artikel, Anlage). The text before the first provision (title,
  // Eingangsformel) is scored with the first one; it is a unit of its own only in a text without provisions.
  // Which units count never depends on the findings, so an added obstacle can only lower a unit's score.
  std::vector<std::size_t> unit_of(st.provisions.size(), 0);
  for (std::size_t p = 0; p < st.provisions.size(); ++p) {
    bool counted = p > 0 || (st.provisions.size() == 1 && !st.blocks.empty());
    if (!counted) continue;
    ProvisionScore ps;
    ps.provision = p;
    ps.norm = st.provisions[p].norm;
    ps.heading = st.provisions[p].heading;
    unit_of[p] = d.provisions.size();
    d.provisions.push_back(std::move(ps));
  }

  d.finding_provision.reserve(a.findings.size());
  for (const Finding& f : a.findings) {
    std::size_t prov = f.block < st.blocks.size() ? st.blocks[f.block].provision : 0;
    std::size_t unit = prov < unit_of.size() ? unit_of[prov] : 0;
    d.finding_provision.push_back(unit);
    if (d.provisions.empty()) continue;  // only for a document without blocks, which has no findings
    ProvisionScore& ps = d.provisions[unit];
    count(ps.score.inputs, f);
    auto pi = principle_index(f.rule->principle);
    if (pi) {
      count(ps.principles[*pi].inputs, f);
      if (f.status == FindingStatus::open) ++d.open_by_principle[*pi];
    }
  }
  for (auto& ps : d.provisions) {
    finish_provision(ps.score);
    for (auto& s : ps.principles) finish_provision(s);
  }
  d.score = mean_of(d.provisions, [](const ProvisionScore& p) -> const Score& { return p.score; });
  for (std::size_t i = 0; i < 5; ++i)
    d.principles[i] = mean_of(d.provisions, [i](const ProvisionScore& p) -> const Score& { return p.principles[i]; });
  return d;
}

std::string provision_label(const ProvisionScore& p) { return p.norm.empty() ? "Gesamttext" : p.norm; }

}  // namespace digitalcheck
