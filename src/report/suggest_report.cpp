// --suggest-amendments output: an Artikel per law, numbered as in an amending law (text or Markdown).
#include <fmt/format.h>

#include "report/report.hpp"

namespace digitalcheck {

namespace {

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool feminine(const std::string& law) {
  for (const char* end : {"ordnung", "Ordnung", "satzung", "Satzung", "richtlinie", "Richtlinie"})
    if (ends_with(law, end) || law.rfind(std::string(end) + " ", 0) == 0) return true;
  return law.rfind("Verordnung", 0) == 0 || law.rfind("Satzung", 0) == 0;
}

// "Änderung des Dorfladengesetzes"; empty when the genitive is not obvious.
std::string amendment_heading(const std::string& law) {
  if (feminine(law)) return "Änderung der " + law;
  if (ends_with(law, "gesetz")) return "Änderung des " + law + "es";
  if (law.rfind("Gesetz ", 0) == 0) return "Änderung des Gesetzes " + law.substr(7);
  return "";
}

}  // namespace

std::string render_suggestions(const std::vector<SuggestedLaw>& laws, bool markdown) {
  std::string out = markdown ? "# Vorgeschlagene Änderungsbefehle\n\n" : "Vorgeschlagene Änderungsbefehle\n\n";
  out += "Erzeugt von digitalcheck aus den Befunden mit sicherem Änderungsvorschlag, im Stil des Handbuchs der "
         "Rechtsförmlichkeit.\n\n";
  std::size_t article = 0;
  for (const SuggestedLaw& law : laws) {
    if (law.changes.empty()) continue;
    ++article;
    std::string heading = amendment_heading(law.law);
    out += markdown ? fmt::format("## Artikel {}{}\n\n", article, heading.empty() ? "" : " " + heading)
                    : fmt::format("Artikel {}\n{}{}", article, heading, heading.empty() ? "\n" : "\n\n");
    out += fmt::format("{} {} wird wie folgt geändert:\n\n", feminine(law.law) ? "Die" : "Das", law.law);
    // Changes of one norm are grouped: "2. § 3 wird wie folgt geändert: a) … b) …".
    std::size_t number = 0;
    for (std::size_t i = 0; i < law.changes.size();) {
      std::size_t j = i;
      while (j < law.changes.size() && law.changes[j].target.norm == law.changes[i].target.norm) ++j;
      ++number;
      if (j - i == 1 || law.changes[i].target.norm.empty()) {
        for (std::size_t k = i; k < j; ++k) {
          out += fmt::format("{}. {}\n\n", number, instruction_sentence(law.changes[k], false));
          if (k + 1 < j) ++number;
        }
      } else {
        out += fmt::format("{}. {} wird wie folgt geändert:\n\n", number, law.changes[i].target.norm);
        for (std::size_t k = i; k < j; ++k) {
          char letter = static_cast<char>('a' + (k - i) % 26);
          out += fmt::format("{}{}) {}\n\n", markdown ? "   " : "", letter, instruction_sentence(law.changes[k], true));
        }
      }
      i = j;
    }
  }
  if (article == 0) out += "Keine Befunde mit sicherem Änderungsvorschlag.\n\n";
  for (const SuggestedLaw& law : laws)
    if (law.findings_without_fix > 0)
      out += fmt::format("{}{}: {} ohne sicheren Änderungsvorschlag; bitte von Hand prüfen.\n",
                         markdown ? "- " : "", law.path,
                         law.findings_without_fix == 1 ? std::string("1 offener Befund")
                                                       : fmt::format("{} offene Befunde", law.findings_without_fix));
  return out;
}

}  // namespace digitalcheck
