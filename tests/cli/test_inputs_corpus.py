"""The whole shared statute corpus is read without error, and findings there carry the right citation.
Labelled `corpus` in ctest; skipped where the corpus is absent."""
import glob
import os
import unittest

from dc import corpus_dir, run, run_json, source_path

CORPUS = corpus_dir()
TEST_RULES = source_path("tests", "fixtures", "rules-zitat")


@unittest.skipIf(CORPUS is None, "shared corpus not available")
class CorpusInputs(unittest.TestCase):
    def check_all(self, pattern, expected_count_at_least):
        files = sorted(glob.glob(os.path.join(CORPUS, pattern)))
        self.assertGreaterEqual(len(files), expected_count_at_least)
        p = run("check", "--fail-on", "none", "-q", *files)
        self.assertEqual(p.returncode, 0, p.stderr[:2000])
        self.assertNotIn("Fehler:", p.stdout)
        self.assertEqual(p.stderr.strip(), "", p.stderr[:2000])

    def test_every_federal_file_is_read(self):
        self.check_all("bund/*.xml", 6877)

    def test_every_saxon_file_is_read(self):
        self.check_all("sachsen/*.md", 3082)

    def test_every_legaldocml_file_is_read(self):
        self.check_all("legaldocml/*.xml", 14)

    def test_bgb_126_signature_requirement_is_cited_by_absatz_and_satz(self):
        p, doc = run_json("check", "--rules", TEST_RULES, "--fail-on", "none", os.path.join(CORPUS, "bund", "bgb.xml"))
        self.assertEqual(p.returncode, 0, p.stderr)
        d = doc["documents"][0]
        self.assertEqual(d["title"], "Bürgerliches Gesetzbuch")
        sig = [f for f in d["findings"] if f["match"] == "Namensunterschrift" and f["citation"].startswith("§ 126 ")]
        self.assertEqual(len(sig), 1, [f["citation"] for f in d["findings"] if f["match"] == "Namensunterschrift"])
        f = sig[0]
        self.assertEqual(f["citation"], "§ 126 Abs. 1 Satz 1")
        self.assertEqual(f["citation_parts"]["norm"], "§ 126")
        self.assertEqual(f["citation_parts"]["absatz"], "1")
        self.assertEqual(f["citation_parts"]["satz"], 1)
        self.assertEqual(f["citation_parts"]["heading"], "Schriftform")
        # The position is the source line of the norm's text node.
        with open(os.path.join(CORPUS, "bund", "bgb.xml"), encoding="utf-8") as fh:
            line = fh.read().split("\n")[f["line"] - 1]
        self.assertIn("<enbez>§ 126</enbez>", line)
        # § 126b's definition list belongs to its second sentence; § 126 Abs. 3 is its own Absatz.
        cites = {x["citation"] for x in d["findings"]}
        self.assertIn("§ 126 Abs. 3 Satz 1", cites)
        self.assertIn("§ 126b Satz 2 Nr. 1", cites)

    def test_real_rules_on_bgb_cite_every_finding_by_norm(self):
        p, doc = run_json("check", "--fail-on", "none", os.path.join(CORPUS, "bund", "bgb.xml"))
        self.assertEqual(p.returncode, 0, p.stderr)
        findings = doc["documents"][0]["findings"]
        self.assertGreater(len(findings), 5)
        for f in findings:
            self.assertTrue(f["citation_parts"]["norm"], f)
            self.assertRegex(f["citation"], r"^§ \d+[a-z]? ")

    def test_saxon_run_in_items_are_cited(self):
        # § 10 of the Saxon nursing professional code runs its numbered duties into one line.
        path = os.path.join(CORPUS, "sachsen", "berufsausuebung_von_pflegefachkraeften_vo.md")
        p, doc = run_json("check", "--rules", TEST_RULES, "--fail-on", "none", path)
        self.assertEqual(p.returncode, 0, p.stderr)
        cites = [f["citation"] for f in doc["documents"][0]["findings"]]
        self.assertIn("§ 10 Satz 1 Nr. 4", cites)
        for c in cites:
            self.assertTrue(c is None or c.startswith("§ "), c)


if __name__ == "__main__":
    unittest.main()
