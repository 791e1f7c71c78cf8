"""End-to-end: justifications (and stale ones), baselines after edits, gating."""
import json
import os
import unittest

import jsonschema

from dc import TempDirTestCase, run, run_json, source_path

# Expected findings are those of the first rule base; pinned so the growing rules/ does not move them.
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-v1")

with open(source_path("docs", "digitalcheck-report.schema.json"), encoding="utf-8") as _f:
    REPORT_SCHEMA = json.load(_f)

V1 = """# Entwurf eines Testgesetzes

## § 1 Zweck

Dieses Gesetz regelt die Förderung.

## § 2 Antrag

(1) Der Antrag ist schriftlich bei der Behörde zu stellen.

(2) Der Antrag ist eigenhändig zu unterschreiben.

## § 3 Form

Die elektronische Form ist ausgeschlossen.
"""

# The same draft after edits elsewhere: a new § 2 pushes the others down (renumbered provisions, line
# shifts), an inserted Absatz renumbers (2) to (3), a paragraph reflows, a reference changes its number.
V2 = """# Entwurf eines Testgesetzes

## § 1 Zweck

Dieses Gesetz regelt die Förderung
von Dorfläden im ländlichen Raum.

## § 2 Begriffe

Ein Dorfladen ist ein Geschäft der Nahversorgung.

## § 3 Antrag

(1) Der Antrag ist schriftlich bei der
Behörde zu stellen.

(2) Antragsberechtigt sind Vereine.

(3) Der Antrag ist eigenhändig zu unterschreiben.

## § 4 Form

Die elektronische Form ist ausgeschlossen.
"""


def findings(doc):
    return [f for d in doc["documents"] for f in d["findings"]]


class Justifications(TempDirTestCase):
    CONFIG = """justifications:
  - rule: US-001
    where: "§ 2 Abs. 2"
    reason: Die eigenhändige Unterschrift sichert hier die Warnfunktion.
    by: Referat 12
    date: 2026-11-30
  - category: schriftform
    where: "§ 3"
    reason: Beweissicherung im Vergabeverfahren.
  - rule: SF-001
    where: "§ 9 Abs. 1"
    reason: Gilt nicht mehr.
"""

    def setUp(self):
        super().setUp()
        self.cfg = self.write(".digitalcheck.yaml", self.CONFIG)
        self.draft = self.write("d.md", V1)

    def test_justified_findings_keep_their_place_with_the_reason_and_do_not_fail_the_gate(self):
        p, doc = run_json("check", self.draft, cwd=self.tmp)
        fs = findings(doc)
        by_rule = {f["rule_id"]: f for f in fs}
        self.assertEqual([f["rule_id"] for f in fs], ["SF-001", "US-001", "SF-002"])  # order unchanged
        us = by_rule["US-001"]
        self.assertEqual(us["status"], "justified")
        self.assertEqual(us["citation"], "§ 2 Abs. 2 Satz 1")
        self.assertEqual(us["justification"], "Die eigenhändige Unterschrift sichert hier die Warnfunktion.")
        self.assertEqual(us["justified_by"], "Referat 12")
        self.assertEqual(us["justified_on"], "2026-11-30")
        self.assertTrue(us["justification_source"].endswith(".digitalcheck.yaml:2"))
        self.assertEqual(by_rule["SF-002"]["status"], "justified")  # by category, whole § 3
        self.assertEqual(by_rule["SF-001"]["status"], "open")
        self.assertEqual(doc["summary"]["findings"], {"open": 1, "mitigated": 0, "justified": 2})
        jsonschema.validate(doc, REPORT_SCHEMA)
        # SF-001 is a warning: with the two errors justified the default gate (error) passes.
        self.assertEqual(p.returncode, 0, p.stdout)
        p = run("check", self.draft, "--fail-on", "warning", cwd=self.tmp)
        self.assertEqual(p.returncode, 1)

    def test_text_report_shows_the_reason(self):
        p = run("check", self.draft, cwd=self.tmp)
        self.assertIn("[US-001] Eigenhändige Unterschrift verlangt (begründet)", p.stdout)
        self.assertIn("Begründung: Die eigenhändige Unterschrift sichert hier die Warnfunktion. (Referat 12, 2026-11-30)",
                      p.stdout)

    def test_stale_justification_is_reported_on_stderr_and_in_json(self):
        p, doc = run_json("check", self.draft, cwd=self.tmp)
        self.assertIn(".digitalcheck.yaml:10: Hinweis: veraltete Begründung – SF-001 in § 9 Abs. 1", p.stderr)
        self.assertEqual(len(doc["stale_justifications"]), 1)
        stale = doc["stale_justifications"][0]
        self.assertEqual((stale["line"], stale["rule"], stale["where"]), (10, "SF-001", "§ 9 Abs. 1"))
        self.assertEqual(stale["reason"], "Gilt nicht mehr.")
        jsonschema.validate(doc, REPORT_SCHEMA)
        # Quiet mode keeps stderr quiet, the JSON still has it.
        p, doc = run_json("check", self.draft, "-q", cwd=self.tmp)
        self.assertNotIn("veraltet", p.stderr)
        self.assertEqual(len(doc["stale_justifications"]), 1)

    def test_a_justification_that_no_longer_matches_after_an_edit_becomes_stale(self):
        fixed = V1.replace("eigenhändig zu unterschreiben", "elektronisch zu übermitteln")
        draft = self.write("d.md", fixed)
        p, doc = run_json("check", draft, cwd=self.tmp)
        self.assertEqual(sorted(s["where"] for s in doc["stale_justifications"]), ["§ 2 Abs. 2", "§ 9 Abs. 1"])

    def test_justification_by_fingerprint_survives_renumbering(self):
        _, doc = run_json("check", self.draft, "--no-config")
        fp = [f for f in findings(doc) if f["rule_id"] == "US-001"][0]["fingerprint"]
        cfg = self.write("fp.yaml", f'justifications:\n  - rule: US-001\n    where: "{fp}"\n    reason: Warnfunktion.\n')
        moved = self.write("v2.md", V2)
        p, doc = run_json("check", moved, "--config", cfg)
        us = [f for f in findings(doc) if f["rule_id"] == "US-001"][0]
        self.assertEqual(us["citation"], "§ 3 Abs. 3 Satz 1")
        self.assertEqual(us["status"], "justified")
        self.assertEqual(doc["stale_justifications"], [])


