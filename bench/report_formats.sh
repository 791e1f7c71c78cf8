#!/usr/bin/env bash
# What each report format costs on top of the analysis: time `check` over a sample of the corpus once per format
# and print each against `--format json --quiet` (the baseline: the same analysis, the cheapest full report).
#   bench/report_formats.sh [BUILD_DIR] [FILES]     FILES: how many Saxon corpus files (default 400)
set -euo pipefail
build=${1:-build}
n=${2:-400}
corpus=${DIGITALCHECK_CORPUS:-$build/corpus}
[ -d "$corpus/sachsen" ] || { echo "no corpus at $corpus (set DIGITALCHECK_CORPUS)" >&2; exit 2; }
mapfile -t files < <(ls "$corpus"/sachsen/*.md | head -n "$n")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
timeit() {  # prints seconds of the best of 3 runs
  local best=""
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    "$build/digitalcheck" check "${files[@]}" --fail-on none "$@" >/dev/null
    e=$(date +%s.%N)
    best=$(echo "$s $e $best" | awk '{t=$2-$1; if ($3=="" || t<$3) print t; else print $3}')
  done
  echo "$best"
}
base=$(timeit -f json -o "$out/base.json")
printf "%d files, %s MB; baseline json: %.3f s\n" "${#files[@]}" "$(du -cm "${files[@]}" | tail -1 | cut -f1)" "$base"
for f in text ndjson sarif junit markdown dokumentation html csv; do
  t=$(timeit -f "$f" -o "$out/r.$f")
  printf "%-14s %.3f s  %.2fx  %8d bytes\n" "$f" "$t" "$(echo "$t $base" | awk '{print $1/$2}')" "$(stat -c %s "$out/r.$f")"
done
t=$(timeit -f json -o "$out/all.json" --report sarif="$out/all.sarif" --report html="$out/all.html" --report junit="$out/all.xml")
printf "%-14s %.3f s  %.2fx  (json + sarif + html + junit from one run)\n" "four reports" "$t" "$(echo "$t $base" | awk '{print $1/$2}')"
