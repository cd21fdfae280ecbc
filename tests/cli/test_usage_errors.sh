#!/bin/bash
# Every invalid option value is one clear line on stderr and exit 2; help agrees across forms.
. "$(dirname "$0")/lib.sh"

# usage_error DESCRIPTION REGEX -- args...
usage_error() {
  local what=$1 re=$2; shift 3
  expect_code 2 "$what" -- bounded 20 "$NETJS" "$@"
  [ "$(wc -l <"$TMP/err")" -eq 1 ] && pass "$what: one line" || fail "$what: $(wc -l <"$TMP/err") lines: $(cat "$TMP/err")"
  expect_grep "$TMP/err" "$re" "$what: message"
  [ ! -s "$TMP/out" ] && pass "$what: nothing on stdout" || fail "$what: stdout $(cat "$TMP/out")"
}

usage_error "serve --port 70000" "^netjs serve: --port: port 70000 out of range \(0-65535\)" -- serve --port 70000
usage_error "serve --port abc" "^netjs serve: --port: invalid port 'abc'" -- serve --port abc
usage_error "serve --port -1" "^netjs serve: .*" -- serve --port -1
usage_error "serve --mode unknown" "^netjs serve: --mode: bogus not in \{echo,discard,sink,chargen\}" -- serve --mode bogus
usage_error "serve --print-script unknown" "^netjs serve: --print-script: bogus not in" -- serve --print-script bogus
usage_error "serve --idle-timeout bad" "^netjs serve: --idle-timeout: invalid duration 'soon'" -- serve --idle-timeout soon
usage_error "serve --max-connections -3" "^netjs serve: --max-connections" -- serve --max-connections -3
usage_error "serve --host unresolvable" "^netjs serve: --host nosuch\.invalid does not resolve" -- serve --port 0 --host nosuch.invalid
usage_error "serve --host v4 with -6" "^netjs serve: --host 127\.0\.0\.1 is not an IPv6 address" -- serve -6 --host 127.0.0.1
usage_error "serve --script missing" "^netjs serve: cannot read script" -- serve --script "$TMP/none.js"
usage_error "serve --script with --mode" "^netjs serve: .*(excludes|Excludes)" -- serve --script x.js --mode echo
usage_error "serve --mode sink --json" "^netjs serve: --mode sink writes data to stdout" -- serve --mode sink --json
usage_error "serve extra argument" "^netjs serve: unexpected argument 'extra'" -- serve extra
usage_error "serve -4 -6" "^netjs serve: -4 and -6 exclude each other" -- serve -4 -6
usage_error "connect: missing host" "^netjs connect: HOST is required" -- connect
usage_error "connect: missing port" "^netjs connect: PORT is required" -- connect 127.0.0.1
usage_error "connect: port 70000" "^netjs connect: PORT: port 70000 out of range \(1-65535\)" -- connect 127.0.0.1 70000
usage_error "connect: port abc" "^netjs connect: PORT: invalid port 'abc'" -- connect 127.0.0.1 abc
usage_error "connect: port 0" "^netjs connect: PORT: port 0 out of range" -- connect 127.0.0.1 0
usage_error "connect: bad --on-eof" "^netjs connect: --on-eof: later not in \{shutdown,wait,exit\}" -- connect --on-eof later 127.0.0.1 1
usage_error "connect: bad escape" "^netjs connect: --send: unknown escape" -- connect --send 'a\q' 127.0.0.1 1
usage_error "connect: --send with --send-file" "^netjs connect: .*(excludes|Excludes)" -- connect --send a --send-file /dev/null 127.0.0.1 1
usage_error "connect: unreadable --send-file" "^netjs connect: cannot read --send-file" -- connect --send-file "$TMP/none" 127.0.0.1 1
usage_error "connect: bad --source" "^netjs connect: --source: 'nosuch' is not a numeric IP address" -- connect --source nosuch 127.0.0.1 1
usage_error "connect: bad --timeout" "^netjs connect: --timeout: invalid duration" -- connect -t -5 127.0.0.1 1
usage_error "connect: -6 with an IPv4 address" "^netjs connect: 127\.0\.0\.1 is not an IPv6 address" -- connect -6 127.0.0.1 1
usage_error "probe: no target" "^netjs probe: TARGET is required" -- probe
usage_error "probe: missing port" "^netjs probe: missing port for 'example\.org'" -- probe example.org
usage_error "probe: missing host" "^netjs probe: missing host before port '80'" -- probe 80
usage_error "probe: port 70000" "^netjs probe: port 70000 out of range" -- probe 127.0.0.1:70000
usage_error "probe: port abc" "^netjs probe: invalid port 'abc'" -- probe 127.0.0.1 abc
usage_error "probe: reversed range" "^netjs probe: bad port range '90-80'" -- probe 127.0.0.1 90-80
usage_error "probe: unclosed bracket" "^netjs probe: missing '\]'" -- probe '[::1:80'
usage_error "probe: --count 0" "^netjs probe: --count" -- probe -c 0 127.0.0.1 1
usage_error "probe: --timeout 0" "^netjs probe: --timeout must be more than 0" -- probe -t 0 127.0.0.1 1
usage_error "probe: empty --expect" "^netjs probe: --expect: empty text" -- probe --expect '' 127.0.0.1 1
usage_error "unknown subcommand option" "^netjs probe: .*--frobnicate" -- probe --frobnicate 127.0.0.1 1
usage_error "help: unknown subcommand" "^netjs help: SUBCOMMAND: nope not in" -- help nope
usage_error "bad log level with a subcommand" "^netjs: unknown log level 'loud'" -- --log-level loud probe 127.0.0.1 1

