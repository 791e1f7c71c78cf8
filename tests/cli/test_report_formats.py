"""End-to-end: the machine-readable formats (ndjson, csv, junit, sarif) and several reports from one run."""
import csv
import io
import json
import os
import subprocess
import unittest
import xml.etree.ElementTree as ET

import jsonschema

from dc import BINARY, TempDirTestCase, run, source_path

# Report tests pin the first rule base so that their figures do not move when rules/ grows.
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-v1")

EXAMPLE = source_path("examples", "entwurf-antragsverfahren.md")
SARIF_SCHEMA = source_path("tests", "data", "sarif-schema-2.1.0.json")


class Formats(TempDirTestCase):
    def check(self, fmt, *extra, path=EXAMPLE):
        p = run("check", path, "--format", fmt, *extra)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return p.stdout

    def test_ndjson_one_document_record_per_line(self):
        other = self.write("b.md", "# G\n\n## § 1 A\n\nDer Antrag bedarf der Schriftform.\n")
        p = run("check", EXAMPLE, other, "--format", "ndjson", "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = p.stdout.splitlines()
        self.assertEqual(len(lines), 2)
        recs = [json.loads(line) for line in lines]
        self.assertEqual([r["path"] for r in recs], [EXAMPLE, other])
        self.assertEqual(recs[0]["score"]["value"], 63)
        self.assertEqual(recs[1]["score"]["value"], 85)
        self.assertEqual(len(recs[0]["findings"]), 5)
        # The same record as in the json format's "documents".
        j = json.loads(run("check", EXAMPLE, other, "--format", "json", "--fail-on", "none").stdout)
        self.assertEqual(j["documents"], recs)

    def test_ndjson_records_unreadable_inputs(self):
        p = run("check", EXAMPLE, self.tmp + "/fehlt.md", "--format", "ndjson")
        self.assertEqual(p.returncode, 2)
        recs = [json.loads(line) for line in p.stdout.splitlines()]
        self.assertEqual(recs[1]["path"], self.tmp + "/fehlt.md")
        self.assertIn("message", recs[1]["error"])

    def test_csv_one_row_per_finding_rfc4180(self):
        # A path with a comma and a quote must be quoted with the quote doubled.
        path = self.write('a,"b".md', "# G\n\n## § 4 X\n\n(2) Der Antrag ist schriftlich zu stellen.\n")
        raw = subprocess.run([BINARY, "check", EXAMPLE, path, "--format", "csv"], capture_output=True).stdout
        out = raw.decode("utf-8")
        self.assertEqual(out.count("\r\n"), out.count("\n"))  # CRLF line ends
        self.assertEqual(out.count("\r\n"), 7)
        self.assertIn('"' + path.replace('"', '""') + '"', out)
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual(list(rows[0].keys()), ["path", "citation", "rule", "category", "principle", "severity",
                                                "status", "match", "line", "column"])
        self.assertEqual(len(rows), 6)
        self.assertEqual(rows[0], {"path": EXAMPLE, "citation": "§ 2 Abs. 1 Satz 1", "rule": "SF-001",
                                   "category": "schriftform", "principle": "P1", "severity": "warning",
                                   "status": "open", "match": "schriftlich bei der Bewilligungsbehörde zu beantragen",
                                   "line": "11", "column": "23"})
        self.assertEqual(rows[2]["status"], "mitigated")
        self.assertEqual((rows[5]["path"], rows[5]["citation"], rows[5]["line"]), (path, "§ 4 Abs. 2 Satz 1", "5"))

    def test_junit_suite_per_document_case_per_provision_failure_per_finding_over_gate(self):
        root = ET.fromstring(self.check("junit"))
        self.assertEqual(root.tag, "testsuites")
        suites = root.findall("testsuite")
        self.assertEqual(len(suites), 1)
        s = suites[0]
        self.assertEqual(s.get("name"), EXAMPLE)
        props = {p.get("name"): p.get("value") for p in s.find("properties")}
        self.assertEqual((props["score"], props["grade"], props["open.error"]), ("63", "C", "2"))
        self.assertEqual((props["provisions"], props["mitigated"], props["open.P1"], props["score.P1"]), ("3", "1", "4", "63"))
        cases = s.findall("testcase")
        self.assertEqual([c.get("name") for c in cases], ["§ 1 Zweck", "§ 2 Antrag", "§ 3 Bescheid"])
        # Gate "error" (default): only the two open errors fail.
        self.assertEqual([[f.get("type") for f in c.findall("failure")] for c in cases], [[], ["US-001"], ["SF-002"]])
        self.assertEqual((s.get("tests"), s.get("failures")), ("3", "2"))
        self.assertIn("Schriftformerfordernis (offen)", cases[1].find("system-out").text)
        # Gate "warning": the open warnings fail too, the mitigated one does not.
        cases = ET.fromstring(self.check("junit", "--fail-on", "warning")).findall("testsuite/testcase")
        self.assertEqual([sorted(f.get("type") for f in c.findall("failure")) for c in cases],
                         [[], ["SF-001", "US-001"], ["SF-001", "SF-002"]])
        # No gate: no failures.
        self.assertEqual(ET.fromstring(self.check("junit", "--fail-on", "none")).findall(".//failure"), [])

    def test_junit_escapes_input_text(self):
        path = self.write("x&<y>.md", "# G\n\n## § 1 <b>&\"\n\nDer Antrag ist schriftlich zu stellen.\n")
        root = ET.fromstring(self.check("junit", "--fail-on", "warning", path=path))
        case = root.find("testsuite/testcase")
        self.assertEqual(case.get("classname"), path)
        self.assertEqual(case.get("name"), '§ 1 <b>&"')

    def sarif(self, *args):
        p = run("check", *args, "--format", "sarif", cwd=source_path())
        self.assertIn(p.returncode, (0, 1, 2), p.stderr)
        doc = json.loads(p.stdout)
        with open(SARIF_SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(doc, json.load(f))
        return doc

    def test_sarif_validates_and_has_rules_results_locations_fingerprints(self):
        doc = self.sarif("examples/entwurf-antragsverfahren.md")
        self.assertEqual(doc["version"], "2.1.0")
        r = doc["runs"][0]
        self.assertEqual(r["columnKind"], "unicodeCodePoints")
        rules = r["tool"]["driver"]["rules"]
        listed = run("rules", "list").stdout
        self.assertGreaterEqual(len(rules), 3)
        for rule in rules:
            self.assertIn(rule["id"], listed)
            for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
                self.assertIn(key, rule)
            self.assertTrue(rule["help"]["text"].strip())
            self.assertIn(rule["defaultConfiguration"]["level"], ("error", "warning", "note"))
        sf002 = next(x for x in rules if x["id"] == "SF-002")
        self.assertEqual(sf002["defaultConfiguration"]["level"], "error")
        self.assertIn("Vorschlag:", sf002["help"]["text"])
        # The mitigated finding is no problem: 4 results of 5 findings.
        res = r["results"]
        self.assertEqual([x["ruleId"] for x in res], ["SF-001", "US-001", "SF-001", "SF-002"])
        first = res[0]
        self.assertEqual(rules[first["ruleIndex"]]["id"], "SF-001")
        self.assertEqual(first["level"], "warning")
        self.assertIn("§ 2 Abs. 1 Satz 1", first["message"]["text"])
        locs = first["locations"]
        self.assertEqual(len(locs), 1)
        phys = locs[0]["physicalLocation"]
        self.assertEqual(phys["artifactLocation"]["uri"], "examples/entwurf-antragsverfahren.md")
        self.assertEqual(phys["region"], {"startLine": 11, "startColumn": 23, "endLine": 11, "endColumn": 76})
        # endColumn is exclusive: the region covers exactly the match in the source line.
        with open(EXAMPLE, encoding="utf-8") as f:
            line = f.read().splitlines()[10]
        self.assertEqual(line[22:75], "schriftlich bei der Bewilligungsbehörde zu beantragen")
        self.assertEqual(res[3]["level"], "error")
        # The score and its inputs travel with the artifact.
        art = r["artifacts"][0]["properties"]
        self.assertEqual((art["score"]["value"], art["score"]["grade"], art["score"]["provisions"]), (63, "C", 3))
        self.assertEqual(art["principles"]["P1"]["open"], {"error": 2, "warning": 2, "info": 0})
        fps = [x["partialFingerprints"]["digitalcheckFingerprint/v1"] for x in res]
        self.assertEqual(len(set(fps)), 4)

    def test_sarif_uri_relative_for_absolute_path_inside_working_dir(self):
        doc = self.sarif(EXAMPLE if os.path.isabs(EXAMPLE) else os.path.abspath(EXAMPLE))
        uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        self.assertEqual(uri, "examples/entwurf-antragsverfahren.md")

    def test_sarif_outside_path_is_file_uri_and_errors_are_notifications(self):
        path = self.write("ein entwurf.md", "Der Antrag ist schriftlich zu stellen.\n")
        doc = self.sarif(path, self.tmp + "/fehlt.md")
        r = doc["runs"][0]
        uri = r["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        self.assertTrue(uri.startswith("file:///"), uri)
        self.assertTrue(uri.endswith("/ein%20entwurf.md"), uri)
        inv = r["invocations"][0]
        self.assertFalse(inv["executionSuccessful"])
        self.assertIn("fehlt.md", inv["toolExecutionNotifications"][0]["message"]["text"])


class SeveralReports(TempDirTestCase):
    def test_report_option_writes_every_format_from_one_run(self):
        sarif, html, csvf = (os.path.join(self.tmp, n) for n in ("out.sarif", "out.html", "out.csv"))
        p = run("check", EXAMPLE, "--report", "sarif=" + sarif, "--report", "html=" + html, "--report", "csv=" + csvf,
                "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("63/100, Note C", p.stdout)  # the main output is still text on stdout
        with open(sarif, encoding="utf-8") as f:
            self.assertEqual(len(json.load(f)["runs"][0]["results"]), 4)
        with open(html, encoding="utf-8") as f:
            self.assertIn("<!DOCTYPE html>", f.read())
        with open(csvf, encoding="utf-8", newline="") as f:
            self.assertEqual(len(list(csv.reader(f))), 6)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out.csv", "out.html", "out.sarif"])  # no temporary files

    def test_bad_report_spec_is_error_2_and_writes_nothing(self):
        out = os.path.join(self.tmp, "out.sarif")
        for spec in ("pdf=x.pdf", "sarif", "=x", "sarif="):
            p = run("check", EXAMPLE, "--report", "sarif=" + out, "--report", spec)
            self.assertEqual(p.returncode, 2, spec)
            self.assertIn("--report", p.stderr)
        self.assertEqual(os.listdir(self.tmp), [])

    def test_report_onto_an_input_is_refused(self):
        path = self.write("entwurf.md", "Der Antrag ist schriftlich zu stellen.\n")
        p = run("check", path, "--report", "json=" + path)
        self.assertEqual(p.returncode, 2)
        self.assertIn("Eingabedatei", p.stderr)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), "Der Antrag ist schriftlich zu stellen.\n")

    def test_unwritable_report_is_error_2_and_leaves_no_file(self):
        out = os.path.join(self.tmp, "fehlt", "out.sarif")
        p = run("check", EXAMPLE, "--report", "sarif=" + out)
        self.assertEqual(p.returncode, 2)
        self.assertIn(out, p.stderr)
        self.assertEqual(os.listdir(self.tmp), [])


if __name__ == "__main__":
    unittest.main()
