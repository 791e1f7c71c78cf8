"""End-to-end: --min-score gating, digitalcheck diff across versions and formats, --version."""
import json
import os
import re
import unittest

from dc import TempDirTestCase, run, run_json

OLD = """# Entwurf eines Testgesetzes

## § 1 Antrag

(1) Der Antrag ist schriftlich bei der Behörde zu stellen.

(2) Der Antrag ist eigenhändig zu unterschreiben.

## § 2 Form

Die elektronische Form ist ausgeschlossen.
"""

# New version: § 1 renumbered to § 2 (a new § 1 in front), the signature requirement dropped, the
# written form mitigated, a new obstacle in § 4.
NEW_MD = """# Entwurf eines Testgesetzes

## § 1 Zweck

Dieses Gesetz regelt das Verfahren.

## § 2 Antrag

(1) Der Antrag ist schriftlich oder elektronisch bei der Behörde zu stellen.

## § 3 Form

Die elektronische Form ist ausgeschlossen.

## § 4 Vollmacht

Die Vollmacht ist eigenhändig zu unterzeichnen.
"""


def score_of(doc):
    return doc["documents"][0]["score"]["value"]


class MinScore(TempDirTestCase):
    def test_min_score_gates_beside_fail_on(self):
        draft = self.write("d.md", OLD)
        p, doc = run_json("check", draft, "--no-config", "--fail-on", "none")
        self.assertEqual(p.returncode, 0)
        score = score_of(doc)
        self.assertLess(score, 100)
        p = run("check", draft, "--no-config", "--fail-on", "none", "--min-score", str(score))
        self.assertEqual(p.returncode, 0, p.stderr)
        p = run("check", draft, "--no-config", "--fail-on", "none", "--min-score", str(score + 1))
        self.assertEqual(p.returncode, 1)
        self.assertIn(f"Punktzahl {score} liegt unter der Mindestpunktzahl {score + 1}", p.stderr)
        p = run("check", draft, "--no-config", "--min-score", "101")
        self.assertEqual(p.returncode, 2)

    def test_min_score_from_config_and_justifications_raise_the_score(self):
        draft = self.write("d.md", OLD)
        _, doc = run_json("check", draft, "--no-config")
        score = score_of(doc)
        cfg = self.write(".digitalcheck.yaml", f"gate:\n  fail_on: none\n  min_score: {score + 1}\n")
        p = run("check", draft, cwd=self.tmp)
        self.assertEqual(p.returncode, 1)
        # Justifying the findings of § 2 lifts the score over the threshold (justified findings cost nothing).
        self.write(".digitalcheck.yaml", f"gate:\n  fail_on: none\n  min_score: {score + 1}\n"
                   "justifications:\n  - rule: SF-002\n    where: \"§ 2\"\n    reason: Beweisfunktion.\n")
        p, doc = run_json("check", draft, cwd=self.tmp)
        self.assertGreater(score_of(doc), score)
        self.assertEqual(p.returncode, 0, p.stderr)


