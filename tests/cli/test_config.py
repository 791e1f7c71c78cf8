"""End-to-end: .digitalcheck.yaml discovery, every config key, config errors, init."""
import json
import os
import unittest

from dc import TempDirTestCase, run, run_json

DRAFT = """# Entwurf eines Testgesetzes

## § 1 Antrag

(1) Der Antrag ist schriftlich bei der Behörde zu stellen.

(2) Der Antrag ist eigenhändig zu unterschreiben.

## § 2 Form

Die elektronische Form ist ausgeschlossen.
"""


def rule_ids(doc, status=None):
    return [f["rule_id"] for d in doc["documents"] for f in d["findings"] if status is None or f["status"] == status]


class Discovery(TempDirTestCase):
    def test_config_is_found_from_the_working_directory_upwards(self):
        self.write("proj/.digitalcheck.yaml", "rules:\n  disable: [SF-002, US-001]\n")
        draft = self.write("proj/sub/dir/d.md", DRAFT)
        p, doc = run_json("check", draft, cwd=os.path.join(self.tmp, "proj", "sub", "dir"))
        self.assertEqual(p.returncode, 0, p.stderr)  # only SF-001 (warning) left; gate is error
        self.assertEqual(rule_ids(doc), ["SF-001"])
        self.assertEqual(doc["config"], os.path.join(os.path.realpath(self.tmp), "proj", ".digitalcheck.yaml"))

    def test_nearest_config_wins_and_no_config_ignores_it(self):
        self.write("proj/.digitalcheck.yaml", "rules:\n  disable: ['*']\n")
        self.write("proj/sub/.digitalcheck.yaml", "rules:\n  disable: [SF-001]\n")
        draft = self.write("proj/sub/d.md", DRAFT)
        p, doc = run_json("check", draft, cwd=os.path.join(self.tmp, "proj", "sub"))
        self.assertEqual(sorted(rule_ids(doc)), ["SF-002", "US-001"])
        p, doc = run_json("check", draft, "--no-config", cwd=os.path.join(self.tmp, "proj", "sub"))
        self.assertEqual(sorted(rule_ids(doc)), ["SF-001", "SF-002", "US-001"])
        self.assertIsNone(doc["config"])

    def test_explicit_config_replaces_discovery(self):
        self.write("proj/.digitalcheck.yaml", "rules:\n  disable: ['*']\n")
        other = self.write("other.yaml", "rules:\n  disable: [US-001]\n")
        draft = self.write("proj/d.md", DRAFT)
        p, doc = run_json("check", draft, "--config", other, cwd=os.path.join(self.tmp, "proj"))
        self.assertEqual(sorted(rule_ids(doc)), ["SF-001", "SF-002"])

    def test_missing_explicit_config_is_error_2(self):
        draft = self.write("d.md", DRAFT)
        p = run("check", draft, "--config", os.path.join(self.tmp, "nope.yaml"), cwd=self.tmp)
        self.assertEqual(p.returncode, 2)
        self.assertIn("nope.yaml", p.stderr)


class EveryKey(TempDirTestCase):
    def check(self, config, *args, path=None):
        cfg = self.write("c/.digitalcheck.yaml", config)
        draft = path or self.write("c/d.md", DRAFT)
        return run_json("check", draft, "--config", cfg, *args, cwd=self.tmp)

    def test_rules_disable_by_id_category_principle_and_enable_overrides(self):
        _, doc = self.check("rules:\n  disable: [US-001]\n")
        self.assertEqual(sorted(rule_ids(doc)), ["SF-001", "SF-002"])
        _, doc = self.check("rules:\n  disable: [schriftform]\n")
        self.assertEqual(rule_ids(doc), ["US-001"])
        _, doc = self.check("rules:\n  disable: [P1]\n")
        self.assertEqual(rule_ids(doc), [])
        _, doc = self.check("rules:\n  disable: [schriftform]\n  enable: [SF-002]\n")
        self.assertEqual(sorted(rule_ids(doc)), ["SF-002", "US-001"])

    def test_severity_override_changes_report_and_gate(self):
        p, doc = self.check("severity:\n  SF-002: info\n  US-001: warning\n")
        self.assertEqual(p.returncode, 0, p.stdout)
        sev = {f["rule_id"]: f["severity"] for d in doc["documents"] for f in d["findings"]}
        self.assertEqual(sev, {"SF-001": "warning", "US-001": "warning", "SF-002": "info"})
        p, _ = self.check("severity:\n  schriftform: error\n  US-001: info\n  SF-002: info\n")
        self.assertEqual(p.returncode, 1)  # SF-001 raised to error

    def test_gate_fail_on_from_config_and_command_line_wins(self):
        p, _ = self.check("gate:\n  fail_on: none\n")
        self.assertEqual(p.returncode, 0)
        p, _ = self.check("gate:\n  fail_on: none\n", "--fail-on", "error")
        self.assertEqual(p.returncode, 1)
        p, _ = self.check("rules:\n  disable: [SF-002, US-001]\ngate:\n  fail_on: warning\n")
        self.assertEqual(p.returncode, 1)

    def test_gate_baseline_path_is_relative_to_the_config(self):
        draft = self.write("c/d.md", DRAFT)
        p = run("check", draft, "--no-config", "--format", "json", "-o", os.path.join(self.tmp, "c", "base.json"))
        self.assertEqual(p.returncode, 1)
        p, doc = self.check("gate:\n  baseline: base.json\n", path=draft)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertTrue(all(f["in_baseline"] for d in doc["documents"] for f in d["findings"]))

    def test_include_and_exclude_select_files_in_directories(self):
        self.write("c/tree/a.md", DRAFT)
        self.write("c/tree/b.txt", DRAFT)
        self.write("c/tree/archiv/old.md", DRAFT)
        self.write("c/tree/notes.pdf", "kein Text")
        tree = os.path.join(self.tmp, "c", "tree")
        _, doc = self.check("exclude: [archiv/]\n", path=tree)
        self.assertEqual([os.path.relpath(d["path"], tree) for d in doc["documents"]], ["a.md", "b.txt"])
        _, doc = self.check("include: ['*.md']\n", path=tree)
        self.assertEqual([os.path.relpath(d["path"], tree) for d in doc["documents"]], ["a.md", "archiv/old.md"])
        _, doc = self.check("include: ['*.md']\n", "--exclude", "archiv", path=tree)
        self.assertEqual([os.path.relpath(d["path"], tree) for d in doc["documents"]], ["a.md"])
        p, _ = self.check("include: ['*.docx']\n", path=tree)
        self.assertEqual(p.returncode, 2)
        self.assertIn("keine Datei", p.stderr)

    def test_justifications_key(self):
        p, doc = self.check('justifications:\n  - rule: SF-002\n    where: "§ 2"\n    reason: Beweissicherung.\n'
                            "rules:\n  disable: [US-001]\n")
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(rule_ids(doc, "justified"), ["SF-002"])

    def test_version_key(self):
        p, _ = self.check("version: 1\n")
        self.assertEqual(p.returncode, 1)
        p, _ = self.check("version: 7\n")
        self.assertEqual(p.returncode, 2)


