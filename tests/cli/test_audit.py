"""End-to-end: digitalcheck audit and summarize (order, shards, merge, errors, interrupts, progress)."""
import json
import os
import signal
import subprocess
import time
import unittest

import jsonschema

from dc import BINARY, TempDirTestCase, run, run_on_terminal, source_path

with open(source_path("docs", "digitalcheck-report.schema.json"), encoding="utf-8") as _f:
    SCHEMA = json.load(_f)
DOCUMENT_SCHEMA = {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/document"}

OBSTACLES = [
    "Der Antrag ist schriftlich bei der Behörde zu stellen.",
    "Die Kündigung bedarf der Schriftform.",
    "Die Erklärung ist eigenhändig zu unterschreiben.",
    "Der Antrag ist schriftlich oder elektronisch zu stellen.",
    "Die elektronische Form ist ausgeschlossen.",
]
NEUTRAL = "Die Behörde entscheidet innerhalb von drei Monaten über den Antrag."


def law_text(i):
    """A small made-up statute; law i has a varying number of obstacles (some none)."""
    paras = [f"# Gesetz Nummer {i}", "", f"## § 1 Zweck", "", NEUTRAL]
    for k in range(i % 6):
        paras += ["", f"## § {k + 2} Verfahren", "", f"({k + 1}) " + OBSTACLES[(i + k) % len(OBSTACLES)] + " " + NEUTRAL]
    return "\n".join(paras) + "\n"


def parse_lines(text):
    return [json.loads(line) for line in text.splitlines()]


class AuditCase(TempDirTestCase):
    def make_corpus(self, n=40):
        root = os.path.join(self.tmp, "recht")
        for i in range(n):
            sub = ["", "land/", "land/vwv/"][i % 3]
            ext = ".md" if i % 4 else ".txt"
            self.write(f"recht/{sub}gesetz_{i:03d}{ext}", law_text(i))
        self.write("recht/INDEX.tsv", "not an input\n")
        return root


class AuditRecords(AuditCase):
    def test_one_record_per_document_in_sorted_order_identical_for_any_jobs(self):
        root = self.make_corpus()
        outputs = {}
        for jobs in ("1", "2", "3", "8"):
            p = run("audit", root, "--jobs", jobs)
            self.assertEqual(p.returncode, 0, p.stderr)
            outputs[jobs] = p.stdout
        self.assertEqual(len(set(outputs.values())), 1, "output differs between --jobs values")
        records = parse_lines(outputs["1"])
        self.assertEqual(len(records), 40)  # INDEX.tsv is not an input format
        paths = [r["path"] for r in records]
        self.assertEqual(paths, sorted(paths))
        by_name = {os.path.basename(r["path"]): r for r in records}
        for rec in records:
            jsonschema.validate(rec, DOCUMENT_SCHEMA)
        r = by_name["gesetz_005.md"]
        self.assertEqual(r["title"], "Gesetz Nummer 5")
        self.assertEqual(r["counts"]["open"] + r["counts"]["mitigated"], len(r["findings"]))
        self.assertGreater(len(r["findings"]), 0)
        for key in ("rule_id", "category", "principle", "status", "match", "line", "citation"):
            self.assertIn(key, r["findings"][0])
        self.assertEqual(by_name["gesetz_000.txt"]["findings"], [])

    def test_record_equals_the_document_of_check_json(self):
        root = self.make_corpus(6)
        path = os.path.join(root, "land", "vwv", "gesetz_005.md")
        audit = parse_lines(run("audit", path).stdout)[0]
        check = json.loads(run("check", path, "--format", "json", "--fail-on", "none").stdout)["documents"][0]
        self.assertEqual(audit, check)

    def test_include_exclude(self):
        root = self.make_corpus(12)
        p = run("audit", root, "--include", "*.md", "--exclude", "**/vwv/**", "--exclude", "gesetz_01*")
        names = sorted(os.path.relpath(r["path"], root) for r in parse_lines(p.stdout))
        self.assertEqual(names, ["gesetz_003.md", "gesetz_006.md", "gesetz_009.md", "land/gesetz_001.md", "land/gesetz_007.md"])

    def test_shards_add_up_to_the_whole_run(self):
        root = self.make_corpus(31)
        whole = run("audit", root).stdout
        for n in (1, 2, 3, 7):
            parts = [run("audit", root, "--shard", f"{k}/{n}", "--jobs", "2") for k in range(1, n + 1)]
            for p in parts:
                self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual("".join(p.stdout for p in parts), whole, f"{n} shards")

    def test_bad_shard_is_a_usage_error(self):
        root = self.make_corpus(2)
        for bad in ("0/2", "3/2", "x"):
            p = run("audit", root, "--shard", bad)
            self.assertEqual(p.returncode, 2)
            self.assertIn("--shard", p.stderr)
            self.assertEqual(p.stdout, "")

    def test_json_format_is_one_document_with_summary(self):
        root = self.make_corpus(9)
        self.write("recht/leer.md", "")
        p = run("audit", root, "--format", "json", "--jobs", "2")
        self.assertEqual(p.returncode, 2)
        doc = json.loads(p.stdout)
        self.assertEqual(len(doc["documents"]), 9)
        self.assertEqual(doc["errors"], [{"path": os.path.join(root, "leer.md"), "line": 0, "message": "Datei ist leer"}])
        jsonschema.validate(doc, SCHEMA)  # the same report schema as check --format json
        self.assertEqual(doc["summary"]["documents"], 9)
        self.assertEqual(doc["documents"], parse_lines(run("audit", root, "--exclude", "leer.md").stdout))


class AuditErrors(AuditCase):
    def test_unreadable_documents_become_error_records_and_exit_2_after_everything(self):
        root = self.make_corpus(5)
        self.write("recht/binaer.txt", b"\x00\x01\x02PK\x00", mode="wb")
        self.write("recht/leer.md", "")
        missing = os.path.join(self.tmp, "fehlt.md")
        out = os.path.join(self.tmp, "audit.ndjson")
        p = run("audit", root, missing, "-o", out, "--jobs", "2")
        self.assertEqual(p.returncode, 2)
        self.assertIn("3 von 8 Dokumenten nicht lesbar", p.stderr)
        with open(out, encoding="utf-8") as f:
            records = parse_lines(f.read())
        self.assertEqual(len(records), 8)
        errors = {os.path.basename(r["path"]): r["error"] for r in records if "error" in r}
        self.assertEqual(set(errors), {"binaer.txt", "leer.md", "fehlt.md"})
        self.assertEqual(errors["fehlt.md"], "Datei oder Verzeichnis nicht gefunden")
        self.assertEqual(errors["leer.md"], "Datei ist leer")
        for r in records:
            self.assertTrue(("error" in r) != ("findings" in r), r)

    def test_output_file_is_not_left_half_written_on_usage_error(self):
        out = os.path.join(self.tmp, "x.ndjson")
        p = run("audit", self.tmp, "--rules", os.path.join(self.tmp, "keine-regeln"), "-o", out)
        self.assertEqual(p.returncode, 2)
        self.assertFalse(os.path.exists(out))
        self.assertEqual([f for f in os.listdir(self.tmp) if ".tmp-" in f], [])


class Summaries(AuditCase):
    FORMATS = ("text", "markdown", "csv", "html", "json")

    def test_summarize_of_shards_equals_summary_of_single_run(self):
        root = self.make_corpus(25)
        self.write("recht/leer.md", "")
        shard_files = []
        for k in (1, 2, 3):
            path = os.path.join(self.tmp, f"teil-{k}.ndjson")
            p = run("audit", root, "--shard", f"{k}/3", "-o", path, "--jobs", "2")
            self.assertIn(p.returncode, (0, 2), p.stderr)
            shard_files.append(path)
        for fmt in self.FORMATS:
            direct = run("audit", root, "--format", fmt, "--jobs", "3")
            self.assertEqual(direct.returncode, 2, direct.stderr)  # leer.md
            merged = run("summarize", *shard_files, "--format", fmt)
            self.assertEqual(merged.returncode, 0, merged.stderr)
            if fmt == "json":  # audit's json holds the records too; its "summary" is summarize's json
                self.assertEqual(json.loads(merged.stdout), json.loads(direct.stdout)["summary"])
            else:
                self.assertEqual(merged.stdout, direct.stdout, fmt)

    def test_summary_content(self):
        root = self.make_corpus(12)
        s = json.loads(run("audit", root, "--format", "json").stdout)["summary"]
        records = parse_lines(run("audit", root).stdout)
        self.assertEqual(s["documents"], 12)
        self.assertEqual(s["obstacle_free"], sum(1 for r in records if r["counts"]["open"] == 0))
        self.assertEqual(s["findings"]["open"], sum(r["counts"]["open"] for r in records))
        self.assertEqual(sum(c["open"] for c in s["categories"].values()), s["findings"]["open"])
        opens = [law["counts"]["open"] for law in s["top_by_open"]]
        self.assertEqual(opens, sorted(opens, reverse=True))
        self.assertTrue(any(w["wording"] == "bedarf der schriftform" for w in s["wordings"]))
        text = run("audit", root, "--format", "text").stdout
        self.assertIn("Ohne offene Hindernisse: %d von 12" % s["obstacle_free"], text)
        self.assertIn("schriftform – Schriftform", text)

    def test_summarize_reports_bad_lines_with_file_and_line(self):
        bad = self.write("bad.ndjson", '{"path": "a.md", "findings": []}\nkein json\n')
        p = run("summarize", bad)
        self.assertEqual(p.returncode, 2)
        self.assertIn("bad.ndjson:2:", p.stderr)
        p = run("summarize", self.write("x.ndjson", '{"findings": []}\n'))
        self.assertEqual(p.returncode, 2)
        self.assertIn("x.ndjson:1:", p.stderr)

    def test_summary_to_file_is_written_atomically(self):
        root = self.make_corpus(4)
        out = os.path.join(self.tmp, "bericht.html")
        p = run("audit", root, "--format", "html", "-o", out)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, "")
        with open(out, encoding="utf-8") as f:
            self.assertIn("<svg", f.read())


