"""End-to-end: every option and exit code of `digitalcheck check`."""
import json
import os
import unittest

from dc import TempDirTestCase, run, run_json, run_on_terminal, source_path, write_rules

INFO = "Die Satzung hängt an der Amtstafel aus.\n"
WARNING = "Die Hilfe ist schriftlich zu beantragen.\n"
MITIGATED = "Die Hilfe ist schriftlich zu beantragen oder elektronisch.\n"
ERROR = "Den Antrag muss der Antragsteller eigenhändig unterschreiben.\n"
CLEAN = "Die Hilfe ist formlos zu beantragen.\n"


class CheckOptions(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.rules = write_rules(os.path.join(self.tmp, "rules"))

    def check(self, *args, **kw):
        return run("check", "--rules", self.rules, *args, **kw)

    # --fail-on and exit codes
    def test_fail_on_gates_by_severity(self):
        cases = {  # text -> {gate: exit code}
            INFO: {"none": 0, "info": 1, "warning": 0, "error": 0},
            WARNING: {"none": 0, "info": 1, "warning": 1, "error": 0},
            ERROR: {"none": 0, "info": 1, "warning": 1, "error": 1},
            CLEAN: {"none": 0, "info": 0, "warning": 0, "error": 0},
            MITIGATED: {"none": 0, "info": 0, "warning": 0, "error": 0},  # mitigated findings never fail the gate
        }
        for text, gates in cases.items():
            path = self.write("t.txt", text)
            for gate, code in gates.items():
                with self.subTest(text=text, gate=gate):
                    p = self.check(path, "--fail-on", gate)
                    self.assertEqual(p.returncode, code, p.stdout + p.stderr)

    def test_default_gate_is_error(self):
        self.assertEqual(self.check(self.write("w.txt", WARNING)).returncode, 0)
        self.assertEqual(self.check(self.write("e.txt", ERROR)).returncode, 1)

    def test_bad_gate_value_is_a_usage_error(self):
        p = self.check(self.write("w.txt", WARNING), "--fail-on", "fatal")
        self.assertEqual(p.returncode, 2)
        self.assertIn("Aufruffehler", p.stderr)
        self.assertIn("fatal", p.stderr)

    # --format
    def test_text_format_shows_position_severity_rule_message_sentence_and_suggestion(self):
        path = self.write("w.txt", "Vorwort.\n\n" + WARNING)
        p = self.check(path, "--format", "text")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(f"{path}:3:15: ", p.stdout)
        self.assertIn("Warnung [XS-001] Schriftlicher Antrag", p.stdout)
        self.assertIn("  Der Antrag ist schriftlich zu stellen.", p.stdout)
        self.assertIn("  | Die Hilfe ist »schriftlich zu beantragen«.", p.stdout)
        self.assertIn("  Vorschlag: schriftlich oder elektronisch zulassen", p.stdout)
        self.assertIn("1 Dokument geprüft: 1 offene, 0 entschärfte, 0 begründete Befunde", p.stdout)

    def test_text_format_shows_a_mitigated_finding_with_its_mitigation(self):
        p = self.check(self.write("m.txt", MITIGATED))
        self.assertIn("(entschärft)", p.stdout)
        self.assertIn("Entschärft durch: oder elektronisch", p.stdout)
        self.assertNotIn("Vorschlag:", p.stdout)

    def test_json_format_is_json_with_the_finding(self):
        p, doc = run_json("check", "--rules", self.rules, self.write("e.txt", ERROR))
        self.assertEqual(p.returncode, 1)
        f = doc["documents"][0]["findings"][0]
        self.assertEqual((f["rule_id"], f["severity"], f["status"]), ("XU-001", "error", "open"))
        self.assertEqual(f["match"], "Antragsteller eigenhändig unterschreiben")

    def test_unknown_format_is_a_usage_error(self):
        p = self.check(self.write("w.txt", WARNING), "--format", "xml")
        self.assertEqual(p.returncode, 2)
        self.assertIn("xml", p.stderr)
        self.assertEqual(p.stdout, "")

    # -o
    def test_output_file_gets_the_report_and_stdout_stays_empty(self):
        path = self.write("e.txt", ERROR)
        out = os.path.join(self.tmp, "report.json")
        p = self.check(path, "--format", "json", "-o", out)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, "")
        with open(out, encoding="utf-8") as f:
            written = f.read()
        self.assertEqual(written, self.check(path, "--format", "json").stdout)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["e.txt", "report.json", "rules"])  # no temp file left

    def test_failing_run_leaves_no_output_file_and_keeps_an_old_one(self):
        path = self.write("e.txt", ERROR)
        bad_rules = write_rules(os.path.join(self.tmp, "bad"), "rules: [")
        out = os.path.join(self.tmp, "new.json")
        p = run("check", "--rules", bad_rules, path, "-o", out)
        self.assertEqual(p.returncode, 2)
        self.assertFalse(os.path.exists(out))
        old = self.write("old.json", "alt")
        p = run("check", "--rules", bad_rules, path, "-o", old)
        self.assertEqual(p.returncode, 2)
        with open(old, encoding="utf-8") as f:
            self.assertEqual(f.read(), "alt")
        p = self.check(path, "--format", "xml", "-o", out)
        self.assertEqual(p.returncode, 2)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(sorted(os.listdir(self.tmp)), ["bad", "e.txt", "old.json", "rules"])

    def test_unwritable_output_is_error_2_naming_the_file(self):
        out = os.path.join(self.tmp, "missing-dir", "r.txt")
        p = self.check(self.write("e.txt", ERROR), "-o", out)
        self.assertEqual(p.returncode, 2)
        self.assertIn(out, p.stderr)
        self.assertFalse(os.path.exists(os.path.dirname(out)))
        p = self.check(self.write("e.txt", ERROR), "-o", self.rules)  # a directory
        self.assertEqual(p.returncode, 2)
        self.assertEqual(os.listdir(self.rules), ["mini.yaml"])

    # --rules
    def test_rules_dir_replaces_the_embedded_rule_base(self):
        path = self.write("both.txt", "Der Antrag bedarf der Schriftform. " + WARNING)
        ids = {f["rule_id"] for f in run_json("check", "--rules", self.rules, path)[1]["documents"][0]["findings"]}
        self.assertEqual(ids, {"XS-001"})
        ids = {f["rule_id"] for f in run_json("check", path)[1]["documents"][0]["findings"]}
        self.assertIn("SF-001", ids)
        self.assertNotIn("XS-001", ids)

    def test_missing_rules_dir_is_error_2(self):
        p = run("check", "--rules", os.path.join(self.tmp, "nope"), self.write("w.txt", WARNING))
        self.assertEqual(p.returncode, 2)
        self.assertIn("nope", p.stderr)
        self.assertIn("Regelverzeichnis nicht gefunden", p.stderr)

    # --quiet
    def test_quiet_drops_summary_and_notes_but_keeps_findings(self):
        path = self.write("l1.txt", "Die Gr\xfc\xdfe: Die Hilfe ist schriftlich zu beantragen.\n".encode("cp1252"), "wb")
        loud = self.check(path)
        self.assertIn("Dokument geprüft", loud.stdout)
        self.assertIn("Windows-1252", loud.stderr)
        quiet = self.check(path, "--quiet")
        self.assertEqual(quiet.returncode, 0)
        self.assertIn("[XS-001]", quiet.stdout)
        self.assertNotIn("Dokument geprüft", quiet.stdout)
        self.assertEqual(quiet.stderr, "")
        self.assertEqual(self.check(self.write("c.txt", CLEAN), "-q").stdout, "")

    # standard input
    def test_standard_input(self):
        p, doc = run_json("check", "--rules", self.rules, "-", stdin=ERROR)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(doc["documents"][0]["path"], "-")
        self.assertEqual(doc["documents"][0]["findings"][0]["line"], 1)
        p = self.check("-", stdin=ERROR)
        self.assertIn("-:1:", p.stdout)
        p = self.check("-", stdin="")
        self.assertEqual(p.returncode, 2)
        self.assertIn("(Standardeingabe)", p.stderr)

    # --input-format
    def test_input_format_forces_the_reader(self):
        path = self.write("a.txt", "# Gesetz über Hilfen\n\n" + WARNING)
        doc = run_json("check", "--rules", self.rules, path)[1]["documents"][0]
        self.assertEqual(doc["format"], "text")
        doc = run_json("check", "--rules", self.rules, path, "--input-format", "markdown")[1]["documents"][0]
        self.assertEqual(doc["format"], "markdown")
        self.assertEqual(doc["title"], "Gesetz über Hilfen")
        p = self.check(path, "--input-format", "pdf")
        self.assertEqual(p.returncode, 2)
        self.assertIn("unbekanntes Eingabeformat 'pdf'", p.stderr)

    # --color and NO_COLOR
    def test_color_always_and_never(self):
        path = self.write("e.txt", ERROR)
        self.assertIn("\x1b[", self.check(path, "--color", "always").stdout)
        self.assertIn("\x1b[", self.check(path, "--color", "always", env={"NO_COLOR": "1"}).stdout)
        self.assertNotIn("\x1b[", self.check(path, "--color", "never").stdout)
        self.assertNotIn("\x1b[", self.check(path).stdout)  # not a terminal
        self.assertNotIn("\x1b[", run_json("check", "--rules", self.rules, path, "--color", "always")[0].stdout)

    def tty_output(self, *args, env=None):
        """Runs digitalcheck with stdout on a pseudo terminal; returns what it printed there."""
        full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        full_env.update(env or {})
        return run_on_terminal(args, "stdout", full_env)[1]

    def test_color_auto_on_a_terminal_respects_no_color(self):
        path = self.write("e.txt", ERROR)
        self.assertIn("\x1b[", self.tty_output("check", "--rules", self.rules, path))
        self.assertNotIn("\x1b[", self.tty_output("check", "--rules", self.rules, path, env={"NO_COLOR": "1"}))
        self.assertNotIn("\x1b[", self.tty_output("check", "--rules", self.rules, path, "--color", "never"))

    # several inputs
    def test_several_files_are_reported_in_order(self):
        a, b = self.write("a.txt", ERROR), self.write("b.txt", WARNING)
        p, doc = run_json("check", "--rules", self.rules, a, b)
        self.assertEqual([d["path"] for d in doc["documents"]], [a, b])
        self.assertEqual(doc["summary"]["documents"], 2)
        self.assertEqual(p.returncode, 1)

    # version and help
    def test_version_and_help(self):
        p = run("--version")
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout, r"^digitalcheck \d+\.\d+\.\d+ \(Regelbasis [\d.]+\)\n$")
        p = run("check", "--help")
        self.assertEqual(p.returncode, 0)
        for option in ("--format", "--output", "--rules", "--fail-on", "--quiet", "--input-format", "--color"):
            self.assertIn(option, p.stdout)
        self.assertIn("Aufruf:", p.stdout)

    def test_usage_errors_exit_2_in_german(self):
        for args in (["check"], [], ["check", "--bogus", "x"], ["rules"], ["explain"], ["frobnicate"]):
            with self.subTest(args=args):
                p = run(*args)
                self.assertEqual(p.returncode, 2)
                self.assertIn("digitalcheck: Aufruffehler:", p.stderr)

    def test_input_is_never_modified(self):
        content = ("Titel\r\n\r\n" + ERROR.replace("\n", "\r\n")).encode("utf-8")
        path = self.write("crlf.txt", content, "wb")
        before = os.stat(path)
        self.check(path, "-o", os.path.join(self.tmp, "r.txt"))
        with open(path, "rb") as f:
            self.assertEqual(f.read(), content)
        self.assertEqual(os.stat(path).st_mtime_ns, before.st_mtime_ns)

    def test_example_draft_runs_from_any_directory_with_the_embedded_rules(self):
        p = run("check", source_path("examples", "entwurf-antragsverfahren.md"), cwd=self.tmp)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("SF-001", p.stdout)


if __name__ == "__main__":
    unittest.main()
