"""End-to-end: inputs and rule files a user can get wrong. Each is refused with a German message that
names the file (and line where there is one) and exit code 2, and the good inputs of the same run are
still reported."""
import os
import unittest

from dc import MINI_RULES, TempDirTestCase, run, run_json, write_rules

GOOD = "Den Antrag muss der Antragsteller eigenhändig unterschreiben.\n"


class BadInput(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.rules = write_rules(os.path.join(self.tmp, "rules"))

    def refused(self, path, *fragments):
        p = run("check", "--rules", self.rules, path)
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        self.assertIn(f"digitalcheck: {path}", p.stderr)
        for fragment in fragments:
            self.assertIn(fragment, p.stderr)
        self.assertNotIn("interner Fehler", p.stderr)
        return p

    def test_empty_file(self):
        self.refused(self.write("leer.txt", ""), "Datei ist leer")

    def test_whitespace_only_file(self):
        self.refused(self.write("blank.txt", " \n\n\t\n"), "nur Leerraum")

    def test_binary_file(self):
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
        self.refused(self.write("bild.txt", png, "wb"), "keine Textdatei")

    def test_invalid_utf8_names_the_line(self):
        # Real UTF-8 (the "ä") with one broken sequence on line 2: refused, not guessed as Windows-1252.
        path = self.write("kaputt.txt", "Erste Zeile mit Umlaut ä\n".encode("utf-8") + b"zweite \xc3 Zeile\n", "wb")
        self.refused(path, f"{path}:2:", "UTF-8")

    def test_bytes_no_encoding_explains(self):
        self.refused(self.write("x.txt", b"Antrag \x81\x8d\x9d\n", "wb"), "weder UTF-8 noch Windows-1252")

    def test_utf16(self):
        self.refused(self.write("u16.txt", "Antrag".encode("utf-16"), "wb"), "UTF-16")

    def test_missing_file(self):
        self.refused(os.path.join(self.tmp, "fehlt.txt"), "Datei nicht gefunden")

    def test_directory_given_as_file(self):
        self.refused(self.rules, "ist ein Verzeichnis")

    def test_latin1_is_read_with_a_note_not_refused(self):
        path = self.write("alt.txt", GOOD.encode("cp1252"), "wb")
        p = run("check", "--rules", self.rules, path)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("[XU-001]", p.stdout)
        self.assertIn(f"Hinweis: {path} ist nicht UTF-8; als Windows-1252 gelesen und umgewandelt", p.stderr)

    def test_good_files_are_still_reported_when_others_fail(self):
        good1 = self.write("gut1.txt", GOOD)
        missing = os.path.join(self.tmp, "fehlt.txt")
        empty = self.write("leer.txt", "")
        good2 = self.write("gut2.txt", GOOD)
        p = run("check", "--rules", self.rules, good1, missing, empty, good2)
        self.assertEqual(p.returncode, 2)
        self.assertIn(f"{good1}:1:", p.stdout)
        self.assertIn(f"{good2}:1:", p.stdout)
        self.assertIn(f"digitalcheck: {missing}: Datei nicht gefunden", p.stderr)
        self.assertIn(f"digitalcheck: {empty}: Datei ist leer", p.stderr)
        self.assertIn("2 Dokumente geprüft", p.stdout)
        # JSON: the good documents plus an "errors" entry per failed input.
        p, doc = run_json("check", "--rules", self.rules, good1, missing, good2)
        self.assertEqual(p.returncode, 2)
        self.assertEqual([d["path"] for d in doc["documents"]], [good1, good2])
        self.assertEqual([e["path"] for e in doc["errors"]], [missing])
        self.assertEqual(doc["errors"][0]["message"], "Datei nicht gefunden")
        # With -o the report is still written (complete, with its errors), and the exit code is 2.
        out = os.path.join(self.tmp, "r.json")
        p = run("check", "--rules", self.rules, "--format", "json", "-o", out, good1, missing)
        self.assertEqual(p.returncode, 2)
        self.assertTrue(os.path.exists(out))


class BadRules(TempDirTestCase):
    """Rule files with mistakes: refused at load time with file, line and reason, exit 2, for every command."""

    RULE = """rules:
  - id: XT-001
    category: schriftform
    principle: P1
    severity: warning
    title: T
    message: M
    suggestion: S
    patterns: ['schriftlich']
    examples:
      match: ['Er ist [[schriftlich]].']
      no_match: ['Er ist formlos.']
"""

    def refused(self, content, line, reason, extra_files=None):
        rules = write_rules(os.path.join(self.tmp, "rules"), content, "kaputt.yaml")
        for name, text in (extra_files or {}).items():
            write_rules(rules, text, name)
        draft = self.write("d.txt", "Er ist schriftlich.\n")
        path = os.path.join(rules, "kaputt.yaml")
        out = os.path.join(self.tmp, "r.json")
        for args in (["check", draft, "-o", out], ["rules", "list"], ["rules", "test"], ["explain", "XT-001"]):
            with self.subTest(args=args):
                p = run(*args, "--rules", rules)
                self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
                self.assertIn(f"digitalcheck: {path}:{line}: ", p.stderr)
                self.assertIn(reason, p.stderr)
                self.assertEqual(p.stdout, "")
                self.assertFalse(os.path.exists(out))

    def test_yaml_syntax_error(self):
        self.refused(self.RULE.replace("title: T", "title: T: U"), 6, "YAML-Fehler")

    def test_unknown_key(self):
        self.refused(self.RULE.replace("title: T", "titel: T"), 6, "unbekannter Schlüssel 'titel'")

    def test_pattern_re2_rejects(self):
        self.refused(self.RULE.replace("['schriftlich']", "['schriftlich(?=e)']"), 9, "ungültiges Muster")

    def test_missing_example(self):
        self.refused(self.RULE.replace("      no_match: ['Er ist formlos.']\n", ""), 2, "no_match")

    def test_duplicate_id(self):
        self.refused(self.RULE, 2, "doppelt", {"a-first.yaml": self.RULE})

    def test_unknown_category(self):
        self.refused(self.RULE.replace("category: schriftform", "category: papier"), 3, "unbekannte Kategorie 'papier'")

    def test_match_example_without_span(self):
        self.refused(self.RULE.replace("[[schriftlich]]", "schriftlich"), 11, "ohne markierten Treffer")


if __name__ == "__main__":
    unittest.main()
