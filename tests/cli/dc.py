"""Shared helpers for the CLI end-to-end tests (run by ctest with /usr/bin/python3)."""
import json
import os
import subprocess
import tempfile
import unittest

BINARY = os.environ.get("DIGITALCHECK", "build/digitalcheck")
SOURCE_DIR = os.environ.get("DIGITALCHECK_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.path.join(SOURCE_DIR, "..", "shared")


def run(*args, stdin=None, cwd=None, env=None):
    """Runs digitalcheck with args; returns CompletedProcess with text stdout/stderr."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    if env:
        full_env.update(env)
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=full_env,
                          timeout=300)


def run_json(*args, **kw):
    """Runs digitalcheck with --format json and returns (CompletedProcess, parsed JSON)."""
    p = run(*args, "--format", "json", **kw)
    return p, json.loads(p.stdout) if p.stdout.strip() else None


def source_path(*parts):
    return os.path.join(SOURCE_DIR, *parts)


class TempDirTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, content, mode="w"):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            f.write(content)
        return path
