import json
import jsonschema
import os
"""End-to-end: amending laws (Änderungsbefehle) in plain text and Markdown."""
import unittest

from dc import TempDirTestCase, run, run_json, source_path

# The amendment engine is tested against a frozen rule base (see tests/fixtures/rules-amend/README.md).
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-amend")

from test_json_schema import STRICT


class AmendingDrafts(TempDirTestCase):
    def test_example_amending_law_effect_in_json(self):
        p, doc = run_json("check", source_path("examples", "aenderungsgesetz-dorfladen.md"), "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        STRICT.validate(doc)  # the closed schema: every field we write is described
        d = doc["documents"][0]
        am = d["amendments"]
        self.assertEqual(am["laws"], ["Dorfladengesetz"])
        self.assertEqual(len(am["instructions"]), 7)
        first = am["instructions"][0]
        self.assertEqual((first["kind"], first["target"], first["place"]),
                         ("replace", "§ 2 Absatz 1 Satz 1", "Artikel 1 Nummer 1 Buchstabe a"))
        effect = {e["category"]: e for e in am["effect"]}
        self.assertEqual((effect["schriftform"]["removed"], effect["schriftform"]["mitigated"],
                          effect["schriftform"]["introduced"]), (1, 1, 0))
        self.assertEqual(effect["unterschrift"]["introduced"], 1)
        self.assertIn("entfernt 1 Schriftformerfordernis", am["summary"])
        # The only finding is the signature the new Absatz 4 brings in, located at the instruction.
        self.assertEqual([f["rule_id"] for f in d["findings"]], ["US-001"])
        self.assertEqual(d["findings"][0]["instruction"], 3)
        self.assertEqual(d["findings"][0]["line"], 20)

    def test_quoted_written_form_is_no_finding_and_text_shows_effect(self):
        path = self.write("aenderung.txt",
                          "Artikel 1\n\nDas Beispielgesetz wird wie folgt geändert:\n\n"
                          "1. In § 3 Absatz 2 wird das Wort \"schriftlich\" durch die Wörter "
                          "\"schriftlich oder elektronisch\" ersetzt.\n\n"
                          "2. In § 4 werden die Wörter „bedarf der Schriftform“ durch die Wörter "
                          "„kann formlos erfolgen“ ersetzt.\n")
        p = run("check", path)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertNotIn("SF-001]", p.stdout.split("Wirkung des Änderungsentwurfs")[0])
        self.assertIn("entfernt 1 Schriftformerfordernis, entschärft 1", p.stdout)
        self.assertIn("ersetzt in § 3 Absatz 2 (Beispielgesetz)", p.stdout)

    def test_legaldocml_amending_law(self):
        p, doc = run_json("check", source_path("examples", "aenderungsgesetz-dorfladen.xml"), "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        STRICT.validate(doc)
        d = doc["documents"][0]
        am = d["amendments"]
        self.assertEqual([i["kind"] for i in am["instructions"]], ["replace", "append", "replace", "repeal"])
        self.assertEqual(am["instructions"][0]["target"], "§ 2 Absatz 1 Satz 1")
        self.assertIn("entfernt 1 Schriftformerfordernis, entschärft 1", am["summary"])
        # Only the signature in the quoted new Absatz 4, located in the quoted text and marked with its instruction.
        self.assertEqual([(f["rule_id"], f["instruction"]) for f in d["findings"]], [("US-001", 1)])
        self.assertEqual(d["findings"][0]["match"], "eigenhändig zu unterschreiben")

    def test_suggest_amendments_text_and_markdown_read_back(self):
        law = source_path("examples", "entwurf-antragsverfahren.md")
        p = run("check", "--suggest-amendments", law)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("Das Dorfladengesetz wird wie folgt geändert:", p.stdout)
        self.assertIn("In § 2 Absatz 1 Satz 1 wird das Wort „schriftlich“ durch die Wörter "
                      "„schriftlich oder elektronisch“ ersetzt.", p.stdout)
        self.assertIn("In § 3 Absatz 1 wird das Wort „schriftlichen“ durch die Wörter "
                      "„schriftlichen oder elektronischen“ ersetzt.", p.stdout)
        self.assertIn("ohne sicheren Änderungsvorschlag", p.stdout)  # signature and excluded e-form: no safe fix
        out = self.write("vorschlag.md", "")
        p = run("check", "--suggest-amendments", "--format", "markdown", "-o", out, law)
        self.assertEqual(p.returncode, 0, p.stderr)
        # The suggestion, checked as an amending law, only mitigates written form.
        p, doc = run_json("check", out, "--fail-on", "none")
        am = doc["documents"][0]["amendments"]
        self.assertEqual(doc["documents"][0]["findings"], [])
        self.assertEqual([(e["category"], e["mitigated"], e["introduced"]) for e in am["effect"]], [("schriftform", 2, 0)])

    def test_suggest_amendments_refuses_other_formats(self):
        p = run("check", "--suggest-amendments", "--format", "json", source_path("examples", "entwurf-antragsverfahren.md"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("--suggest-amendments", p.stderr)

    def test_every_report_format_states_the_net_effect(self):
        example = source_path("examples", "aenderungsgesetz-dorfladen.md")
        plain = source_path("examples", "entwurf-antragsverfahren.md")
        said = "entfernt 1 Schriftformerfordernis"
        for fmt in ("markdown", "html", "dokumentation", "sarif", "junit"):
            with self.subTest(fmt=fmt):
                p = run("check", "--format", fmt, example, "--fail-on", "none")
                self.assertEqual(p.returncode, 0, p.stderr)
                self.assertIn(said, p.stdout)
                if fmt != "sarif":
                    self.assertIn("Wirkung des Änderungsentwurfs" if fmt != "junit" else "amendment_effect", p.stdout)
                # A law without Änderungsbefehle says nothing of the kind.
                q = run("check", "--format", fmt, plain, "--fail-on", "none")
                self.assertNotIn("Änderungsentwurf", q.stdout)
                self.assertNotIn("amendment", q.stdout.lower())
        doc = json.loads(run("check", "--format", "sarif", example, "--fail-on", "none").stdout)
        with open(source_path("tests", "data", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
            jsonschema.validate(doc, json.load(f))
        artifact = doc["runs"][0]["artifacts"][0]
        self.assertIn(said, artifact["properties"]["amendmentEffect"])

    def test_plain_law_has_no_amendments_record(self):
        p, doc = run_json("check", source_path("examples", "entwurf-antragsverfahren.md"), "--fail-on", "none")
        self.assertNotIn("amendments", doc["documents"][0])


if __name__ == "__main__":
    unittest.main()
