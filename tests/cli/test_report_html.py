"""End-to-end: the HTML report, loaded in real headless Chromium (Debian package `chromium`).

Checks what the browser rendered (--dump-dom): highlighted findings in place, scores and SVG bars, and that a draft
full of markup (<script>, onerror=) stays inert text.
"""
import html.parser
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from dc import TempDirTestCase, run, source_path

# Report tests pin the first rule base so that their figures do not move when rules/ grows.
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-v1")

EXAMPLE = source_path("examples", "entwurf-antragsverfahren.md")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

EVIL = """# Entwurf <script>document.title='PWNED'</script>

## § 1 Antrag <img src=x onerror="document.title='PWNED2'">

(1) Der Antrag ist schriftlich zu stellen <script>document.body.setAttribute('data-pwned','1')</script>.

(2) <b onmouseover="alert(1)">fett</b> Die elektronische Form ist ausgeschlossen. <svg onload="alert(2)"></svg>
"""


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def classes(self):
        return self.attrs.get("class", "").split()


class Tree(html.parser.HTMLParser):
    VOID = {"meta", "link", "br", "img", "input", "hr", "rect", "path", "circle", "line", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in self.VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(dom):
    t = Tree()
    t.feed(dom)
    return t.root


def dump_dom(path):
    with tempfile.TemporaryDirectory() as profile:
        p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run",
                            "--user-data-dir=" + profile, "--dump-dom", "file://" + os.path.abspath(path)],
                           capture_output=True, text=True, timeout=120)
    if p.returncode != 0 or "<html" not in p.stdout:
        raise AssertionError("chromium failed: " + p.stderr[-2000:])
    return p.stdout


