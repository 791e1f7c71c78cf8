# Shared by the bench scripts: locate the binary and the corpus the same way the tests do.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
DIGITALCHECK=${DIGITALCHECK:-$src/build/digitalcheck}
[ -x "$DIGITALCHECK" ] || { echo "build first: $DIGITALCHECK not found" >&2; exit 2; }
corpus_root() {
  if [ -n "${DIGITALCHECK_CORPUS:-}" ]; then echo "$DIGITALCHECK_CORPUS"; return; fi
  local build; build=$(dirname "$DIGITALCHECK")
  if [ -d "$build/corpus" ]; then echo "$build/corpus"; return; fi
  if [ -x "$src/../shared/corpus/unpack" ]; then "$src/../shared/corpus/unpack" "$build/corpus" >&2; echo "$build/corpus"; return; fi
  echo "no corpus: set DIGITALCHECK_CORPUS" >&2; exit 2
}
need() { command -v "$1" >/dev/null || { echo "needs $1" >&2; exit 2; }; }
