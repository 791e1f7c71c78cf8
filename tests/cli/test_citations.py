"""End-to-end: citations of findings in own-written fixtures, in text and JSON output."""
import json
import os
import unittest

import jsonschema  # noqa: F401  (the schema test below uses it when docs/json-schema exists)

from dc import TempDirTestCase, run, run_json, source_path

TEST_RULES = source_path("tests", "fixtures", "rules-zitat")


class Citations(TempDirTestCase):
    def findings(self, path, *extra):
        p, doc = run_json("check", "--rules", TEST_RULES, "--fail-on", "none", path, *extra)
        self.assertEqual(p.returncode, 0, p.stderr)
        return doc["documents"][0]["findings"]

    def test_markdown_fixture(self):
        fs = self.findings(source_path("tests", "fixtures", "entwurf-zitate.md"))
        got = [(f["match"], f["citation"]) for f in fs]
        self.assertEqual(got, [
            ("schriftlich", "§ 1 Abs. 1 Satz 2"),
            ("eigenhändig", "§ 1 Abs. 2 Satz 1 Nr. 2 Buchst. a"),
            ("persönliche", "§ 1 Abs. 2 Satz 2"),
            ("schriftlichen", "§ 2a Satz 1"),
        ])
        f = fs[1]
        self.assertEqual(f["citation_parts"], {"norm": "§ 1", "absatz": "2", "satz": 1, "nummer": "2",
                                               "buchstabe": "a", "doppelbuchstabe": None, "heading": "Antrag",
                                               "eid": None})

    def test_gii_fixture(self):
        fs = self.findings(source_path("tests", "fixtures", "gii-beispiel.xml"))
        got = [(f["match"], f["citation"], f["line"]) for f in fs]
        self.assertEqual(got, [
            ("schriftlich", "§ 1 Abs. 1 Satz 2", 6),
            ("eigenhändig", "§ 1 Abs. 2 Satz 1 Nr. 2 Buchst. b", 6),
            ("persönliche", "§ 1 Abs. 2 Satz 2", 6),
            ("schriftlich", "Art. 2a Satz 1", 7),
            ("eigenhändiger", "Art. 2a", 7),
        ])

    def test_legaldocml_fixture_carries_eids_and_cites_quoted_text_by_instruction(self):
        p, doc = run_json("check", "--rules", TEST_RULES, "--fail-on", "none",
                          source_path("tests", "fixtures", "legaldocml-beispiel.xml"))
        self.assertEqual(p.returncode, 0, p.stderr)
        d = doc["documents"][0]
        self.assertEqual((d["title"], d["format"]), ("Gesetz zur Erprobung von Zitaten", "legaldocml"))
        got = [(f["match"], f["citation"], f["citation_parts"]["eid"], f["line"]) for f in d["findings"]]
        self.assertEqual(got, [
            ("schriftlich", "§ 1 Abs. 1 Satz 2", "art-z1_abs-z1_inhalt-n1_text-n1", 18),
            ("eigenhändig", "§ 1 Abs. 2 Satz 1 Nr. 2", "art-z1_abs-z2_untergl-n1_listenelem-n2_inhalt-n1_text-n1", 33),
            # The quoted word of "In § 3 wird das Wort „persönlich“ gestrichen." is no finding (docs/amendments.md):
            # striking it is an improvement, recorded in the document's amendments.
            # Inside the quoted new § 4: brought in by the amending instruction Art. 2 Nr. 2, eId of the quoted text.
            ("schriftlich", "Art. 2 Nr. 2", "art-z2_quot_art-z4_abs-z1_inhalt-n1_text-n1", 54),
        ])
        self.assertEqual(d["findings"][-1]["instruction"], 1)
        self.assertEqual([c["kind"] for c in d["amendments"]["changes"]], ["removed", "introduced"])  # metadata and the conclusions' "eigenhändig" are not norm text

    def test_text_output_leads_with_position_and_citation(self):
        p = run("check", "--rules", TEST_RULES, "--fail-on", "none", source_path("tests", "fixtures", "gii-beispiel.xml"))
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = [l for l in p.stdout.splitlines() if "ZT-001" in l]
        self.assertTrue(lines[0].endswith("gii-beispiel.xml:6: § 1 Abs. 1 Satz 2 (Antrag): Warnung [ZT-001] Testwort gefunden"),
                        lines[0])

    def test_standard_input_with_input_format(self):
        with open(source_path("tests", "fixtures", "gii-beispiel.xml"), encoding="utf-8") as fh:
            xml = fh.read()
        p, doc = run_json("check", "--rules", TEST_RULES, "--fail-on", "none", "--input-format", "gii", "-", stdin=xml)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(doc["documents"][0]["format"], "gii")
        self.assertEqual(doc["documents"][0]["findings"][0]["citation"], "§ 1 Abs. 1 Satz 2")


if __name__ == "__main__":
    unittest.main()