@unittest.skipUnless(CHROMIUM, "Debian package chromium not installed (.ci/bootstrap test installs it)")
class HtmlInBrowser(TempDirTestCase):
    def render(self, src):
        out = os.path.join(self.tmp, "report.html")
        p = run("check", src, "--report", "html=" + out, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, encoding="utf-8") as f:
            raw = f.read()
        return raw, parse(dump_dom(out))

    def test_findings_highlighted_in_place_with_scores_and_bars(self):
        raw, dom = self.render(EXAMPLE)
        marks = [n for n in dom.iter() if n.tag == "a" and "hl" in n.classes()]
        self.assertEqual([m.text() for m in marks],
                         ["schriftlich bei der Bewilligungsbehörde zu beantragen", "eigenhändig zu unterschreiben",
                          "schriftlich oder elektronisch mitzuteilen", "schriftlichen Bescheid",
                          "elektronische Form ist ausgeschlossen"])
        self.assertEqual([[c for c in m.classes() if c != "hl"] for m in marks],
                         [["sev-warning"], ["sev-error"], ["settled"], ["sev-warning"], ["sev-error"]])
        # In place: the highlight sits inside the paragraph of its provision, amid the surrounding text.
        p = marks[1].parent
        self.assertEqual(p.tag, "p")
        self.assertIn("Der Antrag ist vom\nAntragsteller eigenhändig zu unterschreiben.", p.text())
        section = p
        while section.tag != "section":
            section = section.parent
        self.assertIn("§ 2 Antrag", section.text())
        # Message and suggestion on hover (title), a click leads to the finding's card.
        self.assertIn("Vorschlag:", marks[0].attrs["title"])
        self.assertIn("Die Vorschrift verlangt die Schriftform", marks[0].attrs["title"])
        ids = {n.attrs.get("id"): n for n in dom.iter() if "id" in n.attrs}
        for m in marks:
            card = ids[m.attrs["href"][1:]]
            self.assertIn("card", card.classes())
            self.assertIn(card.attrs["data-rule"], m.attrs["title"])
        # Scores: document, per provision, and one SVG bar per principle.
        big = next(n for n in dom.iter() if "big" in n.classes())
        self.assertEqual(big.attrs["data-score"], "63")
        self.assertIn("C", big.text())
        self.assertEqual([n.attrs["data-score"] for n in dom.iter() if "pscore" in n.classes()], ["100", "45", "45"])
        bars = [n for n in dom.iter() if n.tag == "g" and "bar" in n.classes()]
        self.assertEqual([(b.attrs["data-principle"], b.attrs["data-score"]) for b in bars],
                         [("P1", "63"), ("P2", "100"), ("P3", "100"), ("P4", "100"), ("P5", "100")])
        rects = [n for n in bars[0].iter() if n.tag == "rect"]
        self.assertEqual([r.attrs["width"] for r in rects], ["420", str(420 * 63 // 100)])
        # Navigation: one entry per provision, linking to its section.
        nav = [n for n in dom.iter() if n.tag == "nav"][0]
        links = [n.attrs["href"][1:] for n in nav.iter() if n.tag == "a"]
        self.assertEqual(len(links), 3)
        for target in links:
            self.assertEqual(ids[target].tag, "section")
        # Self-contained: no external resource of any kind.
        self.assertIsNone(re.search(r'(?:src|href)\s*=\s*"(?!#)', raw))
        self.assertNotIn("<link", raw)
        self.assertNotIn("@import", raw)
        self.assertNotIn("url(", raw)

    def test_several_documents_get_a_document_list_and_distinct_ids(self):
        other = self.write("zwei.md", "# Zweites Gesetz\n\n## § 1 Antrag\n\nDer Antrag bedarf der Schriftform.\n")
        out = os.path.join(self.tmp, "both.html")
        p = run("check", EXAMPLE, other, "--report", "html=" + out, "--fail-on", "none")
        self.assertEqual(p.returncode, 0, p.stderr)
        dom = parse(dump_dom(out))
        docs_nav = next(n for n in dom.iter() if n.tag == "nav" and "docs" in n.classes())
        entries = [(a.attrs["href"], a.attrs["data-score"]) for a in docs_nav.iter() if a.tag == "a"]
        self.assertEqual(entries, [("#d0", "63"), ("#d1", "85")])
        ids = [n.attrs["id"] for n in dom.iter() if "id" in n.attrs]
        self.assertEqual(len(ids), len(set(ids)))
        articles = [n for n in dom.iter() if n.tag == "article"]
        self.assertEqual([a.attrs["id"] for a in articles], ["d0", "d1"])
        marks = [n.text() for n in articles[1].iter() if n.tag == "a" and "hl" in n.classes()]
        self.assertEqual(marks, ["bedarf der Schriftform"])

    def test_markup_in_the_draft_renders_as_inert_text(self):
        path = self.write("evil.md", EVIL)
        raw, dom = self.render(path)
        # The scripts did not run: the title is the draft's title as text, the body carries no mark of them.
        title = next(n for n in dom.iter() if n.tag == "title").text()
        self.assertEqual(title, "Digitalcheck: Entwurf <script>document.title='PWNED'</script>")
        body = next(n for n in dom.iter() if n.tag == "body")
        self.assertNotIn("data-pwned", body.attrs)
        # No element came from the input: no script, img, b or svg-with-onload, no event-handler attribute at all.
        self.assertEqual([n for n in dom.iter() if n.tag in ("script", "img", "b", "iframe")], [])
        handlers = [(n.tag, k) for n in dom.iter() for k in n.attrs if k.startswith("on")]
        self.assertEqual(handlers, [])
        svgs = [n for n in dom.iter() if n.tag == "svg"]
        self.assertEqual([s.attrs.get("class") for s in svgs], ["bars"])
        # The markup is visible as text, in place.
        text = body.text()
        self.assertIn("<img src=x onerror=\"document.title='PWNED2'\">", text)
        self.assertIn("<b onmouseover=\"alert(1)\">fett</b>", text)
        self.assertIn("<script>document.body.setAttribute('data-pwned','1')</script>", text)
        # And the findings are still highlighted.
        marks = [n.text() for n in dom.iter() if n.tag == "a" and "hl" in n.classes()]
        self.assertEqual(marks, ["schriftlich zu stellen", "elektronische Form ist ausgeschlossen"])
        # The raw file never contains the input's markup unescaped.
        self.assertNotIn("<script>", raw)
        self.assertNotIn("<img", raw)


if __name__ == "__main__":
    unittest.main()
