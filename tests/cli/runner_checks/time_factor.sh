# Sourced by the runner tests. The fixtures' timeouts (1 s) are plenty natively, where netjs starts
# in tens of ms, but not where it starts slowly (ASan, qemu-user): there NETJS_TEST_TIME_FACTOR,
# which the runner applies to every timeout, is raised from the measured start-up time. (A test
# killed before its runtime is up cannot report its handles.) Sets F and defines scaled().
_start=$(date +%s%N)
"$NETJS" -e 0
_startup=$(( ($(date +%s%N) - _start) / 1000000 ))
if [ "${NETJS_TEST_TIME_FACTOR:-1}" = 1 ]; then export NETJS_TEST_TIME_FACTOR=$(( 1 + _startup * 4 / 1000 )); fi
F=$NETJS_TEST_TIME_FACTOR
scaled() { awk "BEGIN { print $1 * $F }"; }  # the timeout the runner reports for a nominal one
echo "netjs starts in ${_startup} ms; time factor ${F}"
