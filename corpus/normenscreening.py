#!/usr/bin/env python3
"""Counts federal provisions with written-form findings, for docs/normenscreening.md.

Usage: normenscreening.py DIGITALCHECK CORPUS_ROOT [BATCH]

Runs `digitalcheck check --format ndjson --fail-on none` over CORPUS_ROOT/bund/*.xml in batches and counts
distinct provisions (file + norm) by what the rule base finds there. Prints a Markdown table.
"""
import collections
import glob
import json
import os
import subprocess
import sys
import time


def main():
    binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    files = sorted(glob.glob(os.path.join(root, "bund", "*.xml")))
    open_sf, mitigated_sf, any_sf, error_sf = set(), set(), set(), set()
    provisions_total = 0
    per_rule = collections.Counter()
    laws_with_open = set()
    t0 = time.time()
    for i in range(0, len(files), batch):
        chunk = files[i:i + batch]
        p = subprocess.run([binary, "check", "--format", "ndjson", "--fail-on", "none", *chunk],
                           capture_output=True, text=True)
        for line in p.stdout.splitlines():
            doc = json.loads(line)
            if "findings" not in doc:
                continue
            provisions = doc.get("provisions", [])
            provisions_total += len(provisions)
            for f in doc["findings"]:
                rule = f["rule_id"]
                if not rule.startswith("SF-"):
                    continue
                norm = provisions[f["provision"]]["norm"] if "provision" in f and provisions else f.get("citation", "")
                key = (doc["path"], norm)
                any_sf.add(key)
                if f["status"] == "open":
                    open_sf.add(key)
                    per_rule[rule] += 1
                    laws_with_open.add(doc["path"])
                    if f["severity"] == "error":
                        error_sf.add(key)
                elif f["status"] == "mitigated":
                    mitigated_sf.add(key)
    elapsed = time.time() - t0
    only_mitigated = mitigated_sf - open_sf
    print(f"| federal files scanned | {len(files)} |")
    print(f"| provisions (§, Artikel, Anlage) in those files | {provisions_total} |")
    print(f"| provisions with an open written-form finding (SF-*) | {len(open_sf)} |")
    print(f"| … of them with an explicit exclusion of the electronic form (SF-002, error) | {len(error_sf)} |")
    print(f"| laws and ordinances with at least one such provision | {len(laws_with_open)} |")
    print(f"| provisions whose written-form findings are all mitigated | {len(only_mitigated)} |")
    print(f"| provisions with any written-form finding | {len(any_sf)} |")
    print(f"| open SF findings per rule | {', '.join(f'{r}: {n}' for r, n in sorted(per_rule.items()))} |")
    print(f"| wall time | {elapsed:.1f} s |")


if __name__ == "__main__":
    main()
