"""The HTML summary of an audit rendered in headless Chromium: charts laid out, numbers shown, self-contained."""
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from dc import TempDirTestCase, run
from test_audit import law_text

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Appended to a copy of the report (the report itself has no scripts): measures what the browser laid out.
PROBE = """
<script>
const charts = {};
for (const svg of document.querySelectorAll('svg.chart')) {
  const bars = [...svg.querySelectorAll('rect')].map(r => r.getBBox().width * r.getBBox().height);
  charts[svg.id] = {width: svg.getBoundingClientRect().width, bars: bars.length,
                    painted: bars.filter(a => a > 0).length, texts: svg.querySelectorAll('text').length};
}
const out = document.createElement('pre');
out.id = 'probe';
out.textContent = JSON.stringify({charts, title: document.title,
  documents: document.querySelector('#kpi-documents b').textContent,
  open: document.querySelector('#kpi-open b').textContent,
  free: document.querySelector('#kpi-free b').textContent,
  resources: performance.getEntriesByType('resource').length});
document.body.appendChild(out);
</script>
"""


@unittest.skipUnless(CHROMIUM, "chromium not installed (see .ci/bootstrap test packages)")
class HtmlSummaryInChromium(TempDirTestCase):
    def render(self, html_path):
        with open(html_path, encoding="utf-8") as f:
            html = f.read()
        probe_path = os.path.join(self.tmp, "probe.html")
        with open(probe_path, "w", encoding="utf-8") as f:
            f.write(html.replace("</body>", PROBE + "</body>"))
        profile = tempfile.mkdtemp(dir=self.tmp)
        p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run",
                            f"--user-data-dir={profile}", "--dump-dom", "file://" + probe_path],
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr[-2000:])
        m = re.search(r'<pre id="probe">(.*?)</pre>', p.stdout, re.S)
        self.assertIsNotNone(m, "probe script did not run: " + p.stdout[-2000:])
        return json.loads(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"'))

    def test_audit_html_summary_renders_histogram_categories_and_top_laws(self):
        for i in range(30):
            self.write(f"recht/gesetz_{i:03d}.md", law_text(i))
        out = os.path.join(self.tmp, "bericht.html")
        p = run("audit", os.path.join(self.tmp, "recht"), "--format", "html", "-o", out, "--top", "10")
        self.assertEqual(p.returncode, 0, p.stderr)
        summary = json.loads(run("audit", os.path.join(self.tmp, "recht"), "--format", "json", "--top", "10").stdout)["summary"]

        probe = self.render(out)
        charts = probe["charts"]
        self.assertEqual(set(charts), {"score-histogram", "category-totals", "top-laws"})
        for name, c in charts.items():
            self.assertGreater(c["width"], 100, name)
            self.assertGreater(c["painted"], 0, name)
        self.assertEqual(charts["score-histogram"]["bars"], 10)  # ten score buckets
        self.assertEqual(charts["score-histogram"]["painted"], sum(1 for n in summary["score_histogram"] if n))
        self.assertEqual(charts["top-laws"]["bars"], len(summary["top_by_open"]))
        self.assertEqual(charts["top-laws"]["bars"], 10)
        self.assertGreaterEqual(charts["category-totals"]["bars"], len(summary["categories"]))
        self.assertEqual(probe["documents"], "30")
        self.assertEqual(probe["open"], str(summary["findings"]["open"]))
        self.assertIn("%", probe["free"])
        self.assertEqual(probe["resources"], 0)  # one self-contained file: nothing else loaded
        self.assertEqual(probe["title"], "Digitalcheck: Prüfung des Normbestands")

    def test_empty_audit_renders_without_charts(self):
        self.write("leer/nichts.md", "Die Behörde entscheidet.\n")
        out = os.path.join(self.tmp, "b.html")
        self.assertEqual(run("audit", os.path.join(self.tmp, "leer"), "--format", "html", "-o", out).returncode, 0)
        probe = self.render(out)
        self.assertEqual(set(probe["charts"]), {"score-histogram"})
        self.assertEqual(probe["open"], "0")


if __name__ == "__main__":
    unittest.main()
