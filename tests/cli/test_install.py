"""Installation: cmake --install puts the executable, the man page, the docs and the examples in place;
cpack builds a .deb with the same files."""
import os
import shutil
import subprocess
import tempfile
import unittest

from dc import BINARY, run

BUILD_DIR = os.environ.get("DIGITALCHECK_BUILD_DIR", os.path.dirname(os.path.abspath(BINARY)))
SANITIZED = os.environ.get("DIGITALCHECK_SANITIZE", "0") == "1"


class Install(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        cls.prefix = os.path.join(cls._tmp.name, "prefix")
        cls.install = subprocess.run(["cmake", "--install", BUILD_DIR, "--prefix", cls.prefix],
                                     capture_output=True, text=True, timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def path(self, *parts):
        return os.path.join(self.prefix, *parts)

    def test_install_succeeds(self):
        self.assertEqual(self.install.returncode, 0, self.install.stderr)

    def test_installed_executable_runs_and_names_its_versions(self):
        exe = self.path("bin", "digitalcheck")
        self.assertTrue(os.access(exe, os.X_OK))
        p = subprocess.run([exe, "--version"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0)
        self.assertEqual(p.stdout, run("--version").stdout)
        self.assertIn("Regelbasis", p.stdout)

    def test_man_page_is_installed_with_the_version_and_renders_cleanly(self):
        man = self.path("share", "man", "man1", "digitalcheck.1")
        with open(man, encoding="utf-8") as f:
            text = f.read()
        version = run("--version").stdout.split()[1]
        self.assertIn(f'"digitalcheck {version}"', text)
        self.assertNotIn("@VERSION@", text)
        for section in ("BEFEHLE", "OPTIONEN", "KONFIGURATION", "EXIT-CODES"):
            self.assertIn(f".SH {section}", text)
        for option in (r"\-\-min\-score", r"\-\-baseline", r"\-\-config", "justifications"):
            self.assertIn(option, text)
        if shutil.which("groff"):
            p = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", man], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stderr, "")
            out = subprocess.run(["groff", "-k", "-man", "-Tutf8", man], capture_output=True, text=True).stdout
            self.assertIn("digitalcheck diff", out.replace("\x08", "").replace("d\bd", "d"))

    def test_docs_and_examples_are_installed(self):
        doc = self.path("share", "doc", "digitalcheck")
        for name in ("README.md", "config.md", "config.schema.json", "scoring.md", "ARCHITECTURE.md"):
            self.assertTrue(os.path.isfile(os.path.join(doc, name)), name)
        for name in (".digitalcheck.yaml", "ci/github-actions.yml", "ci/gitlab-ci.yml", "ci/pre-commit-config.yaml"):
            self.assertTrue(os.path.isfile(os.path.join(doc, "examples", name)), name)
        self.assertTrue(os.access(os.path.join(doc, "examples", "ci", "pre-commit"), os.X_OK))


@unittest.skipIf(SANITIZED, "no .deb of the sanitizer build")
@unittest.skipUnless(shutil.which("cpack") and shutil.which("dpkg-deb") and shutil.which("dpkg-shlibdeps"),
                     "cpack/dpkg-deb/dpkg-shlibdeps not installed")
class DebianPackage(unittest.TestCase):
    def test_cpack_builds_a_deb_with_executable_man_page_and_docs(self):
        with tempfile.TemporaryDirectory() as out:
            p = subprocess.run(["cpack", "--config", os.path.join(BUILD_DIR, "CPackConfig.cmake"), "-G", "DEB", "-B", out],
                               capture_output=True, text=True, timeout=300, cwd=BUILD_DIR)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            debs = [f for f in os.listdir(out) if f.endswith(".deb")]
            self.assertEqual(len(debs), 1, os.listdir(out))
            deb = os.path.join(out, debs[0])
            version = run("--version").stdout.split()[1]
            fields = subprocess.run(["dpkg-deb", "-f", deb, "Package", "Version", "Depends"], capture_output=True,
                                    text=True).stdout
            self.assertIn("Package: digitalcheck", fields)
            self.assertIn(f"Version: {version}", fields)
            self.assertIn("libicu", fields)  # shared-library dependencies were computed
            files = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True).stdout
            for path in ("./usr/bin/digitalcheck", "./usr/share/man/man1/digitalcheck.1",
                         "./usr/share/doc/digitalcheck/config.md", "./usr/share/doc/digitalcheck/examples/ci/pre-commit"):
                self.assertIn(path, files)


if __name__ == "__main__":
    unittest.main()
