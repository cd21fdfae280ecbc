#!/bin/bash
# The bash completion file: sourced in bash, it completes subcommands, options and option values.
. "$(dirname "$0")/lib.sh"
COMP_FILE="$(dirname "$0")/../../packaging/bash-completion/netjs"

complete_words() {  # complete_words WORD...: the completions for the last word
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _netjs
    printf "%s\n" "${COMPREPLY[@]}"' _ "$COMP_FILE" "$@"
}

[ "$(complete_words netjs se)" = "serve" ] && pass "netjs se<TAB> -> serve" || fail "netjs se<TAB>: $(complete_words netjs se)"
complete_words netjs probe --w | grep -qx -- '--wait' && pass "probe --w<TAB> -> --wait" || fail "probe --w<TAB>"
complete_words netjs probe --keep | grep -qx -- '--keepalive-check' && pass "probe --keep<TAB> -> --keepalive-check" || fail "probe --keep<TAB>"
[ "$(complete_words netjs serve --mode ch)" = "chargen" ] && pass "--mode ch<TAB> -> chargen" || fail "--mode ch<TAB>"
[ "$(complete_words netjs connect --on-eof w)" = "wait" ] && pass "--on-eof w<TAB> -> wait" || fail "--on-eof w<TAB>"
[ "$(complete_words netjs help co)" = "connect" ] && pass "help co<TAB> -> connect" || fail "help co<TAB>"
[ "$(complete_words netjs test --ta)" = "--tap" ] && pass "test --ta<TAB> -> --tap" || fail "test --ta<TAB>: $(complete_words netjs test --ta)"
[ "$(complete_words netjs help te)" = "test" ] && pass "help te<TAB> -> test" || fail "help te<TAB>"
[ "$(complete_words netjs connect --hex)" = "--hexdump" ] && pass "connect --hex<TAB> -> --hexdump" || fail "connect --hex<TAB>: $(complete_words netjs connect --hex)"
touch "$TMP/dumpfile"
[ "$(complete_words netjs connect --hexdump = "$TMP/dumpf")" = "$TMP/dumpfile" ] && pass "--hexdump=<TAB> completes a file" || fail "--hexdump=<TAB>: $(complete_words netjs connect --hexdump = "$TMP/dumpf")"
[ "$(complete_words netjs connect "--hexdump=$TMP/dumpf")" = "--hexdump=$TMP/dumpfile" ] && pass "--hexdump=FILE<TAB> as one word" || fail "--hexdump=FILE<TAB> as one word: $(complete_words netjs connect "--hexdump=$TMP/dumpf")"
[ -z "$(complete_words netjs script.js --p)" ] && pass "nothing completed for a script's own arguments" || fail "script args completed"
finish
