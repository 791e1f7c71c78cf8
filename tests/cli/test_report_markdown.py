"""End-to-end: the Markdown formats (markdown for PR comments, dokumentation for the federal documentation)."""
import re
import os
import unittest

from dc import TempDirTestCase, run, source_path

# Report tests pin the first rule base so that their figures do not move when rules/ grows.
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-v1")

EXAMPLE = source_path("examples", "entwurf-antragsverfahren.md")


class MarkdownReports(TempDirTestCase):
    def render(self, fmt, *paths):
        p = run("check", *(paths or (EXAMPLE,)), "--format", fmt, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout

    def test_markdown_score_table_and_findings_per_principle_with_citations(self):
        out = self.render("markdown")
        self.assertIn("| " + EXAMPLE + " | 63 | C | 3 | 2 | 2 | 0 | 1 | 0 |", out)
        self.assertIn("| P1 Digitale Angebote für alle nutzbar gestalten | 63 | C | 4 |", out)
        self.assertIn("| P2 Datenwiederverwendung benötigt einheitliches Recht | 100 | A | 0 |", out)
        self.assertIn("Vorschriften mit Befunden: § 2 45 (D) · § 3 45 (D); 1 ohne Befund (100 Punkte)", out)
        p1 = out[out.index("#### P1"):]
        items = re.findall(r"^- \*\*(.+?)\*\* \(Zeile (\d+)\): (\w+) `([A-Z]+-\d+)`", p1, re.M)
        self.assertEqual(items, [("§ 2 Abs. 1 Satz 1", "11", "Warnung", "SF-001"),
                                 ("§ 2 Abs. 1 Satz 2", "12", "Fehler", "US-001"),
                                 ("§ 2 Abs. 3 Satz 1", "18", "Warnung", "SF-001"),
                                 ("§ 3 Abs. 1 Satz 1", "22", "Warnung", "SF-001"),
                                 ("§ 3 Abs. 2 Satz 1", "24", "Fehler", "SF-002")])
        self.assertIn("*entschärft* durch „schriftlich oder elektronisch“", out)
        self.assertNotIn("#### P2", out)  # principles without findings get no section

    def test_markdown_escapes_markup_and_table_syntax(self):
        path = self.write("a|b.md", "# T <img src=x onerror=alert(1)>\n\n## § 1 A\n\nDer Antrag ist schriftlich zu stellen.\n")
        out = self.render("markdown", path)
        self.assertNotIn("<img", out)
        self.assertIn("&lt;img src=x onerror=alert(1)&gt;", out)
        self.assertIn("a\\|b.md | 85 | B |", out)

    def test_markdown_stays_within_a_comment_limit_and_counts_what_it_left_out(self):
        text = "# Langes Gesetz\n\n" + "".join(
            "## § %d Antrag\n\nDer Antrag ist schriftlich zu stellen.\n\n" % i for i in range(1, 601))
        path = self.write("lang.md", text)
        out = self.render("markdown", path)
        self.assertLess(len(out), 65536)
        listed = len(re.findall(r"^- \*\*§", out, re.M))
        self.assertGreater(listed, 100)
        m = re.search(r"\*(\d+) weitere Befunde sind nicht aufgeführt", out)
        self.assertIsNotNone(m)
        self.assertEqual(listed + int(m.group(1)), 600)
        self.assertNotIn("weitere Befunde", self.render("markdown"))

    def test_dokumentation_per_principle_question_passages_findings_and_begruendung(self):
        out = self.render("dokumentation")
        self.assertTrue(out.startswith("# Dokumentation der Digitaltauglichkeit\n"))
        self.assertIn("**Ergebnis der automatischen Prüfung:** 63 von 100 Punkten (Note C); 3 Vorschriften gezählt", out)
        sections = re.split(r"^## ", out, flags=re.M)[1:]
        self.assertEqual([s.splitlines()[0] for s in sections],
                         ["1. Digitale Angebote für alle nutzbar gestalten",
                          "2. Datenwiederverwendung benötigt einheitliches Recht",
                          "3. Etablierte Technologien ermöglichen effiziente Umsetzung",
                          "4. Automatisierung basiert auf eindeutigen Regelungen",
                          "5. Datenschutz und Informationssicherheit schaffen Vertrauen"])
        for s in sections:
            self.assertRegex(s, r"\*\*Frage:\*\* .+\?")
            self.assertIn("**Einschätzung:** ☐ Ja, vollständig ☐ Ja, teilweise ☐ Nein ☐ Nicht relevant", s)
            self.assertIn("**Begründung:**", s)
        p1 = sections[0]
        # Each relevant provision with the quoted passage and its findings.
        self.assertIn("### § 2 Abs. 1 Satz 2\n\n> Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.\n\n"
                      "- Befund: Eigenhändige Unterschrift verlangt (US-001, Fehler, offen):", p1)
        self.assertIn("### § 3 Abs. 2 Satz 1\n\n> (2) Die elektronische Form ist ausgeschlossen.", p1)
        # Open findings get a placeholder for the Begründung; the mitigated one says why none is needed.
        self.assertEqual(p1.count("_[Begründung ergänzen:"), 4)
        mitigated = p1[p1.index("### § 2 Abs. 3 Satz 1"):p1.index("### § 3 Abs. 1 Satz 1")]
        self.assertIn("Der Text bietet bereits einen elektronischen Weg: „schriftlich oder elektronisch“.", mitigated)
        self.assertNotIn("Begründung ergänzen", mitigated)
        # Principles without findings say so, naming how many rules looked (or that none exists).
        self.assertIn("keine Befunde", sections[1])


if __name__ == "__main__":
    unittest.main()
