"""End-to-end: the input readers (.docx, XML, text) and bad input. Every bad input gets a German message
naming the file, exit code 2, and in a run over several files the others are still checked."""
import os
import sys
import unittest
import zipfile

from dc import TempDirTestCase, run, run_json, source_path

sys.path.insert(0, source_path("tests", "fixtures"))
import make_docx  # noqa: E402

TEST_RULES = source_path("tests", "fixtures", "rules-zitat")
GOOD = "Der Antrag ist schriftlich zu stellen.\n"


class Docx(TempDirTestCase):
    def test_fixture_paragraphs_tracked_changes_headings(self):
        p, doc = run_json("check", "--rules", TEST_RULES, "--fail-on", "none",
                          source_path("tests", "fixtures", "entwurf.docx"))
        self.assertEqual(p.returncode, 0, p.stderr)
        d = doc["documents"][0]
        self.assertEqual((d["format"], d["title"]), ("docx", "Entwurf eines Gesetzes über Zitierbeispiele"))
        got = [(f["match"], f["citation"], f["paragraph"], f["line"]) for f in d["findings"]]
        # Paragraph 4's "schriftlich" is a tracked deletion (ignored); paragraph 5's "eigenhändig" an insertion.
        self.assertEqual(got, [
            ("eigenhändig", "§ 1 Abs. 2 Satz 1", 5, 5),
            ("schriftlich", "§ 2 Satz 1", 7, 7),
            ("persönliche", "§ 2 Satz 2", 8, 8),  # a paragraph inside a table
        ])

    def test_fixture_is_up_to_date_with_its_generator(self):
        fresh = os.path.join(self.tmp, "neu.docx")
        make_docx.write(fresh)
        with open(fresh, "rb") as a, open(source_path("tests", "fixtures", "entwurf.docx"), "rb") as b:
            self.assertEqual(a.read(), b.read(), "run tests/fixtures/make_docx.py")

    def test_text_output_shows_the_paragraph_number(self):
        p = run("check", "--rules", TEST_RULES, "--fail-on", "none", source_path("tests", "fixtures", "entwurf.docx"))
        self.assertIn("entwurf.docx: Word-Absatz 5: § 1 Abs. 2 Satz 1 (Antrag): Warnung [ZT-001]", p.stdout)

    def test_not_a_zip(self):
        path = self.write("kaputt.docx", "Dies ist keine Word-Datei.\n")
        p = run("check", path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("kaputt.docx: keine gültige .docx-Datei (kein ZIP-Archiv)", p.stderr)

    def test_truncated_zip(self):
        good = source_path("tests", "fixtures", "entwurf.docx")
        with open(good, "rb") as f:
            data = f.read()
        path = self.write("halb.docx", data[: len(data) // 2], mode="wb")
        p = run("check", path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("halb.docx: keine gültige .docx-Datei", p.stderr)

    def test_zip_without_document_xml(self):
        path = os.path.join(self.tmp, "leer.docx")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
        p = run("check", path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("leer.docx: keine gültige .docx-Datei: word/document.xml fehlt", p.stderr)

    def test_zip_bomb_is_refused_while_inflating(self):
        path = os.path.join(self.tmp, "bombe.docx")
        filler = " " * (80 << 20)  # 80 MB of spaces deflate to about 80 KB
        make_docx.write(path, make_docx.DOCUMENT.replace("<w:body>", "<w:body>" + filler))
        self.assertLess(os.path.getsize(path), 1 << 20)
        p = run("check", path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("bombe.docx: Word-Dokument zu groß", p.stderr)
        self.assertIn("Zip-Bomben", p.stderr)

    def test_too_many_entries(self):
        path = os.path.join(self.tmp, "viele.docx")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", make_docx.DOCUMENT)
            for i in range(10001):
                z.writestr(f"x/{i}", "")
        p = run("check", path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("viele.docx: keine gültige .docx-Datei: zu viele Einträge", p.stderr)

    def test_malformed_document_xml_names_the_part_and_line(self):
        path = os.path.join(self.tmp, "xml.docx")
        make_docx.write(path, '<?xml version="1.0"?>\n<w:document xmlns:w="x">\n<w:body><w:p></w:body>\n')
        p = run("check", path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("xml.docx:3: word/document.xml: fehlerhaftes XML", p.stderr)


class BadInput(TempDirTestCase):
    def check_bad(self, path, expected):
        """A bad file next to a good one: exit 2, a message naming the bad file, the good one still checked."""
        good = self.write("gut.txt", GOOD)
        p, doc = run_json("check", "--fail-on", "none", path, good)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn(os.path.basename(path), p.stderr)
        self.assertIn(expected, p.stderr)
        self.assertEqual([d["path"] for d in doc["documents"]], [good])
        self.assertEqual(doc["documents"][0]["findings"][0]["rule_id"], "SF-001")
        self.assertEqual(len(doc["errors"]), 1)
        self.assertIn(expected, doc["errors"][0]["message"])
        return p

    def test_malformed_xml_with_line(self):
        path = self.write("kaputt.xml", "<?xml version=\"1.0\"?>\n<dokumente>\n<norm>\n</dokumente>\n")
        p = self.check_bad(path, "fehlerhaftes XML")
        self.assertIn("kaputt.xml:4:", p.stderr)

    def test_unknown_xml(self):
        self.check_bad(self.write("fremd.xml", "<html><body>Text</body></html>\n"), "unbekanntes XML-Format")

    def test_deeply_nested_xml(self):
        xml = "<dokumente>" + "<B>" * 5000 + "x" + "</B>" * 5000 + "</dokumente>"
        self.check_bad(self.write("tief.xml", xml), "zu tief verschachtelt")

    def test_binary_file_with_text_extension(self):
        self.check_bad(self.write("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", mode="wb"), "Binärdaten")

    def test_empty_file(self):
        self.check_bad(self.write("leer.md", ""), "Datei ist leer")

    def test_missing_file(self):
        self.check_bad(os.path.join(self.tmp, "fehlt.md"), "nicht gefunden")

    def test_directory(self):
        os.makedirs(os.path.join(self.tmp, "ordner.txt"))
        self.check_bad(os.path.join(self.tmp, "ordner.txt"), "Verzeichnis")

    @unittest.skipIf(os.geteuid() == 0, "root reads every file")
    def test_unreadable_file(self):
        path = self.write("geheim.txt", GOOD)
        os.chmod(path, 0)
        self.check_bad(path, "keine Leseberechtigung")

    def test_xml_named_txt_is_read_as_xml(self):
        with open(source_path("tests", "fixtures", "gii-beispiel.xml"), encoding="utf-8") as f:
            path = self.write("gesetz.txt", f.read())
        p, doc = run_json("check", "--fail-on", "none", path)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(doc["documents"][0]["format"], "gii")

    def test_input_format_overrides_the_extension(self):
        path = self.write("entwurf.xml", "# Titel\n\n## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.\n")
        p, doc = run_json("check", "--fail-on", "none", "--input-format", "markdown", path)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(doc["documents"][0]["format"], "markdown")
        self.assertEqual(doc["documents"][0]["findings"][0]["citation"], "§ 1 Satz 1")

    def test_docx_from_standard_input(self):
        with open(source_path("tests", "fixtures", "entwurf.docx"), "rb") as f:
            data = f.read()
        import subprocess
        from dc import BINARY
        p = subprocess.run([BINARY, "check", "--fail-on", "none", "--rules", TEST_RULES, "--format", "json", "-"],
                           input=data, capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(b'"format": "docx"', p.stdout)


if __name__ == "__main__":
    unittest.main()
