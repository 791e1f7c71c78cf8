#!/usr/bin/env python3
"""Updates the norm and sentence number of real-sentence labels whose sentence moved (same hash elsewhere).

Usage: reanchor.py CORPUS_ROOT DIGITALCHECK [LABELS]   (default LABELS: corpus/real/labels.tsv next to this file)

Reader, structure or segmenter changes can move a sentence to another norm display or number; `digitalcheck eval`
still finds it by its hash and reports it as "verschoben". This script writes the current norm and number back.
Labels whose hash is gone (the sentence text itself changed) are listed: read the new sentence, label it again
by corpus/LABELLING.md and update its hash by hand.
"""
import os
import subprocess
import sys


def main():
    root, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    labels = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "labels.tsv")
    lines = open(labels, encoding="utf-8").read().rstrip("\n").split("\n")
    cache, moved, gone = {}, 0, 0
    for i, line in enumerate(lines):
        if line.startswith("#") or not line.strip():
            continue
        c = line.split("\t")
        if c[0] not in cache:
            out = subprocess.run([binary, "eval", "--sentences", c[0]], cwd=root, capture_output=True, text=True).stdout
            cache[c[0]] = [r.split("\t") for r in out.splitlines()]
        rows = cache[c[0]]
        if any(r[1] == c[1] and r[2] == c[2] and r[3] == c[3] for r in rows):
            continue
        hit = next((r for r in rows if r[3] == c[3]), None)
        if hit is None:
            gone += 1
            print(f"{labels}:{i + 1}: {c[0]} {c[1]} Satz {c[2]}: hash {c[3]} not found", file=sys.stderr)
            continue
        c[1], c[2] = hit[1], hit[2]
        lines[i] = "\t".join(c)
        moved += 1
    with open(labels, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{moved} labels re-anchored, {gone} not found")


if __name__ == "__main__":
    main()
