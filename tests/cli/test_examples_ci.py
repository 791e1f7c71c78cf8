"""The CI examples (examples/ci/) and the sample config, exercised as far as possible offline: the
commands their steps run are run here against the built binary."""
import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

import yaml

from dc import BINARY, TempDirTestCase, run, run_json, source_path

# Expected findings are those of the first rule base; pinned so the growing rules/ does not move them.
os.environ["DIGITALCHECK_RULES"] = source_path("tests", "fixtures", "rules-v1")

DRAFT = """# Entwurf eines Testgesetzes

## § 1 Antrag

(1) Der Antrag ist schriftlich bei der Behörde zu stellen.

(2) Der Antrag ist eigenhändig zu unterschreiben.
"""

CLEAN = "# Entwurf\n\n## § 1 Antrag\n\nDer Antrag kann formlos gestellt werden.\n"


def report_formats():
    """The --format values the built binary offers (from its help text)."""
    p = run("check", "--help")
    m = re.search(r"--format [A-Z]+:\{([^}]*)\}", p.stdout)
    return m.group(1).split(",") if m else []


class ExampleCase(TempDirTestCase):
    """Runs shell lines in a temporary drafts repository with `digitalcheck` on PATH."""

    def setUp(self):
        super().setUp()
        self.bin = os.path.join(self.tmp, "bin")
        os.makedirs(self.bin)
        os.symlink(os.path.abspath(BINARY), os.path.join(self.bin, "digitalcheck"))
        self.repo = os.path.join(self.tmp, "repo")
        os.makedirs(os.path.join(self.repo, "entwuerfe"))

    def sh(self, line, env=None):
        full = dict(os.environ)
        full["PATH"] = self.bin + os.pathsep + full["PATH"]
        full.update(env or {})
        return subprocess.run(["sh", "-c", line], cwd=self.repo, env=full, capture_output=True, text=True, timeout=120)

    def require_format(self, fmt):
        if fmt not in report_formats():
            self.skipTest(f"format {fmt} not yet in this build (issue 5)")


class GitHubActions(ExampleCase):
    def load(self):
        with open(source_path("examples", "ci", "github-actions.yml"), encoding="utf-8") as f:
            return yaml.safe_load(f)

    def check_steps(self, wf):
        steps = wf["jobs"]["digitalcheck"]["steps"]
        return [s for s in steps if "run" in s and s["run"].lstrip().startswith("digitalcheck ")]

    def test_workflow_shape(self):
        wf = self.load()
        job = wf["jobs"]["digitalcheck"]
        self.assertEqual(job["permissions"]["security-events"], "write")
        uses = [s.get("uses", "") for s in job["steps"]]
        self.assertTrue(any(u.startswith("actions/checkout@") for u in uses))
        upload = [s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
        self.assertEqual(len(upload), 1)
        self.assertIn("always()", upload[0]["if"])
        sarif_file = upload[0]["with"]["sarif_file"]
        self.assertTrue(any(f"-o {sarif_file}" in s["run"] for s in self.check_steps(wf)))
        build = [s for s in job["steps"] if "bootstrap" in s.get("run", "")][0]["run"]
        self.assertIn(".ci/bootstrap example", build)
        self.assertIn("cmake --install", build)
        self.assertTrue(os.path.exists(source_path(".ci", "bootstrap")))

    def test_check_steps_run_against_the_built_binary(self):
        wf = self.load()
        env = {k: str(v) for k, v in wf["env"].items()}
        steps = self.check_steps(wf)
        self.assertEqual(len(steps), 2)
        for s in steps:
            for fmt in re.findall(r"--format (\w+)", s["run"]):
                self.require_format(fmt)
        drafts = os.path.join(self.repo, env["DRAFTS"])
        with open(os.path.join(drafts, "clean.md"), "w", encoding="utf-8") as f:
            f.write(CLEAN)
        p = self.sh(steps[0]["run"], env)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(self.repo, "digitalcheck.sarif"), encoding="utf-8") as f:
            sarif = json.load(f)
        self.assertEqual(sarif["version"], "2.1.0")
        self.assertEqual(sarif["runs"][0]["results"], [])

        with open(os.path.join(drafts, "antrag.md"), "w", encoding="utf-8") as f:
            f.write(DRAFT)
        p = self.sh(steps[0]["run"], env)
        self.assertEqual(p.returncode, 1, p.stderr)  # US-001 is an error: the job fails ...
        with open(os.path.join(self.repo, "digitalcheck.sarif"), encoding="utf-8") as f:
            sarif = json.load(f)  # ... and the SARIF to upload is there
        rules = sorted(r["ruleId"] for r in sarif["runs"][0]["results"])
        self.assertEqual(rules, ["SF-001", "US-001"])

        p = self.sh(steps[1]["run"], env)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(self.repo, "digitalcheck.json"), encoding="utf-8") as f:
            self.assertEqual(len(json.load(f)["documents"]), 2)

    def test_repository_config_and_justification_make_the_job_pass(self):
        wf = self.load()
        env = {k: str(v) for k, v in wf["env"].items()}
        step = self.check_steps(wf)[0]
        for fmt in re.findall(r"--format (\w+)", step["run"]):
            self.require_format(fmt)
        with open(os.path.join(self.repo, "entwuerfe", "antrag.md"), "w", encoding="utf-8") as f:
            f.write(DRAFT)
        with open(os.path.join(self.repo, ".digitalcheck.yaml"), "w", encoding="utf-8") as f:
            f.write('justifications:\n  - rule: US-001\n    where: "§ 1 Abs. 2"\n    reason: Warnfunktion.\n')
        p = self.sh(step["run"], env)
        self.assertEqual(p.returncode, 0, p.stderr)


