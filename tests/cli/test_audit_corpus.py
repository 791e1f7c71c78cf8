"""The batch audit over the real statute corpus (label: corpus): order, shards, merge, no unreadable law."""
import json
import os
import unittest

from dc import TempDirTestCase, corpus_dir, run

CORPUS = corpus_dir()


@unittest.skipUnless(CORPUS, "no statute corpus (set DIGITALCHECK_CORPUS)")
class CorpusAudit(TempDirTestCase):
    def test_federal_corpus_shards_add_up_and_merge_to_the_single_run_summary(self):
        bund = os.path.join(CORPUS, "bund")
        whole = os.path.join(self.tmp, "bund.ndjson")
        p = run("audit", bund, "--jobs", "2", "-o", whole)
        self.assertEqual(p.returncode, 0, p.stderr[-2000:])
        with open(whole, encoding="utf-8") as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 6877)
        records = [json.loads(line) for line in lines]
        self.assertEqual([r for r in records if "error" in r], [])
        self.assertEqual([r["path"] for r in records], sorted(r["path"] for r in records))
        self.assertTrue(all(r["format"] == "gii" for r in records))
        self.assertGreater(sum(r["counts"]["open"] for r in records), 1000)

        parts = []
        for k in (1, 2):
            part = os.path.join(self.tmp, f"teil-{k}.ndjson")
            self.assertEqual(run("audit", bund, "--jobs", "2", "--shard", f"{k}/2", "-o", part).returncode, 0)
            parts.append(part)
        joined = b"".join(open(p, "rb").read() for p in parts)
        self.assertEqual(joined, open(whole, "rb").read())
        for fmt in ("markdown", "json"):
            self.assertEqual(run("summarize", *parts, "--format", fmt).stdout, run("summarize", whole, "--format", fmt).stdout)

    def test_saxon_corpus_is_identical_for_one_and_two_jobs(self):
        sachsen = os.path.join(CORPUS, "sachsen")
        one = run("audit", sachsen, "--jobs", "1", "--format", "json")
        two = run("audit", sachsen, "--jobs", "2", "--format", "json")
        self.assertEqual(one.returncode, 0, one.stderr[-2000:])
        self.assertEqual(one.stdout, two.stdout)
        doc = json.loads(one.stdout)
        self.assertEqual(len(doc["documents"]), 3082)
        self.assertEqual(doc["errors"], [])


if __name__ == "__main__":
    unittest.main()
