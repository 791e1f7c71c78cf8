#!/usr/bin/env bash
# One draft: `check` of a 1 MB text, including start-up and loading the rule base (target <= 100 ms).
#   bench/check_1mb.sh [runs]
source "$(dirname "$0")/common.sh"
need hyperfine; need python3
runs=${1:-20}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# A made-up draft (our own sentences): provisions with Absätze, some obstacles, mostly neutral text.
python3 - "$tmp/draft.md" <<'PY'
import sys
neutral = ["Die zuständige Behörde entscheidet über den Antrag innerhalb von drei Monaten nach Eingang der vollständigen Unterlagen.",
           "Die Frist beginnt mit dem Tag, an dem die Unterlagen bei der Behörde eingegangen sind, und endet nach § 31 Abs. 1 VwVfG.",
           "Das Nähere regelt das Staatsministerium durch Rechtsverordnung im Einvernehmen mit dem Staatsministerium der Finanzen."]
obstacles = ["Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.",
             "Die Erklärung ist eigenhändig zu unterschreiben.",
             "Der Antrag kann schriftlich oder elektronisch gestellt werden."]
out, n, size = ["# Gesetz über ein Beispielverfahren (Beispielgesetz)", ""], 0, 0
while size < 1_000_000:
    n += 1
    para = [f"## § {n} Regelung {n}", ""]
    for a in range(1, 4):
        s = " ".join(neutral[(n + a + k) % 3] for k in range(3))
        if (n + a) % 7 == 0:
            s += " " + obstacles[(n + a) % 3]
        para += [f"({a}) {s}", ""]
    chunk = "\n".join(para) + "\n"
    out.append(chunk)
    size += len(chunk.encode())
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out))
PY
bytes=$(stat -c %s "$tmp/draft.md")
echo "draft: $bytes bytes, $(grep -c '^## §' "$tmp/draft.md") provisions; load $(cut -d' ' -f1 /proc/loadavg)"
hyperfine --style basic --runs "$runs" --warmup 2 --ignore-failure --export-json "$tmp/h.json" \
  -n check-1mb "$DIGITALCHECK check --fail-on none -o /dev/null $tmp/draft.md" \
  -n rules-list "$DIGITALCHECK rules list" >/dev/null
python3 - "$tmp/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
c, s = r["check-1mb"], r["rules-list"]
cpu = lambda r: (r["user"] + r["system"]) * 1000
print(f"check 1 MB : median {c['median']*1000:6.1f} ms wall (min {c['min']*1000:.1f}, max {c['max']*1000:.1f}), "
      f"{cpu(c):.1f} ms CPU (user+sys)   (target <= 100 ms)")
print(f"start-up + rule loading alone (rules list): median {s['median']*1000:6.1f} ms wall, {cpu(s):.1f} ms CPU")
PY
