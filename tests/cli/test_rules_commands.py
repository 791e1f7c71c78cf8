"""End-to-end: `rules list`, `rules test` and `explain`."""
import os
import re
import unittest

from dc import MINI_RULES, TempDirTestCase, run, write_rules


class RulesCommands(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.rules = write_rules(os.path.join(self.tmp, "rules"))

    def test_rules_list_shows_every_rule_and_a_count(self):
        p = run("rules", "list", "--rules", self.rules)
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = p.stdout.splitlines()
        self.assertEqual([l.split()[0] for l in lines[:-1]], ["XA-001", "XS-001", "XU-001"])
        self.assertIn("aushang", lines[0])
        self.assertIn("info", lines[0])
        self.assertIn("Amtstafel", lines[0])
        self.assertEqual(lines[-1], "3 Regeln")

    def test_rules_list_embedded(self):
        p = run("rules", "list")
        self.assertEqual(p.returncode, 0, p.stderr)
        ids = [l.split()[0] for l in p.stdout.splitlines()[:-1]]
        self.assertIn("SF-001", ids)
        self.assertEqual(ids, sorted(ids))
        self.assertEqual(p.stdout.splitlines()[-1], f"{len(ids)} Regeln")

    def test_rules_test_passes_and_counts_every_example(self):
        p = run("rules", "test", "--rules", self.rules)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(p.stdout, "7 passed, 0 failed\n")
        p = run("rules", "test", "--rules", self.rules, "--verbose")
        self.assertEqual(p.stdout.count("ok   "), 7)

    def test_rules_test_embedded_is_green(self):
        p = run("rules", "test")
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertRegex(p.stdout, r"^\d+ passed, 0 failed\n$")

    def test_rules_test_fails_with_exit_1_and_names_the_example(self):
        broken = MINI_RULES.replace("no_match: ['Die Satzung steht im Internet.']",
                                    "no_match: ['Die Satzung steht an der Amtstafel.']")
        broken = broken.replace("'Die Hilfe ist [[schriftlich zu beantragen]].'",
                                "'Die Hilfe ist [[schriftlich]] zu beantragen.'")
        rules = write_rules(os.path.join(self.tmp, "broken"), broken)
        p = run("rules", "test", "--rules", rules)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertTrue(p.stdout.endswith("5 passed, 2 failed\n"), p.stdout)
        path = os.path.join(rules, "mini.yaml")
        self.assertRegex(p.stdout, re.escape(f"FAIL XA-001 ({path}:") + r"\d+\) no_match: Regel schlägt an bei »Amtstafel«")
        self.assertIn("Treffer »schriftlich zu beantragen« statt »schriftlich«", p.stdout)

    def test_rules_test_reports_a_wrong_status(self):
        broken = MINI_RULES.replace("          status: mitigated\n", "")
        p = run("rules", "test", "--rules", write_rules(os.path.join(self.tmp, "b"), broken))
        self.assertEqual(p.returncode, 1)
        self.assertIn("Status mitigated statt open", p.stdout)

    def test_explain_known_rule(self):
        p = run("explain", "XS-001", "--rules", self.rules)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.startswith("XS-001 – Schriftlicher Antrag\n"))
        self.assertIn("Kategorie: schriftform   Prinzip: P1   Schwere: warning", p.stdout)
        self.assertIn("Der Antrag ist schriftlich zu stellen.", p.stdout)
        self.assertIn("Vorschlag: schriftlich oder elektronisch zulassen", p.stdout)
        self.assertIn("  + Die Hilfe ist schriftlich zu beantragen.", p.stdout)
        self.assertIn("  - Die Hilfe ist formlos zu beantragen.", p.stdout)
        self.assertIn(f"Definiert in {os.path.join(self.rules, 'mini.yaml')}:", p.stdout)
        p = run("explain", "XA-001", "--rules", self.rules)
        self.assertIn("Rechtsgrundlagen:\n  § 27a VwVfG", p.stdout)

    def test_explain_embedded_rule(self):
        p = run("explain", "SF-001")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("SF-001 – ", p.stdout)
        self.assertIn("Definiert in rules/", p.stdout)

    def test_explain_unknown_rule(self):
        p = run("explain", "XX-999", "--rules", self.rules)
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stdout, "")
        self.assertIn("unbekannte Regel 'XX-999'", p.stderr)


if __name__ == "__main__":
    unittest.main()
