#!/usr/bin/env bash
# What the rule base costs at scan time: `digitalcheck check` over all Saxon files with the current rule base and
# with the first one (tests/fixtures/rules-v1, 3 rules), in the same run, plus the load time of each rule base.
# Prints seconds and the ratio current / first.
#   bench/rule_base_cost.sh [BINARY] [CORPUS_ROOT]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/digitalcheck}
corpus=${2:-${DIGITALCHECK_CORPUS:-build/corpus}}
shopt -s nullglob
files=("$corpus"/sachsen/*.md)
[ ${#files[@]} -gt 0 ] || { echo "no Saxon corpus under $corpus" >&2; exit 2; }
seconds() {  # seconds COMMAND... : wall time of one run
  local s e
  s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N)
  python3 -c "print(f'{($e - $s) / 1e9:.2f}')"
}
load_v1=$(seconds "$bin" rules list --rules tests/fixtures/rules-v1)
load_now=$(seconds "$bin" rules list)
scan_v1=$(seconds "$bin" check --fail-on none --format ndjson --rules tests/fixtures/rules-v1 "${files[@]}")
scan_now=$(seconds "$bin" check --fail-on none --format ndjson "${files[@]}")
rules_now=$("$bin" rules list | tail -1)
python3 - "$load_v1" "$load_now" "$scan_v1" "$scan_now" "${#files[@]}" "$rules_now" <<'PY'
import sys
l1, l2, s1, s2, n, rules = sys.argv[1:7]
print(f"load: rules-v1 {l1} s, current ({rules}) {l2} s")
print(f"scan of {n} Saxon files: rules-v1 {s1} s, current {s2} s, ratio {float(s2) / float(s1):.2f}")
PY
