#!/bin/bash
# Runs every JS test file under netjs and under Node (v20) and reports which pass on both — the check
# that netjs behaves as Node does for what the tests cover. Usage: scripts/compare-with-node.sh [NETJS]
set -u
cd "$(dirname "$0")/../tests/js"
NETJS=${1:-../../build/netjs}
command -v node >/dev/null || { echo "node not found" >&2; exit 2; }
both=0; only_netjs=0; only_node=0; neither=0; total=0
for f in */test_*.js; do
  total=$((total + 1))
  timeout 120 "$NETJS" "$f" >/dev/null 2>&1; a=$?
  timeout 120 node "$f" >/dev/null 2>&1; b=$?
  if [ $a -eq 0 ] && [ $b -eq 0 ]; then both=$((both + 1))
  elif [ $a -eq 0 ]; then only_netjs=$((only_netjs + 1)); echo "passes on netjs only: $f"
  elif [ $b -eq 0 ]; then only_node=$((only_node + 1)); echo "passes on node only: $f"
  else neither=$((neither + 1)); echo "fails on both: $f"
  fi
done
echo "node $(node --version): $total test files; $both pass on both, $only_netjs on netjs only, $only_node on node only, $neither on neither"
[ $only_node -eq 0 ] && [ $neither -eq 0 ]
