"""End-to-end: scores in the text and JSON reports of the bundled example draft; JSON and NDJSON against the schema."""
import json
import os
import unittest

import jsonschema

from dc import TempDirTestCase, run, run_json, source_path

# Report tests pin the first rule base so that their figures do not move when rules/ grows.
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-v1")

EXAMPLE = source_path("examples", "entwurf-antragsverfahren.md")
with open(source_path("docs", "digitalcheck-report.schema.json"), encoding="utf-8") as _f:
    SCHEMA = json.load(_f)
DOCUMENT_SCHEMA = {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/document"}


class ScoreInReports(TempDirTestCase):
    def test_json_has_score_objects_per_document_principle_and_provision(self):
        p, doc = run_json("check", EXAMPLE, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        d = doc["documents"][0]
        self.assertEqual(d["score"]["value"], 63)
        self.assertEqual(d["score"]["grade"], "C")
        self.assertEqual(d["score"]["provisions"], 3)
        self.assertEqual(d["score"]["open"], {"error": 2, "warning": 2, "info": 0})
        self.assertEqual(d["score"]["mitigated"], 1)
        self.assertEqual(d["score"]["penalty"], 110)
        self.assertEqual([x["id"] for x in d["principles"]], ["P1", "P2", "P3", "P4", "P5"])
        self.assertEqual(d["principles"][0]["score"]["value"], 63)
        self.assertEqual(d["principles"][1]["score"], {**d["principles"][1]["score"], "value": 100, "grade": "A"})
        self.assertEqual([(x["norm"], x["score"]["value"]) for x in d["provisions"]],
                         [("§ 1", 100), ("§ 2", 45), ("§ 3", 45)])
        # Each finding names the provision (index into "provisions") it is scored in.
        self.assertEqual([d["provisions"][f["provision"]]["norm"] for f in d["findings"]],
                         ["§ 2", "§ 2", "§ 2", "§ 3", "§ 3"])

    def test_json_and_ndjson_validate_against_the_schema(self):
        other = self.write("b.md", "# G\n\n## § 1 A\n\nDie Anzeige bedarf der Schriftform.\n")
        p, doc = run_json("check", EXAMPLE, other, self.tmp + "/fehlt.md")
        self.assertEqual(p.returncode, 2)
        jsonschema.validate(doc, SCHEMA)
        self.assertEqual(len(doc["documents"]), 2)
        self.assertEqual(len(doc["errors"]), 1)
        p = run("check", EXAMPLE, other, "--format", "ndjson")
        lines = [json.loads(x) for x in p.stdout.splitlines()]
        for rec in lines:
            jsonschema.validate(rec, DOCUMENT_SCHEMA)
        # The schema is strict enough to catch a broken score.
        bad = dict(lines[0], score=dict(lines[0]["score"], grade="F"))
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate(bad, DOCUMENT_SCHEMA)

    def test_text_summary_shows_score_grade_inputs_and_one_bar_per_principle(self):
        p = run("check", EXAMPLE, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        out = p.stdout
        self.assertIn("63/100, Note C", out)
        self.assertIn("3 Vorschriften gezählt; offen: 2 Fehler, 2 Warnungen, 0 Hinweise; 1 entschärft", out)
        bars = [line for line in out.splitlines() if line.startswith("  P")]
        self.assertEqual(len(bars), 5, out)
        self.assertTrue(bars[0].startswith("  P1 " + "█" * 13 + "░" * 7 + "  63 C  4 offen"), bars[0])
        self.assertTrue(bars[1].startswith("  P2 " + "█" * 20 + " 100 A  0 offen"), bars[1])
        # The findings come first, the summary after them.
        self.assertLess(out.index("[SF-002]"), out.index("Digitaltauglichkeit"))

    def test_quiet_drops_the_summary(self):
        p = run("check", EXAMPLE, "--fail-on", "none", "--quiet")
        self.assertIn("[SF-001]", p.stdout)
        self.assertNotIn("Digitaltauglichkeit", p.stdout)
        self.assertNotIn("geprüft", p.stdout)

    def test_clean_text_scores_100(self):
        path = self.write("ok.md", "# G\n\n## § 1 Antrag\n\nDer Antrag kann formlos gestellt werden.\n")
        p, doc = run_json("check", path)
        self.assertEqual(doc["documents"][0]["score"]["value"], 100)
        self.assertEqual(doc["documents"][0]["score"]["grade"], "A")


if __name__ == "__main__":
    unittest.main()
