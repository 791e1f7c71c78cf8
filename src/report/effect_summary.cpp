#include <fmt/format.h>

#include "report/report.hpp"

namespace digitalcheck {

namespace {

// German name of an obstacle of a category, singular and plural.
std::pair<const char*, const char*> obstacle_name(const std::string& category) {
  if (category == "schriftform") return {"Schriftformerfordernis", "Schriftformerfordernisse"};
  if (category == "unterschrift") return {"Unterschriftserfordernis", "Unterschriftserfordernisse"};
  if (category == "persoenlich") return {"Pflicht zum persönlichen Erscheinen", "Pflichten zum persönlichen Erscheinen"};
  if (category == "original") return {"Pflicht zur Vorlage im Original", "Pflichten zur Vorlage im Original"};
  if (category == "vordruck") return {"Papiervordruck", "Papiervordrucke"};
  if (category == "post") return {"Postweg", "Postwege"};
  if (category == "aushang") return {"Aushang", "Aushänge"};
  if (category == "siegel") return {"Siegelerfordernis", "Siegelerfordernisse"};
  return {"Hindernis", "Hindernisse"};
}

std::string counted(int n, const std::string& category) {
  auto [one, many] = obstacle_name(category);
  std::string name = n == 1 ? one : many;
  if (name == "Hindernis" || name == "Hindernisse") name += " (" + category + ")";
  return fmt::format("{} {}", n, name);
}

}  // namespace

std::string effect_summary(const AmendmentAnalysis& am) {
  if (am.empty()) return "";
  std::vector<std::string> parts;
  for (const CategoryEffect& e : am.effect) {
    std::vector<std::string> p;
    if (e.removed) p.push_back("entfernt " + counted(e.removed, e.category));
    if (e.mitigated)
      p.push_back(p.empty() ? "entschärft " + counted(e.mitigated, e.category) : fmt::format("entschärft {}", e.mitigated));
    if (e.introduced) {
      std::string what = p.empty() ? counted(e.introduced, e.category) : std::to_string(e.introduced);
      p.push_back("fügt " + what + " hinzu");
    }
    if (e.introduced_mitigated) {
      std::string what = p.empty() ? counted(e.introduced_mitigated, e.category) : std::to_string(e.introduced_mitigated);
      p.push_back("fügt " + what + " mit elektronischer Alternative hinzu");
    }
    std::string joined;
    for (const auto& s : p) joined += (joined.empty() ? "" : ", ") + s;
    parts.push_back(joined);
  }
  std::string out;
  for (const auto& s : parts) out += (out.empty() ? "" : "; ") + s;
  if (out.empty()) out = "keine erkennbare Wirkung auf Hindernisse";
  std::size_t n = am.set.instructions.size();
  out = fmt::format("{} {}: {}", n, n == 1 ? "Änderungsbefehl" : "Änderungsbefehle", out);
  if (am.old_text_unknown)
    out += fmt::format(" ({} {} ohne zitierten alten Wortlaut: Wirkung auf bestehende Hindernisse nur mit dem "
                       "geänderten Gesetz feststellbar)",
                       am.old_text_unknown, am.old_text_unknown == 1 ? "Befehl" : "Befehle");
  return out;
}

}  // namespace digitalcheck