class Baselines(TempDirTestCase):
    def baseline_of(self, text):
        draft = self.write("base.md", text)
        out = os.path.join(self.tmp, "baseline.json")
        p = run("check", draft, "--no-config", "--format", "json", "-o", out)
        self.assertEqual(p.returncode, 1, p.stderr)
        return out

    def test_fingerprints_survive_inserted_paragraphs_line_shifts_and_renumbering(self):
        _, old = run_json("check", self.write("v1.md", V1), "--no-config")
        _, new = run_json("check", self.write("v2.md", V2), "--no-config")
        old_fp = {f["rule_id"]: (f["fingerprint"], f["citation"], f["line"]) for f in findings(old)}
        new_fp = {f["rule_id"]: (f["fingerprint"], f["citation"], f["line"]) for f in findings(new)}
        self.assertEqual(sorted(old_fp), sorted(new_fp))
        for rule in old_fp:
            self.assertEqual(old_fp[rule][0], new_fp[rule][0], rule)
            self.assertNotEqual(old_fp[rule][1], new_fp[rule][1], rule)  # the citation did change
            self.assertNotEqual(old_fp[rule][2], new_fp[rule][2], rule)  # and so did the line

    def test_baseline_makes_only_new_findings_count_for_the_gate(self):
        base = self.baseline_of(V1)
        v2 = self.write("v2.md", V2)
        p, doc = run_json("check", v2, "--no-config", "--baseline", base)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertTrue(all(f["in_baseline"] for f in findings(doc)))
        self.assertEqual(doc["baseline"], base)
        jsonschema.validate(doc, REPORT_SCHEMA)
        # Known findings are still reported, marked as known.
        p = run("check", v2, "--no-config", "--baseline", base)
        self.assertIn("[bekannt aus der Basislinie]", p.stdout)

        v3 = self.write("v3.md", V2 + "\n## § 5 Vollmacht\n\nDie Vollmacht bedarf der Schriftform.\n"
                        "\n## § 6 Erklärung\n\nDie Erklärung ist eigenhändig zu unterzeichnen.\n")
        p, doc = run_json("check", v3, "--no-config", "--baseline", base)
        self.assertEqual(p.returncode, 1)
        new = [(f["rule_id"], f["citation"]) for f in findings(doc) if not f["in_baseline"]]
        self.assertEqual(new, [("SF-001", "§ 5 Satz 1"), ("US-001", "§ 6 Satz 1")])
        # A new warning alone does not fail the default gate, only with --fail-on warning.
        v4 = self.write("v4.md", V2 + "\n## § 5 Vollmacht\n\nDie Vollmacht bedarf der Schriftform.\n")
        p = run("check", v4, "--no-config", "--baseline", base)
        self.assertEqual(p.returncode, 0)
        p = run("check", v4, "--no-config", "--baseline", base, "--fail-on", "warning")
        self.assertEqual(p.returncode, 1)

    def test_a_repeated_sentence_is_a_new_finding(self):
        base = self.baseline_of(V1)
        twice = self.write("twice.md", V1 + "\n## § 4 Zweitantrag\n\nDer Antrag ist eigenhändig zu unterschreiben.\n")
        p, doc = run_json("check", twice, "--no-config", "--baseline", base)
        self.assertEqual(p.returncode, 1)
        new = [f for f in findings(doc) if not f["in_baseline"]]
        self.assertEqual([f["citation"] for f in new], ["§ 4 Satz 1"])
        self.assertTrue(new[0]["fingerprint"].endswith(":1"))

    def test_bad_baseline_is_error_2(self):
        draft = self.write("d.md", V1)
        for content in ["", "{}", "kein json", '{"documents": [{"findings": [{"rule_id": "SF-001"}]}]}']:
            bad = self.write("bad.json", content)
            p = run("check", draft, "--no-config", "--baseline", bad)
            self.assertEqual(p.returncode, 2, content)
            self.assertIn("bad.json", p.stderr)
            self.assertEqual(p.stdout, "")
        p = run("check", draft, "--no-config", "--baseline", os.path.join(self.tmp, "fehlt.json"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("fehlt.json", p.stderr)


if __name__ == "__main__":
    unittest.main()