class Diff(TempDirTestCase):
    def test_introduced_removed_unchanged_with_citations_in_both_versions(self):
        old = self.write("alt.md", OLD)
        new = self.write("neu.md", NEW_MD)
        p = run("diff", old, new, "--no-config", "--format", "json")
        self.assertEqual(p.returncode, 1, p.stderr)  # US-001 (error) introduced in § 4
        d = json.loads(p.stdout)
        self.assertEqual(d["old"]["path"], old)
        self.assertEqual(d["new"]["path"], new)
        self.assertEqual([(f["rule_id"], f["citation"], f["status"]) for f in d["introduced"]],
                         [("SF-001", "§ 2 Abs. 1 Satz 1", "mitigated"), ("US-001", "§ 4 Satz 1", "open")])
        self.assertEqual([(f["rule_id"], f["citation"]) for f in d["removed"]],
                         [("SF-001", "§ 1 Abs. 1 Satz 1"), ("US-001", "§ 1 Abs. 2 Satz 1")])
        self.assertEqual(len(d["unchanged"]), 1)
        u = d["unchanged"][0]
        self.assertEqual((u["rule_id"], u["citation"], u["old"]["citation"]), ("SF-002", "§ 3 Satz 1", "§ 2 Satz 1"))
        self.assertEqual(d["gate"], {"fail_on": "error", "introduced_failing": 1, "passed": False})
        self.assertEqual(d["summary"], {"introduced": 2, "removed": 2, "unchanged": 1})

    def test_text_output(self):
        old = self.write("alt.md", OLD)
        new = self.write("neu.md", NEW_MD)
        p = run("diff", old, new, "--no-config")
        self.assertEqual(p.returncode, 1)
        self.assertIn("Neu (2):", p.stdout)
        self.assertRegex(p.stdout, r"\+ § 4 Satz 1 \(.*neu\.md:17:\d+\): Fehler \[US-001\]")
        self.assertIn("Entfallen (2):", p.stdout)
        self.assertRegex(p.stdout, r"- § 1 Abs\. 2 Satz 1 \(.*alt\.md:7:\d+\): Fehler \[US-001\]")
        self.assertRegex(p.stdout, r"= § 3 Satz 1 \(.*neu\.md:13:\d+\): Fehler \[SF-002\].* – vorher § 2 Satz 1")
        self.assertIn("2 neu (1 über der Schwelle), 2 entfallen, 1 unverändert", p.stdout)

    def test_exit_code_follows_the_gate_and_justifications(self):
        old = self.write("alt.md", OLD)
        new = self.write("neu.md", NEW_MD)
        self.assertEqual(run("diff", old, new, "--no-config", "--fail-on", "none").returncode, 0)
        self.assertEqual(run("diff", new, new, "--no-config", "--fail-on", "info").returncode, 0)
        cfg = self.write("j.yaml", 'justifications:\n  - rule: US-001\n    where: "§ 4"\n    reason: Warnfunktion.\n')
        p = run("diff", old, new, "--config", cfg, "--format", "json")
        self.assertEqual(p.returncode, 0, p.stdout)
        d = json.loads(p.stdout)
        self.assertEqual([f["status"] for f in d["introduced"]], ["mitigated", "justified"])
        # An improvement only (the new obstacle removed) passes even with --fail-on info.
        improved = self.write("besser.md", NEW_MD.split("## § 4")[0])
        p = run("diff", old, improved, "--no-config", "--fail-on", "info", "--format", "json")
        d = json.loads(p.stdout)
        self.assertEqual([f["status"] for f in d["introduced"]], ["mitigated"])
        self.assertEqual(p.returncode, 0)

    def test_diff_across_input_formats_text_against_markdown(self):
        # The same text as plain text (no Markdown headings, different line breaks) pairs up unchanged.
        plain = re.sub(r"^#+ ", "", OLD, flags=re.M).replace("bei der Behörde", "bei der\nBehörde")
        old = self.write("alt.txt", plain)
        new = self.write("neu.md", OLD)
        p = run("diff", old, new, "--no-config", "--format", "json", "--fail-on", "info")
        self.assertEqual(p.returncode, 0, p.stdout)
        d = json.loads(p.stdout)
        self.assertEqual((d["old"]["format"], d["new"]["format"]), ("text", "markdown"))
        self.assertEqual(d["summary"], {"introduced": 0, "removed": 0, "unchanged": 3})
        for u in d["unchanged"]:
            self.assertEqual(u["citation"], u["old"]["citation"])

    def test_diff_errors_are_exit_2(self):
        old = self.write("alt.md", OLD)
        p = run("diff", old, os.path.join(self.tmp, "fehlt.md"), "--no-config")
        self.assertEqual(p.returncode, 2)
        self.assertIn("fehlt.md", p.stderr)
        self.assertEqual(p.stdout, "")
        p = run("diff", old, "--no-config")
        self.assertEqual(p.returncode, 2)


class Version(unittest.TestCase):
    def test_version_names_tool_and_rule_base_versions(self):
        p = run("--version")
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout.strip(), r"^digitalcheck \d+\.\d+\.\d+ \(Regelbasis \d{4}\.\d+\.\d+\)$")
        _, doc = run_json("check", "-", "--no-config", stdin="Der Antrag ist formlos.\n")
        self.assertIn(doc["tool"]["version"], p.stdout)
        self.assertIn(doc["tool"]["rules_version"], p.stdout)


if __name__ == "__main__":
    unittest.main()