class GitLab(ExampleCase):
    def test_job_writes_a_junit_report_and_fails_on_open_obstacles(self):
        with open(source_path("examples", "ci", "gitlab-ci.yml"), encoding="utf-8") as f:
            ci = yaml.safe_load(f)
        job = ci["digitalcheck"]
        report = job["artifacts"]["reports"]["junit"]
        self.assertEqual(job["artifacts"]["when"], "always")
        self.assertTrue(any(".ci/bootstrap example" in l for l in job["before_script"]))
        script = job["script"]
        self.assertTrue(all(l.startswith("digitalcheck ") for l in script))
        for line in script:
            for fmt in re.findall(r"--format (\w+)", line):
                self.require_format(fmt)
        env = {k: str(v) for k, v in ci["variables"].items()}
        with open(os.path.join(self.repo, "entwuerfe", "antrag.md"), "w", encoding="utf-8") as f:
            f.write(DRAFT)
        p = self.sh(" && ".join(script), env)
        self.assertEqual(p.returncode, 1, p.stderr)
        with open(os.path.join(self.repo, report), encoding="utf-8") as f:
            xml = f.read()
        self.assertIn("<testsuite", xml)
        self.assertIn("US-001", xml)
        self.assertIn("<failure", xml)


class PreCommit(ExampleCase):
    def git(self, *args):
        p = subprocess.run(["git", *args], cwd=self.repo, capture_output=True, text=True,
                           env={**os.environ, "PATH": self.bin + os.pathsep + os.environ["PATH"],
                                "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
                                "HOME": self.tmp})
        return p

    def setUp(self):
        super().setUp()
        if not shutil.which("git"):
            self.skipTest("git not installed")
        self.assertEqual(self.git("init", "-q").returncode, 0)
        hook = os.path.join(self.repo, ".git", "hooks", "pre-commit")
        shutil.copy(source_path("examples", "ci", "pre-commit"), hook)
        os.chmod(hook, 0o755)

    def test_hook_refuses_a_draft_over_the_gate_and_accepts_it_once_justified(self):
        with open(os.path.join(self.repo, "entwuerfe", "mein antrag.md"), "w", encoding="utf-8") as f:
            f.write(DRAFT)  # a space in the name: the hook must pass names safely
        with open(os.path.join(self.repo, "notizen.csv"), "w", encoding="utf-8") as f:
            f.write("kein Entwurf\n")
        self.git("add", ".")
        p = self.git("commit", "-q", "-m", "Entwurf")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("US-001", p.stdout + p.stderr)
        self.assertIn("Commit abgelehnt", p.stderr)

        with open(os.path.join(self.repo, ".digitalcheck.yaml"), "w", encoding="utf-8") as f:
            f.write('justifications:\n  - rule: US-001\n    where: "§ 1 Abs. 2"\n    reason: Warnfunktion.\n')
        self.git("add", ".")
        p = self.git("commit", "-q", "-m", "Entwurf mit Begründung")
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_hook_ignores_commits_without_drafts(self):
        with open(os.path.join(self.repo, "notizen.csv"), "w", encoding="utf-8") as f:
            f.write("kein Entwurf\n")
        self.git("add", ".")
        p = self.git("commit", "-q", "-m", "nur Notizen")
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_pre_commit_framework_entry(self):
        with open(source_path("examples", "ci", "pre-commit-config.yaml"), encoding="utf-8") as f:
            cfg = yaml.safe_load(f)
        hook = cfg["repos"][0]["hooks"][0]
        self.assertEqual(hook["language"], "system")
        files = re.compile(hook["files"])
        names = ["entwuerfe/a.md", "b.txt", "c.docx", "d.csv", "e.pdf"]
        selected = [n for n in names if files.search(n)]
        self.assertEqual(selected, ["entwuerfe/a.md", "b.txt", "c.docx"])
        with open(os.path.join(self.repo, "entwuerfe", "a.md"), "w", encoding="utf-8") as f:
            f.write(DRAFT)
        with open(os.path.join(self.repo, "b.txt"), "w", encoding="utf-8") as f:
            f.write(CLEAN)
        # pre-commit runs: entry + the selected file names.
        p = self.sh(hook["entry"] + " entwuerfe/a.md b.txt")
        self.assertEqual(p.returncode, 1, p.stderr)
        p = self.sh(hook["entry"] + " b.txt")
        self.assertEqual(p.returncode, 0, p.stderr)


