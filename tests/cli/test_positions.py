"""End-to-end: positions are reported in the ORIGINAL file: lines and columns (1-based, columns in code
points) as an editor shows them, byte offsets in the file's own bytes, whatever the encoding, line ends or
hard wrapping of the input."""
import os
import unittest

from dc import TempDirTestCase, run, run_json, write_rules

MATCH = "Antragsteller eigenhändig unterschreiben"


class Positions(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.rules = write_rules(os.path.join(self.tmp, "rules"))

    def finding(self, path):
        p, doc = run_json("check", "--rules", self.rules, path, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        findings = doc["documents"][0]["findings"]
        self.assertEqual(len(findings), 1, findings)
        text = run("check", "--rules", self.rules, path, "--fail-on", "none").stdout
        f = findings[0]
        self.assertIn(f"{path}:{f['line']}:{f['column']}: ", text)  # text and JSON agree
        return f

    def original_span(self, raw, f):
        return raw[f["byte_offset"]:f["byte_offset"] + f["byte_length"]]

    def test_utf8_with_umlauts_before_the_match_counts_code_points(self):
        raw = "Überschrift\n\nÄußerst wichtig: Den Antrag muss der Antragsteller eigenhändig unterschreiben.\n".encode()
        f = self.finding(self.write("u.txt", raw, "wb"))
        self.assertEqual((f["line"], f["column"]), (3, 38))
        self.assertEqual((f["end_line"], f["end_column"]), (3, 38 + len(MATCH)))
        self.assertEqual(self.original_span(raw, f).decode(), MATCH)

    def test_latin1_file(self):
        raw = "Überschrift\n\nÄußerst wichtig: Den Antrag muss der Antragsteller eigenhändig unterschreiben.\n".encode("cp1252")
        f = self.finding(self.write("l.txt", raw, "wb"))
        self.assertEqual((f["line"], f["column"]), (3, 38))
        self.assertEqual((f["end_line"], f["end_column"]), (3, 38 + len(MATCH)))
        self.assertEqual(self.original_span(raw, f).decode("cp1252"), MATCH)
        self.assertEqual(f["byte_length"], len(MATCH))  # one byte per character in Windows-1252

    def test_bom_file(self):
        raw = "\ufeffDen Antrag muss der Antragsteller eigenhändig unterschreiben.\n".encode()
        f = self.finding(self.write("b.txt", raw, "wb"))
        self.assertEqual((f["line"], f["column"]), (1, 21))  # the BOM is not a column
        self.assertEqual(self.original_span(raw, f).decode(), MATCH)

    def test_crlf_file(self):
        raw = "Titel\r\n\r\nErster Satz.\r\nDen Antrag muss der Antragsteller eigenhändig unterschreiben.\r\n".encode()
        f = self.finding(self.write("c.txt", raw, "wb"))
        self.assertEqual((f["line"], f["column"]), (4, 21))
        self.assertEqual(self.original_span(raw, f).decode(), MATCH)

    def test_classic_mac_cr_only_file(self):
        # Line ends of a lone CR: paragraphs are split and lines counted as an editor shows them.
        raw = "Titel\r\rErster Satz.\rDen Antrag muss der Antragsteller eigenhändig unterschreiben.\r".encode()
        f = self.finding(self.write("m.txt", raw, "wb"))
        self.assertEqual((f["line"], f["column"]), (4, 21))
        self.assertEqual(self.original_span(raw, f).decode(), MATCH)
        self.assertEqual(f["sentence"], "Den Antrag muss der Antragsteller eigenhändig unterschreiben.")

    def test_hard_wrapped_hyphenated_match(self):
        raw = ("Titel\n\nDen Antrag muss der Antrag-\n    steller eigen-\nhändig\r\n"
               "unterschreiben, und zwar sofort.\n").encode()
        f = self.finding(self.write("h.txt", raw, "wb"))
        self.assertEqual(f["match"], MATCH)  # the normalised view
        self.assertEqual((f["line"], f["column"]), (3, 21))
        self.assertEqual((f["end_line"], f["end_column"]), (6, 15))
        self.assertEqual(self.original_span(raw, f).decode(),
                         "Antrag-\n    steller eigen-\nhändig\r\nunterschreiben")
        self.assertEqual(f["sentence"], "Den Antrag muss der Antragsteller eigenhändig unterschreiben, und zwar sofort.")

    def test_decomposed_umlaut_is_matched_and_mapped_to_its_bytes(self):
        raw = "Den Antrag muss der Antragsteller eigenha\u0308ndig unterschreiben.\n".encode()
        f = self.finding(self.write("n.txt", raw, "wb"))
        self.assertEqual(f["match"], MATCH)
        self.assertEqual(self.original_span(raw, f).decode(), "Antragsteller eigenha\u0308ndig unterschreiben")
        self.assertEqual(f["end_column"], 21 + len(MATCH) + 1)  # one more code point in the file

    def test_tabs_and_no_break_spaces(self):
        raw = "Den Antrag muss der\tAntragsteller\u00a0eigenhändig  unterschreiben.\n".encode()
        f = self.finding(self.write("t.txt", raw, "wb"))
        self.assertEqual((f["line"], f["column"]), (1, 21))
        self.assertEqual(self.original_span(raw, f).decode(), "Antragsteller\u00a0eigenhändig  unterschreiben")


if __name__ == "__main__":
    unittest.main()
