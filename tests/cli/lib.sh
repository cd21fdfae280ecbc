# Shared helpers for the CLI tests. Each test: `bash test_x.sh /path/to/netjs`, exit 0 = pass.
set -u
NETJS=${1:?usage: test_x.sh /path/to/netjs}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"; jobs -p | xargs -r kill 2>/dev/null' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_code WANT DESCRIPTION -- command...   (runs it, captures stdout/stderr in $TMP/out, $TMP/err)
expect_code() {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -eq "$want" ]; then pass "$what (exit $got)"; else fail "$what: exit $got, wanted $want; stderr: $(head -c 600 "$TMP/err")"; fi
}

expect_grep() {  # expect_grep FILE REGEX DESCRIPTION
  if grep -Eq -- "$2" "$1"; then pass "$3"; else fail "$3: /$2/ not in $(basename "$1"): $(head -c 600 "$1")"; fi
}

expect_no_grep() {
  if grep -Eq -- "$2" "$1"; then fail "$3: /$2/ unexpectedly in $(basename "$1")"; else pass "$3"; fi
}

finish() {
  if [ "$failures" -ne 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
  exit 0
}
