#!/usr/bin/env python3
"""Draws the real sentences that corpus/real/labels.tsv labels (see corpus/LABELLING.md).

Usage: sample.py CORPUS_ROOT DIGITALCHECK [SEED [FILES_PER_PART [--no-rare]]] > draw.tsv

Prints file, norm, satz, hash, stratum and the sentence text (for reading while labelling; the text is never
committed). Strata: 'trigger' = a sentence holding a trigger stem of some category, 'random' = any other
sentence, 'rare' = a sentence holding the stem of a rarely seen category, drawn from files that hold it.
The rule base's own findings are not printed, so that labels are given blind.
"""
import os
import random
import re
import subprocess
import sys

TRIGGER = re.compile(
    r"schriftlich|Schriftform|unterschr|unterzeichn|eigenhändig|persönlich|Niederschrift|Protokoll der|Original|"
    r"Urschrift|beglaubig|Ausfertigung|Vordruck|Formblatt|Formular|Papier|Post|Brief|Einschreib|Zustellungsurkunde|"
    r"Aushang|aushäng|Amtstafel|auszulegen|Auslegung|ortsüblich|Einsicht|Siegel|Stempel|aushändig|mitzuführen|"
    r"Lichtbild|Passbild|Nachweis|Bescheinigung|beizufügen|vorzulegen|Telefax|Telekopie|De-Mail|Diskette|CD-ROM|"
    r"Datenträger|unverzüglich|angemessen|Ermessen|in der Regel|Einzelfall|erforderlichenfalls", re.I)
RARE = ["Dienstsiegel", "Siegel", "Stempel", "Aushang", "auszuhängen", "öffentlich auszulegen", "ortsüblich",
        "persönlich zu erscheinen", "persönliche Erscheinen", "zur Niederschrift", "per Post", "Einschreiben",
        "eigenhändig", "im Original", "beglaubigte", "Vordruck", "Papierform", "Lichtbild", "Telefax",
        "Datenträger", "aushändigen", "elektronische Form ist ausgeschlossen", "Schriftform", "schriftlich zu"]


def sentences(binary, root, rel):
    p = subprocess.run([binary, "eval", "--sentences", rel], cwd=root, capture_output=True, text=True)
    out = []
    for line in p.stdout.splitlines():
        cols = line.split("\t")
        if len(cols) == 6 and len(cols[5].split()) >= 4:
            out.append((cols[0], cols[1], int(cols[2]), cols[3], cols[5]))
    return out


def main():
    root, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    per_part = int(sys.argv[4]) if len(sys.argv) > 4 else 32
    rare = "--no-rare" not in sys.argv
    files = {part: sorted(f for f in os.listdir(os.path.join(root, part)) if f.endswith((".xml", ".md")))
             for part in ("bund", "sachsen")}
    drawn, seen = [], set()

    def take(rows, stratum):
        for r in rows:
            if (r[0], r[3]) not in seen:
                seen.add((r[0], r[3]))
                drawn.append((*r[:4], stratum, r[4]))

    for part, n_files in (("bund", per_part), ("sachsen", per_part)):
        for f in rng.sample(files[part], n_files):
            rows = sentences(binary, root, f"{part}/{f}")
            trig = [r for r in rows if TRIGGER.search(r[4])]
            other = [r for r in rows if not TRIGGER.search(r[4])]
            take(rng.sample(trig, min(3, len(trig))), "trigger")
            take(rng.sample(other, min(2, len(other))), "random")
    for stem in (RARE if rare else []):
        for part in ("bund", "sachsen"):
            holders = []
            for f in rng.sample(files[part], len(files[part])):
                with open(os.path.join(root, part, f), encoding="utf-8", errors="replace") as fh:
                    if stem.lower() in fh.read().lower():
                        holders.append(f)
                if len(holders) == 1:
                    break
            for f in holders:
                rows = [r for r in sentences(binary, root, f"{part}/{f}") if stem.lower() in r[4].lower()]
                take(rng.sample(rows, min(1, len(rows))), "rare")
    for row in drawn:
        print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main()
