#!/usr/bin/env bash
# Whole-corpus audit against ripgrep in the same run: wall time ratios, --jobs scaling, peak RSS.
#   bench/audit_vs_ripgrep.sh [bund|sachsen|DIR] [runs]
# Prints: ripgrep (exported patterns), ripgrep (keywords only), audit --jobs 1 / 2, their ratios, peak RSS.
source "$(dirname "$0")/common.sh"
need rg; need hyperfine; need python3
which=${1:-bund}; runs=${2:-5}
case "$which" in
  bund|sachsen) dir="$(corpus_root)/$which" ;;
  *) dir=$which ;;
esac
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$DIGITALCHECK" rules export-patterns > "$tmp/patterns.txt"
files=$(find "$dir" -type f \( -name '*.xml' -o -name '*.md' -o -name '*.txt' \) | wc -l)
mb=$(du -sm --apparent-size "$dir" | cut -f1)
echo "corpus: $dir ($files files, $mb MB), $(wc -l < "$tmp/patterns.txt") exported patterns, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
# Warm the page cache so that every command reads from memory.
cat "$dir"/* > /dev/null 2>&1 || true
hyperfine --style basic --runs "$runs" --warmup 1 --ignore-failure --export-json "$tmp/h.json" \
  -n rg-patterns "rg -c -i -j2 -f $tmp/patterns.txt $dir" \
  -n rg-keywords "rg -c -i -j2 -f $(dirname "$0")/keywords.txt $dir" \
  -n audit-j2 "$DIGITALCHECK audit --jobs 2 -o /dev/null $dir" \
  -n audit-j1 "$DIGITALCHECK audit --jobs 1 -o /dev/null $dir" >/dev/null
/usr/bin/time -v "$DIGITALCHECK" audit --jobs 2 -o /dev/null "$dir" 2> "$tmp/time.txt" || true
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$tmp/time.txt")
python3 - "$tmp/h.json" "$rss_kb" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
m = {k: v["median"] for k, v in r.items()}
cpu = {k: r[k]["user"] + r[k]["system"] for k in r}
for k in ("rg-patterns", "rg-keywords", "audit-j2", "audit-j1"):
    print(f"{k:12s} median {m[k]:7.3f} s wall (min {r[k]['min']:.3f}, max {r[k]['max']:.3f}), CPU {cpu[k]:.3f} s (user+sys)")
print(f"audit-j2 / rg-patterns   = {m['audit-j2'] / m['rg-patterns']:.2f}x   (target <= 3)")
print(f"audit-j2 / rg-keywords   = {m['audit-j2'] / m['rg-keywords']:.2f}x")
print(f"CPU: audit / rg-patterns = {cpu['audit-j2'] / cpu['rg-patterns']:.2f}x   (what the ratio would be with idle cores)")
print(f"audit-j1 / audit-j2      = {m['audit-j1'] / m['audit-j2']:.2f}x   (target >= 1.7)")
print(f"peak RSS audit --jobs 2  = {int(sys.argv[2]) / 1024:.1f} MiB   (target <= 256)")
PY