class Interrupts(AuditCase):
    def big_corpus(self, n=1500):
        body = law_text(5) * 6
        for i in range(n):
            self.write(f"gross/g{i:05d}.md", body)
        return os.path.join(self.tmp, "gross")

    def interrupt(self, args, n=1500):
        """Starts an audit, sends SIGINT once it reads documents, returns (returncode, stdout, stderr)."""
        root = self.big_corpus(n)
        proc = subprocess.Popen([BINARY, "audit", root, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline and proc.poll() is None:  # wait until a few documents were read
            try:
                with open(f"/proc/{proc.pid}/io") as f:
                    rchar = int(next(line for line in f if line.startswith("rchar:")).split()[1])
            except (OSError, StopIteration):
                rchar = 0
            if rchar > 2_000_000:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        return proc.returncode, out.decode("utf-8"), err.decode("utf-8")

    def test_sigint_leaves_complete_ndjson_lines_only(self):
        code, out, err = self.interrupt(["--jobs", "2"])
        self.assertEqual(code, 130, err)
        self.assertIn("abgebrochen", err)
        self.assertTrue(out.endswith("\n"))
        records = parse_lines(out)  # every line parses
        self.assertGreater(len(records), 0)
        self.assertLess(len(records), 1500)
        paths = [r["path"] for r in records]
        self.assertEqual(paths, sorted(paths))
        self.assertTrue(paths[-1].endswith("g%05d.md" % (len(paths) - 1)))  # an unbroken prefix

    def test_sigint_with_output_file_keeps_complete_lines(self):
        out = os.path.join(self.tmp, "teil.ndjson")
        code, _, err = self.interrupt(["--jobs", "2", "-o", out])
        self.assertEqual(code, 130, err)
        with open(out, encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text == "" or text.endswith("\n"))
        parse_lines(text)

    def test_sigint_drops_an_incomplete_summary(self):
        out = os.path.join(self.tmp, "bericht.html")
        code, _, err = self.interrupt(["--format", "html", "-o", out])
        self.assertEqual(code, 130, err)
        self.assertFalse(os.path.exists(out))
        self.assertEqual([f for f in os.listdir(self.tmp) if ".tmp-" in f], [])


class Progress(AuditCase):
    def test_no_progress_when_stderr_is_not_a_terminal(self):
        p = run("audit", self.make_corpus(5))
        self.assertEqual(p.stderr, "")

    def test_progress_bar_on_a_terminal(self):
        root = self.make_corpus(5)
        code, err = run_on_terminal(["audit", root, "-o", os.devnull], "stderr")
        self.assertEqual(code, 0)
        self.assertIn("5/5 Dateien", err)
        self.assertIn("MB/s", err)


class ExportPatterns(TempDirTestCase):
    def test_patterns_one_per_line_and_ripgrep_accepts_them(self):
        p = run("rules", "export-patterns")
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = p.stdout.splitlines()
        self.assertGreater(len(lines), 3)
        self.assertEqual(len(lines), len(set(lines)))
        self.assertFalse(any("\\b" in line for line in lines))
        rg = "/usr/bin/rg"
        if not os.path.exists(rg):
            self.skipTest("ripgrep not installed")
        pats = self.write("patterns.txt", p.stdout)
        text = self.write("t.txt", "Die Kündigung bedarf der Schriftform.\nNichts.\nDer Antrag ist schriftlich zu stellen.\n")
        r = subprocess.run([rg, "-c", "-i", "-f", pats, text], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "2")


if __name__ == "__main__":
    unittest.main()
