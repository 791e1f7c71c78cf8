// Summary formats text, markdown, csv and json (html: summary_html.cpp).
#include <fmt/format.h>

#include "report/summary.hpp"
#include "report/wording.hpp"

namespace digitalcheck {

namespace {

const char* category_label(const std::string& id) {
  static const std::map<std::string, const char*> labels = {
      {"schriftform", "Schriftform"},          {"unterschrift", "Unterschrift"},
      {"persoenlich", "Persönliches Erscheinen"}, {"original", "Original und Beglaubigung"},
      {"vordruck", "Vordruck und Papier"},     {"post", "Post und Telefax"},
      {"aushang", "Aushang und Auslegung"},    {"siegel", "Siegel und Stempel"},
      {"aushaendigung", "Aushändigung"},       {"lichtbild", "Lichtbild"},
      {"papierregister", "Papierregister"},    {"nachweis", "Nachweispflichten"},
      {"technologie", "Technologiebindung"},   {"automatisierung", "Automatisierungshindernisse"},
      {"datenschutz", "Datenschutz"}};
  auto it = labels.find(id);
  return it == labels.end() ? "" : it->second;
}

const char* principle_label(const std::string& id) {
  auto i = principle_index(id);
  return i ? principles()[*i].name : "";
}

std::string law_name(const LawSummary& l) { return l.title.empty() ? l.path : l.title; }

}  // namespace

const std::vector<std::string>& summary_formats() {
  static const std::vector<std::string> formats = {"text", "markdown", "csv", "html", "json"};
  return formats;
}

Result<std::string> render_summary(const std::string& format, const AuditSummary& s, const SummaryOptions& opt) {
  if (format == "text") return render_summary_text(s, opt);
  if (format == "markdown") return render_summary_markdown(s, opt);
  if (format == "csv") return render_summary_csv(s, opt);
  if (format == "html") return render_summary_html(s, opt);
  if (format == "json") return summary_json(s, opt).dump(2) + "\n";
  return Error{"", 0, "unbekanntes Format der Zusammenfassung '" + format + "'"};
}

std::string render_summary_text(const AuditSummary& s, const SummaryOptions& opt) {
  std::string out;
  const auto& f = s.findings();
  out += fmt::format("Prüfung von {} Dokumenten{}\n", s.documents(),
                     s.errors().empty() ? "" : fmt::format(" ({} nicht lesbar)", s.errors().size()));
  out += fmt::format("Befunde: {} offen, {} entschärft, {} begründet\n", f.open, f.mitigated, f.justified);
  out += fmt::format("Ohne offene Hindernisse: {} von {} Dokumenten ({})\n", s.obstacle_free(), s.documents(),
                     percent_display(s.obstacle_free(), s.documents()));
  auto table = [&](const char* heading, const std::map<std::string, StatusCounts>& m, auto label) {
    out += fmt::format("\n{}\n  {:<58} {:>7} {:>10} {:>9}\n", heading, "", "offen", "entschärft", "begründet");
    for (const auto& [id, c] : m) {
      std::string name = id;
      std::string l = label(id);
      if (!l.empty()) name += " – " + l;
      out += fmt::format("  {:<58} {:>7} {:>10} {:>9}\n", name, c.open, c.mitigated, c.justified);
    }
  };
  table("Nach Kategorie", s.categories(), category_label);
  table("Nach Prinzip", s.principles(), principle_label);
  out += "\nGesetze mit den meisten offenen Hindernissen\n";
  std::size_t rank = 0;
  for (const auto& l : s.top_by_open(opt.top))
    out += fmt::format("  {:>3}. {:>6}  {}  ({})\n", ++rank, l.counts.open, law_name(l), l.path);
  if (rank == 0) out += "  keine\n";
  auto scored = s.lowest_scores(opt.top);
  if (!scored.empty()) {
    out += "\nGesetze mit der niedrigsten Bewertung\n";
    rank = 0;
    for (const auto& l : scored) out += fmt::format("  {:>3}. {:>6}  {}  ({})\n", ++rank, score_display(l), law_name(l), l.path);
  }
  out += "\nHäufigste Formulierungen offener Hindernisse\n";
  rank = 0;
  for (const auto& [wording, w] : s.top_wordings(opt.top))
    out += fmt::format("  {:>3}. {:>6}  »{}«  ({}, {})\n", ++rank, w.count, wording, w.category, w.rule_id);
  if (rank == 0) out += "  keine\n";
  if (!s.errors().empty()) {
    out += "\nNicht lesbare Dokumente\n";
    for (const auto& e : s.errors()) out += "  " + e.path + ": " + e.message + "\n";
  }
  return out;
}

std::string render_summary_markdown(const AuditSummary& s, const SummaryOptions& opt) {
  std::string out = "# Digitalcheck: Prüfung des Normbestands\n\n";
  const auto& f = s.findings();
  out += fmt::format("- Dokumente: {}{}\n", s.documents(),
                     s.errors().empty() ? "" : fmt::format(" (dazu {} nicht lesbar)", s.errors().size()));
  out += fmt::format("- Befunde: {} offen, {} entschärft, {} begründet\n", f.open, f.mitigated, f.justified);
  out += fmt::format("- Ohne offene Hindernisse: {} von {} Dokumenten ({})\n", s.obstacle_free(), s.documents(),
                     percent_display(s.obstacle_free(), s.documents()));
  auto table = [&](const char* heading, const char* first, const std::map<std::string, StatusCounts>& m, auto label) {
    out += fmt::format("\n## {}\n\n| {} | | offen | entschärft | begründet |\n|---|---|---:|---:|---:|\n", heading, first);
    for (const auto& [id, c] : m)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", escape_markdown(id), label(id), c.open, c.mitigated, c.justified);
  };
  table("Nach Kategorie", "Kategorie", s.categories(), category_label);
  table("Nach Prinzip", "Prinzip", s.principles(), principle_label);
  out += "\n## Gesetze mit den meisten offenen Hindernissen\n\n| Rang | offen | Gesetz | Datei |\n|---:|---:|---|---|\n";
  std::size_t rank = 0;
  for (const auto& l : s.top_by_open(opt.top))
    out += fmt::format("| {} | {} | {} | {} |\n", ++rank, l.counts.open, escape_markdown(law_name(l)), escape_markdown(l.path));
  auto scored = s.lowest_scores(opt.top);
  if (!scored.empty()) {
    out += "\n## Gesetze mit der niedrigsten Bewertung\n\n| Rang | Bewertung | Gesetz | Datei |\n|---:|---:|---|---|\n";
    rank = 0;
    for (const auto& l : scored)
      out += fmt::format("| {} | {} | {} | {} |\n", ++rank, score_display(l), escape_markdown(law_name(l)), escape_markdown(l.path));
  }
  out += "\n## Häufigste Formulierungen offener Hindernisse\n\n| Rang | Anzahl | Formulierung | Kategorie | Regel |\n|---:|---:|---|---|---|\n";
  rank = 0;
  for (const auto& [wording, w] : s.top_wordings(opt.top))
    out += fmt::format("| {} | {} | {} | {} | {} |\n", ++rank, w.count, escape_markdown(wording), w.category, w.rule_id);
  if (!s.errors().empty()) {
    out += "\n## Nicht lesbare Dokumente\n\n";
    for (const auto& e : s.errors()) out += fmt::format("- {}: {}\n", escape_markdown(e.path), escape_markdown(e.message));
  }
  return out;
}

// One table: section,rank,key,title,open,mitigated,justified,score. Sections: total, category,
// principle, rule, law (every readable law, most open obstacles first), wording, error.
std::string render_summary_csv(const AuditSummary& s, const SummaryOptions&) {
  std::string out = "section,rank,key,title,open,mitigated,justified,score\n";
  const auto& f = s.findings();
  out += fmt::format("total,,documents,,{},{},{},\n", f.open, f.mitigated, f.justified);
  out += fmt::format("total,,document_count,,{},,,\n", s.documents());
  out += fmt::format("total,,obstacle_free,,{},,,\n", s.obstacle_free());
  out += fmt::format("total,,errors,,{},,,\n", s.errors().size());
  auto rows = [&](const char* section, const std::map<std::string, StatusCounts>& m, auto label) {
    for (const auto& [id, c] : m)
      out += fmt::format("{},,{},{},{},{},{},\n", section, csv_field(id), csv_field(label(id)), c.open, c.mitigated, c.justified);
  };
  rows("category", s.categories(), category_label);
  rows("principle", s.principles(), principle_label);
  rows("rule", s.rules(), [](const std::string&) { return ""; });
  std::size_t rank = 0;
  std::vector<LawSummary> laws = s.laws();
  std::stable_sort(laws.begin(), laws.end(), [](const LawSummary& a, const LawSummary& b) {
    if (a.counts.open != b.counts.open) return a.counts.open > b.counts.open;
    return a.path < b.path;
  });
  for (const auto& l : laws)
    out += fmt::format("law,{},{},{},{},{},{},{}\n", ++rank, csv_field(l.path), csv_field(l.title), l.counts.open,
                       l.counts.mitigated, l.counts.justified, l.score ? fmt::format("{}", *l.score) : "");
  rank = 0;
  for (const auto& [wording, w] : s.top_wordings(static_cast<std::size_t>(-1)))
    out += fmt::format("wording,{},{},{},{},,,\n", ++rank, csv_field(wording), csv_field(w.category + " " + w.rule_id), w.count);
  for (const auto& e : s.errors()) out += fmt::format("error,,{},{},,,,\n", csv_field(e.path), csv_field(e.message));
  return out;
}

ordered_json summary_json(const AuditSummary& s, const SummaryOptions& opt) {
  auto counts = [](const StatusCounts& c) {
    return ordered_json{{"open", c.open}, {"mitigated", c.mitigated}, {"justified", c.justified}};
  };
  auto counts_map = [&](const std::map<std::string, StatusCounts>& m) {
    ordered_json j = ordered_json::object();
    for (const auto& [id, c] : m) j[id] = counts(c);
    return j;
  };
  auto law = [&](const LawSummary& l) {
    ordered_json j{{"path", l.path}, {"title", l.title}, {"counts", counts(l.counts)}};
    j["score"] = l.score ? ordered_json(*l.score) : ordered_json(nullptr);
    return j;
  };
  ordered_json j;
  j["documents"] = s.documents();
  j["obstacle_free"] = s.obstacle_free();
  j["findings"] = counts(s.findings());
  j["categories"] = counts_map(s.categories());
  j["principles"] = counts_map(s.principles());
  j["rules"] = counts_map(s.rules());
  ordered_json top = ordered_json::array(), low = ordered_json::array(), words = ordered_json::array(),
               errors = ordered_json::array();
  for (const auto& l : s.top_by_open(opt.top)) top.push_back(law(l));
  for (const auto& l : s.lowest_scores(opt.top)) low.push_back(law(l));
  for (const auto& [wording, w] : s.top_wordings(opt.top))
    words.push_back({{"wording", wording}, {"count", w.count}, {"category", w.category}, {"rule_id", w.rule_id}});
  for (const auto& e : s.errors()) errors.push_back({{"path", e.path}, {"error", e.message}});
  j["top_by_open"] = std::move(top);
  j["lowest_scores"] = std::move(low);
  j["wordings"] = std::move(words);
  j["score_histogram"] = s.score_histogram();
  j["errors"] = std::move(errors);
  return j;
}

}  // namespace digitalcheck
