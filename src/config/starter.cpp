#include "config/starter.hpp"

namespace digitalcheck {

const std::string& starter_config() {
  static const std::string text = R"(# digitalcheck – Konfiguration (Schema: docs/config.md, "man digitalcheck")
# digitalcheck sucht diese Datei im Arbeitsverzeichnis und darüber; --config DATEI wählt eine andere,
# --no-config keine. Unbekannte Schlüssel und falsche Werte sind ein Fehler (Exit-Code 2).
version: 1

# Regeln ein- und ausschalten: nach Regel-ID (SF-001), Kategorie (schriftform) oder Prinzip (P4);
# "*" steht für alle. Die genaueste Angabe gewinnt (Regel vor Kategorie vor Prinzip vor "*").
rules:
  disable:
  #  - P4            # unbestimmte Rechtsbegriffe nicht melden
  enable:
  #  - VA-001        # ... außer dieser einen Regel

# Schwere einzelner Regeln, Kategorien oder Prinzipien ändern: info, warning oder error.
severity:
#  schriftform: error
#  US-001: warning

# Wann der Lauf mit Exit-Code 1 scheitert (Kommandozeile: --fail-on, --min-score, --baseline).
gate:
  fail_on: error       # none, info, warning oder error: offene Befunde ab dieser Schwere
  # min_score: 80      # Dokumente unter dieser Punktzahl (0–100) scheitern
  # baseline: digitalcheck-baseline.json   # nur Befunde, die dort fehlen, zählen (relativ zu dieser Datei)

# Welche Dateien in Verzeichnissen geprüft werden (Globs relativ zum geprüften Verzeichnis;
# ohne "/" passt ein Muster auf den Dateinamen in jeder Tiefe). Ohne include: *.txt, *.md, *.markdown,
# *.xml, *.docx. Ausdrücklich genannte Dateien werden immer geprüft.
include:
#  - "entwuerfe/**/*.md"
exclude:
#  - "archiv/"

# Begründungen (Digitalcheck: "Begründung, warum eine digitale Lösung nicht möglich ist").
# Ein begründeter Befund bleibt mit seiner Begründung in jedem Bericht, zählt aber weder für die
# Schwelle noch für die Punktzahl. Eine Begründung, die auf keinen Befund mehr passt, wird als veraltet
# gemeldet.
justifications:
#  - rule: US-001                # oder: category: unterschrift
#    where: "§ 5 Abs. 2"         # Fundstelle (umfasst alles darin, z. B. § 5 Abs. 2 Satz 1)
#                                # oder ein Fingerabdruck aus dem JSON-Bericht
#    reason: >-
#      Die eigenhändige Unterschrift ist hier wegen der Warnfunktion erforderlich.
#    by: Referat 12              # optional
#    date: 2026-11-30            # optional, JJJJ-MM-TT
#    file: "entwuerfe/*.md"      # optional: nur für diese Dateien
)";
  return text;
}

}  // namespace digitalcheck
