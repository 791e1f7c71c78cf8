"""Corpus: every report format over a spread of real statutes (federal GII XML and Saxon Markdown).

Checks that SARIF and JSON validate, that every finding is highlighted in the HTML at the words it matched, and
that the scores agree across formats. Labelled `corpus` in ctest; skips cleanly without the corpus.
"""
import csv
import html.parser
import json
import os
import re
import unittest
import xml.etree.ElementTree as ET

import jsonschema

from dc import TempDirTestCase, corpus_dir, run, source_path



class Marks(html.parser.HTMLParser):
    """Collects the text of every highlight <a class="hl ..." id="dN-mI">, by id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks, self.stack = {}, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "hl" in a.get("class", "").split() and "marker" not in a.get("class", ""):
            self.stack.append(a.get("id"))
            if a.get("id"):
                self.marks[a["id"]] = ""
        else:
            self.stack.append(None)

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for mid in self.stack:
            if mid:
                self.marks[mid] += data


def squash(s):
    return re.sub(r"\s+", " ", s.replace("-\n", "").replace("\u00ad", "")).strip()


CORPUS = corpus_dir()


@unittest.skipUnless(CORPUS, "corpus not available")
class ReportsOnCorpus(TempDirTestCase):
    def sample(self):
        bund = sorted(f for f in os.listdir(os.path.join(CORPUS, "bund")) if f.endswith(".xml"))
        sachsen = sorted(f for f in os.listdir(os.path.join(CORPUS, "sachsen")) if f.endswith(".md"))
        picks = [os.path.join(CORPUS, "bund", f) for f in bund[::150]]
        picks += [os.path.join(CORPUS, "bund", f) for f in ("vwvfg.xml", "bgb.xml", "ao_1977.xml") if f in bund]
        picks += [os.path.join(CORPUS, "sachsen", f) for f in sachsen[::120]]
        return picks

    def test_all_formats_agree_and_validate(self):
        paths = self.sample()
        out = {f: os.path.join(self.tmp, "r." + f) for f in ("json", "sarif", "html", "junit", "csv", "ndjson")}
        args = ["check", *paths, "--fail-on", "warning", "--quiet", "-f", "text", "-o", os.path.join(self.tmp, "r.txt")]
        for f, p in out.items():
            args += ["--report", f + "=" + p]
        p = run(*args)
        self.assertIn(p.returncode, (0, 1), p.stderr[-2000:])
        with open(out["json"], encoding="utf-8") as f:
            doc = json.load(f)
        with open(source_path("docs", "digitalcheck-report.schema.json"), encoding="utf-8") as f:
            jsonschema.validate(doc, json.load(f))
        with open(out["sarif"], encoding="utf-8") as f:
            sarif = json.load(f)
        with open(source_path("tests", "data", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
            jsonschema.validate(sarif, json.load(f))
        docs = doc["documents"]
        self.assertEqual(len(docs), len(paths))
        findings = sum(len(d["findings"]) for d in docs)
        self.assertGreater(findings, 20)

        # HTML: every finding highlighted exactly once as a start mark, over the words it matched.
        with open(out["html"], encoding="utf-8") as f:
            parser = Marks()
            parser.feed(f.read())
        missing, wrong = [], []
        for n, d in enumerate(docs):
            for i, fd in enumerate(d["findings"]):
                mid = "d%d-m%d" % (n, i)
                if mid not in parser.marks:
                    missing.append((d["path"], fd["rule_id"], fd["match"]))
                # A mark's text can be shorter when findings overlap (it is cut at the other's boundary).
                elif not squash(fd["match"]).startswith(squash(parser.marks[mid])) or not parser.marks[mid].strip():
                    wrong.append((d["path"], fd["match"], parser.marks[mid]))
        self.assertEqual(missing, [])
        self.assertEqual(wrong, [])

        # The scores agree across formats.
        with open(out["ndjson"], encoding="utf-8") as f:
            self.assertEqual([json.loads(x) for x in f], docs)
        suites = ET.parse(out["junit"]).getroot().findall("testsuite")
        for s, d in zip(suites, docs):
            props = {p.get("name"): p.get("value") for p in s.find("properties")}
            self.assertEqual(int(props["score"]), d["score"]["value"])
            self.assertEqual(len(s.findall("testcase")), len(d["provisions"]))
            over = sum(1 for fd in d["findings"] if fd["status"] == "open" and fd["severity"] in ("warning", "error"))
            self.assertEqual(len(s.findall(".//failure")), over)
        with open(out["csv"], encoding="utf-8", newline="") as f:
            self.assertEqual(len(list(csv.DictReader(f))), findings)
        self.assertEqual(len(sarif["runs"][0]["results"]),
                         sum(1 for d in docs for fd in d["findings"] if fd["status"] != "mitigated"))


if __name__ == "__main__":
    unittest.main()