# man_lists_options WHAT HELP_FILE SECTION_START: every option of the --help text in HELP_FILE, short
# and long form, appears in the man page section that starts at the line matching SECTION_START (up to
# the next .SH/.SS), as an option of its own (\-j is not found inside \-\-jobs).
MAN=$(dirname "$0")/../../man/netjs.1
man_lists_options() {
  local what=$1 help=$2 n=0 missing=0 opt re
  awk -v start="$3" 'f && /^\.S[HS] / { exit } $0 ~ start { f = 1 } f' "$MAN" >"$TMP/man.section"
  for opt in $(grep -oE '^  (-[a-zA-Z0-9],)?--?[a-z0-9-]+' "$help" | sed 's/^ *//; s/,/ /' | tr ' ' '\n' | grep -v -e '^--help$' -e '^-h$'); do
    n=$((n + 1))
    re="(^|[^-])$(printf '%s' "$opt" | sed 's/-/\\\\-/g')([^a-zA-Z0-9-]|\$)"
    grep -Eq -- "$re" "$TMP/man.section" || { fail "man page: $what lacks $opt"; missing=$((missing + 1)); }
  done
  if [ "$n" -lt 3 ]; then fail "man page check of $what: only $n options found in its help"
  elif [ "$missing" -eq 0 ]; then pass "man page: all $n options of $what's help documented"; fi
}

# Help: `netjs help X` and `netjs X --help` print the same text, which lists every option and the exit codes.
for cmd in serve connect probe test; do
  expect_code 0 "netjs help $cmd" -- "$NETJS" help "$cmd"
  cp "$TMP/out" "$TMP/help1"
  expect_code 0 "netjs $cmd --help" -- "$NETJS" "$cmd" --help
  cmp -s "$TMP/help1" "$TMP/out" && pass "help $cmd == $cmd --help" || fail "help $cmd differs from $cmd --help"
  expect_grep "$TMP/out" "^Usage: netjs $cmd " "$cmd help: usage line"
  expect_grep "$TMP/out" '7  --expect: the expected text did not arrive' "$cmd help: exit codes"
  man_lists_options "netjs $cmd" "$TMP/out" "^\\.SS \"netjs $cmd[ \"]"
done
expect_code 0 "netjs help" -- "$NETJS" help
expect_grep "$TMP/out" 'serve' "netjs help lists subcommands"
expect_code 0 "netjs --help" -- "$NETJS" --help
man_lists_options "netjs" "$TMP/out" '^\.SH OPTIONS'

# Global options also after the subcommand; -v/-q reach the subcommands.
closed=$(free_port)
expect_code 3 "-vv after the subcommand" -- bounded 10 "$NETJS" probe -vv 127.0.0.1 "$closed"
expect_grep "$TMP/err" 'connect 127\.0\.0\.1:[0-9]+ ECONNREFUSED' "debug log traces the connect"
expect_code 3 "-q" -- bounded 10 "$NETJS" -q connect 127.0.0.1 "$closed"
expect_grep "$TMP/err" 'ECONNREFUSED' "-q still shows the failure"

# A script keeps its own options, even ones that look like a subcommand's.
printf 'console.log(process.argv.slice(2).join(" "))\n' >"$TMP/args.js"
expect_code 0 "script with --port" -- "$NETJS" "$TMP/args.js" --port 5 serve -v
expect_grep "$TMP/out" '^--port 5 serve -v$' "script gets --port 5 serve -v"

finish