class ConfigErrors(TempDirTestCase):
    def assert_config_error(self, config, line, key):
        cfg = self.write(".digitalcheck.yaml", config)
        draft = self.write("d.md", DRAFT)
        p = run("check", draft, cwd=self.tmp)
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        self.assertIn(f"{os.path.realpath(cfg)}:{line}:", p.stderr)
        self.assertIn(key, p.stderr)
        self.assertEqual(p.stdout, "")  # no report from a broken config
        self.assertNotIn("Traceback", p.stderr)

    def test_unknown_key(self):
        self.assert_config_error("version: 1\nrulez:\n  disable: []\n", 2, "'rulez'")

    def test_unknown_nested_key(self):
        self.assert_config_error("gate:\n  fail_on: error\n  min_scor: 3\n", 3, "gate.min_scor")

    def test_wrong_types(self):
        self.assert_config_error("gate:\n  fail_on: [error]\n", 2, "gate.fail_on")
        self.assert_config_error("justifications:\n  rule: SF-001\n", 2, "justifications")
        self.assert_config_error("gate:\n  min_score: hoch\n", 2, "gate.min_score")

    def test_bad_glob(self):
        self.assert_config_error("include:\n  - '*.md'\n  - 'a/**b'\n", 3, "'include'")
        self.assert_config_error("exclude: ['{a,b']\n", 1, "'exclude'")

    def test_unknown_rule_and_bad_where(self):
        self.assert_config_error("justifications:\n  - rule: SF-999\n    where: '§ 1'\n    reason: x\n", 2,
                                 "justifications[1].rule")
        self.assert_config_error("justifications:\n  - rule: SF-001\n    where: 'oben'\n    reason: x\n", 3,
                                 "justifications[1].where")

    def test_yaml_syntax_error(self):
        self.assert_config_error("gate:\n  fail_on: error\n bad: [\n", 3, "YAML-Fehler")

    def test_bad_command_line_glob(self):
        draft = self.write("d.md", DRAFT)
        p = run("check", self.tmp, "--no-config", "--include", "[x")
        self.assertEqual(p.returncode, 2)
        self.assertIn("ungültiges Muster '[x'", p.stderr)


class Init(TempDirTestCase):
    def test_init_writes_a_working_commented_config_and_refuses_to_overwrite(self):
        p = run("init", cwd=self.tmp)
        self.assertEqual(p.returncode, 0, p.stderr)
        path = os.path.join(self.tmp, ".digitalcheck.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("justifications:", text)
        self.assertIn("# ", text)
        draft = self.write("d.md", DRAFT)
        p, doc = run_json("check", draft, cwd=self.tmp)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(doc["config"], os.path.realpath(path))

        with open(path, "w", encoding="utf-8") as f:
            f.write("# meine Einstellungen\n")
        p = run("init", cwd=self.tmp)
        self.assertEqual(p.returncode, 2)
        self.assertIn("existiert bereits", p.stderr)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), "# meine Einstellungen\n")
        p = run("init", "--force", cwd=self.tmp)
        self.assertEqual(p.returncode, 0)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), text)

    def test_init_into_a_directory(self):
        os.makedirs(os.path.join(self.tmp, "proj"))
        p = run("init", os.path.join(self.tmp, "proj"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "proj", ".digitalcheck.yaml")))
        p = run("init", os.path.join(self.tmp, "nope"))
        self.assertEqual(p.returncode, 2)


if __name__ == "__main__":
    unittest.main()