class SampleConfig(unittest.TestCase):
    def test_sample_config_applies_to_the_example_draft(self):
        cfg = source_path("examples", ".digitalcheck.yaml")
        draft = source_path("examples", "entwurf-antragsverfahren.md")
        p, doc = run_json("check", draft, "--config", cfg)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        self.assertEqual(doc["config"], cfg)
        fs = {(f["rule_id"], f["citation"]): f for f in doc["documents"][0]["findings"]}
        self.assertEqual(fs[("US-001", "§ 2 Abs. 1 Satz 2")]["status"], "justified")
        self.assertEqual(fs[("SF-001", "§ 2 Abs. 1 Satz 1")]["status"], "justified")
        self.assertEqual(fs[("SF-001", "§ 3 Abs. 1 Satz 1")]["severity"], "error")  # severity: schriftform: error
        self.assertEqual(fs[("SF-002", "§ 3 Abs. 2 Satz 1")]["status"], "open")
        self.assertEqual(p.returncode, 1)  # SF-002 stays open: the example's gate fails on it
        self.assertEqual(doc["stale_justifications"], [])

    def test_configs_validate_against_the_json_schema(self):
        import jsonschema
        with open(source_path("docs", "config.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        texts = {}
        with open(source_path("examples", ".digitalcheck.yaml"), encoding="utf-8") as f:
            texts["examples/.digitalcheck.yaml"] = f.read()
        with tempfile.TemporaryDirectory() as d:
            self.assertEqual(run("init", d).returncode, 0)
            with open(os.path.join(d, ".digitalcheck.yaml"), encoding="utf-8") as f:
                texts["init"] = f.read()

        def stringify_dates(node):
            if isinstance(node, dict):
                return {k: stringify_dates(v) for k, v in node.items()}
            if isinstance(node, list):
                return [stringify_dates(v) for v in node]
            return node.isoformat() if hasattr(node, "isoformat") else node

        for name, text in texts.items():
            jsonschema.validate(stringify_dates(yaml.safe_load(text)), schema)
        bad = yaml.safe_load("gate:\n  fail_on: fatal\n")
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


if __name__ == "__main__":
    unittest.main()
