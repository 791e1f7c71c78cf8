"""End-to-end: the rule base reads document context (headings are not findings; exam provisions stay quiet)."""
import unittest

from dc import TempDirTestCase, run_json


class RuleContext(TempDirTestCase):
    def findings(self, name, text):
        p, doc = run_json("check", self.write(name, text), "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        return doc["documents"][0]["findings"]

    def test_a_heading_naming_the_topic_is_no_finding(self):
        fs = self.findings("h.md", "# Gesetz\n\n## § 3 Schriftform der Kündigung\n\nDie Kündigung kann formlos erklärt werden.\n")
        self.assertEqual(fs, [])

    def test_exam_provision_quiet_while_application_in_same_regulation_fires(self):
        text = ("# Prüfungsordnung für den Studiengang Verwaltungsinformatik\n\n"
                "## § 7 Zulassung zur Prüfung\n\nDer Antrag auf Zulassung ist schriftlich zu stellen.\n\n"
                "## § 8 Schriftliche Prüfung\n\nDie Prüfungsaufgaben werden schriftlich gestellt.\n\n"
                "Die schriftliche Prüfung dauert vier Stunden.\n")
        fs = self.findings("po.md", text)
        self.assertEqual([(f["rule_id"], f["citation"]) for f in fs if f["rule_id"].startswith("SF-")],
                         [("SF-001", "§ 7 Satz 1")])

    def test_mitigated_and_excluded_forms(self):
        fs = self.findings("m.md", "# G\n\n## § 1 A\n\nDer Antrag ist schriftlich oder elektronisch zu stellen.\n\n"
                                   "Die Kündigung bedarf der Schriftform; die elektronische Form ist ausgeschlossen.\n")
        got = [(f["rule_id"], f["status"], f["severity"]) for f in fs]
        self.assertIn(("SF-001", "mitigated", "warning"), got)
        self.assertIn(("SF-004", "open", "warning"), got)
        self.assertIn(("SF-002", "open", "error"), got)


if __name__ == "__main__":
    unittest.main()
