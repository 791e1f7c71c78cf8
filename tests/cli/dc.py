"""Shared helpers for the CLI end-to-end tests (run by ctest with /usr/bin/python3)."""
import json
import os
import pty
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



def run_on_terminal(args, stream="stdout", env=None):
    """Runs digitalcheck with `stream` (stdout or stderr) on a pseudo terminal, the other one discarded;
    returns (exit code, what it printed on the terminal)."""
    leader, follower = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    streams[stream] = follower
    proc = subprocess.Popen([BINARY, *args], env=env, **streams)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO once the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    return proc.returncode, b"".join(chunks).decode("utf-8")

def corpus_dir():
    """The shared statute corpus, or None: $DIGITALCHECK_CORPUS, else <build>/corpus, else unpacked there from
    ../shared/corpus/unpack when that exists (see COMMON.md). Tests skip when this returns None."""
    env = os.environ.get("DIGITALCHECK_CORPUS")
    if env:
        return env if os.path.isdir(env) else None
    build = os.environ.get("DIGITALCHECK_BUILD_DIR", os.path.join(SOURCE_DIR, "build"))
    target = os.path.join(build, "corpus")
    if os.path.isdir(os.path.join(target, "bund")):
        return target
    unpack = os.path.join(SHARED_DIR, "corpus", "unpack")
    if os.path.exists(unpack):
        subprocess.run([unpack, target], check=True, capture_output=True, timeout=600)
        return target if os.path.isdir(os.path.join(target, "bund")) else None
    return None


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


# A small rule base of our own for tests that must not depend on the shipped rules: one rule per
# severity, a mitigation, a paragraph-independent vocabulary.
MINI_RULES = r"""
pattern_sets:
  electronic:
    - 'oder\s+elektronisch'
rules:
  - id: XA-001
    category: aushang
    principle: P1
    severity: info
    title: Amtstafel
    message: Die Vorschrift verlangt einen Aushang an der Amtstafel.
    suggestion: Zusätzlich im Internet veröffentlichen.
    references: ["§ 27a VwVfG"]
    patterns: ['Amtstafel']
    examples:
      match: ['Die Satzung hängt an der [[Amtstafel]] aus.']
      no_match: ['Die Satzung steht im Internet.']
  - id: XS-001
    category: schriftform
    principle: P1
    severity: warning
    title: Schriftlicher Antrag
    message: Der Antrag ist schriftlich zu stellen.
    suggestion: schriftlich oder elektronisch zulassen
    patterns: ['schriftlich\s+zu\s+beantragen']
    mitigated_by: ['@electronic']
    examples:
      match:
        - 'Die Hilfe ist [[schriftlich zu beantragen]].'
        - text: 'Die Hilfe ist [[schriftlich zu beantragen]], oder elektronisch.'
          status: mitigated
      no_match: ['Die Hilfe ist formlos zu beantragen.']
  - id: XU-001
    category: unterschrift
    principle: P1
    severity: error
    title: Eigenhändige Unterschrift
    message: Der Antrag ist eigenhändig zu unterschreiben.
    suggestion: auf die Unterschrift verzichten
    patterns: ['Antragsteller\pL*\s+eigenhändig\s+unterschreib\pL*']
    examples:
      match: ['Den Antrag muss der [[Antragsteller eigenhändig unterschreiben]].']
      no_match: ['Den Antrag muss niemand unterschreiben.']
"""


def write_rules(directory, content=MINI_RULES, name="mini.yaml"):
    """Writes a rule file into directory (created); returns the directory."""
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(content)
    return directory
