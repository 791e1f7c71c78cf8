"""End-to-end: digitalcheck check on the bundled example and simple drafts."""
import unittest

from dc import TempDirTestCase, run, run_json, source_path


class CheckBasics(TempDirTestCase):
    def test_example_draft_reports_written_form_and_fails_gate(self):
        p = run("check", source_path("examples", "entwurf-antragsverfahren.md"))
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("SF-001", p.stdout)
        self.assertIn("US-001", p.stdout)

    def test_clean_text_exits_zero(self):
        path = self.write("ok.txt", "Der Antrag kann formlos gestellt werden.\n")
        p = run("check", path)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_json_positions_point_at_original_text(self):
        text = "Vorwort.\n\nDer Antrag ist\nschriftlich zu stellen.\n"
        path = self.write("a.txt", text)
        p, doc = run_json("check", path, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        f = doc["documents"][0]["findings"][0]
        self.assertEqual(f["rule_id"], "SF-001")
        raw = text.encode("utf-8")
        self.assertEqual(raw[f["byte_offset"]:f["byte_offset"] + f["byte_length"]].decode(), "schriftlich zu stellen")
        self.assertEqual((f["line"], f["column"]), (4, 1))

    def test_missing_file_is_error_2_naming_the_file(self):
        p = run("check", self.tmp + "/nope.txt")
        self.assertEqual(p.returncode, 2)
        self.assertIn("nope.txt", p.stderr)


if __name__ == "__main__":
    unittest.main()
