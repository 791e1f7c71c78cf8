#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) and runs each one briefly over its seeds.
#   tests/fuzz/run.sh [SECONDS_PER_HARNESS] [BUILD_DIR]      (defaults: 10, build-fuzz)
# Fails on the first crash, sanitizer report, leak or timeout; the harness's log is printed. Inputs the
# fuzzer finds are kept in BUILD_DIR/fuzz-corpus/<name>, crashes as BUILD_DIR/fuzz-<name>-crash-*.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
dir=${2:-build-fuzz}
harnesses=(text markdown gii legaldocml docx rules)
if [ ! -f "$dir/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDIGITALCHECK_FUZZ=ON \
    -DDIGITALCHECK_TESTS=OFF >/dev/null
fi
targets=()
for h in "${harnesses[@]}"; do targets+=(--target "fuzz_$h"); done
cmake --build "$dir" -j "${JOBS:-2}" "${targets[@]}" -- --quiet >/dev/null || cmake --build "$dir" -j 1 "${targets[@]}"
for h in "${harnesses[@]}"; do
  work="$dir/fuzz-corpus/$h"
  mkdir -p "$work"
  log="$dir/fuzz-$h.log"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$dir/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=200000 \
      -artifact_prefix="$dir/fuzz-$h-" "$work" "tests/fuzz/seeds/$h" >"$log" 2>&1; then
    echo "fuzz_$h: crash, sanitizer report or timeout (log: $log)" >&2
    tail -n 60 "$log" >&2
    exit 1
  fi
  echo "fuzz_$h: $(grep -o 'Done [0-9]* runs' "$log" | tail -1 || true) in ${seconds}s, no crash"
done
