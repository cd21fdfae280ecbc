#!/bin/bash
# Module search directories that depend on the environment and the working directory: NODE_PATH and
# $HOME/.node_modules (as Node, and checked against Node when it is installed), then IoT.js's: the
# working directory, ./iotjs_modules, $HOME/iotjs_modules, $IOTJS_PATH/iotjs_modules,
# $IOTJS_EXTRA_MODULE_PATH; process.chdir() moves the cwd-based ones, not relative requires.
. "$(dirname "$0")/lib.sh"
case $NETJS in /*) ;; */*) NETJS=$PWD/$NETJS ;; esac  # the tests run it from other directories

P=$TMP/project
mkdir -p "$P/lib" "$P/app" "$P/iotjs_modules" "$TMP/home/iotjs_modules" "$TMP/home/.node_modules" \
         "$TMP/iotjs_path/iotjs_modules" "$TMP/extra1" "$TMP/extra2" "$TMP/nodepath" "$TMP/elsewhere/lib"
echo "module.exports = 'project/lib/helper.js';" > "$P/lib/helper.js"
echo "module.exports = 'elsewhere/lib/helper.js';" > "$TMP/elsewhere/lib/helper.js"
echo "module.exports = 'project/iotjs_modules/cwdmod.js';" > "$P/iotjs_modules/cwdmod.js"
echo "module.exports = 'home/iotjs_modules/homemod.js';" > "$TMP/home/iotjs_modules/homemod.js"
echo "module.exports = 'home/.node_modules/dotmod.js';" > "$TMP/home/.node_modules/dotmod.js"
echo "module.exports = 'iotjs_path/iotjs_modules/pathmod.js';" > "$TMP/iotjs_path/iotjs_modules/pathmod.js"
echo "module.exports = 'extra1/x1.js';" > "$TMP/extra1/x1.js"
echo "module.exports = 'extra2/x2.js';" > "$TMP/extra2/x2.js"
echo "module.exports = 'nodepath/np.js';" > "$TMP/nodepath/np.js"
# NODE_PATH comes before IoT.js's directories: the same name in both resolves to NODE_PATH's.
echo "module.exports = 'nodepath/homemod.js';" > "$TMP/nodepath/homemod.js"
echo "module.exports = require('./sibling');" > "$P/app/main.js"
echo "module.exports = 'app/sibling.js';" > "$P/app/sibling.js"

run() {  # run SCRIPT: netjs -e SCRIPT in $P with the test environment
  (cd "$P" && env -u NODE_PATH -u IOTJS_PATH -u IOTJS_EXTRA_MODULE_PATH -u IOTJS_WORKING_DIR_PATH \
     HOME="$TMP/home" "$@")
}

expect_code 0 "IoT.js: the working directory (require('lib/helper') from the project root)" -- \
  run "$NETJS" -e "console.log(require('lib/helper'))"
expect_grep "$TMP/out" '^project/lib/helper.js$' "lib/helper found in the working directory"

expect_code 0 "IoT.js: ./iotjs_modules" -- run "$NETJS" -e "console.log(require('cwdmod'))"
expect_grep "$TMP/out" '^project/iotjs_modules/cwdmod.js$' "cwdmod found in ./iotjs_modules"

expect_code 0 "IoT.js: \$HOME/iotjs_modules" -- run "$NETJS" -e "console.log(require('homemod'))"
expect_grep "$TMP/out" '^home/iotjs_modules/homemod.js$' "homemod found in \$HOME/iotjs_modules"

expect_code 0 "IoT.js: \$IOTJS_PATH/iotjs_modules" -- \
  run env IOTJS_PATH="$TMP/iotjs_path" "$NETJS" -e "console.log(require('pathmod'))"
expect_grep "$TMP/out" '^iotjs_path/iotjs_modules/pathmod.js$' "pathmod found in \$IOTJS_PATH/iotjs_modules"

expect_code 0 "IoT.js: each of \$IOTJS_EXTRA_MODULE_PATH" -- \
  run env IOTJS_EXTRA_MODULE_PATH="$TMP/extra1::$TMP/extra2" "$NETJS" -e "console.log(require('x1') + ' ' + require('x2'))"
expect_grep "$TMP/out" '^extra1/x1.js extra2/x2.js$' "x1 and x2 found in the extra directories"

expect_code 0 "IoT.js: \$IOTJS_EXTRA_MODULE_PATH relative to the working directory" -- \
  run env IOTJS_EXTRA_MODULE_PATH="../extra2" "$NETJS" -e "console.log(require('x2'))"
expect_grep "$TMP/out" '^extra2/x2.js$' "x2 found through ../extra2"

expect_code 1 "a name in no directory: MODULE_NOT_FOUND" -- run "$NETJS" -e "require('x1')"
expect_grep "$TMP/err" "Cannot find module 'x1'" "Node's message for a missing module"

# process.chdir(): the IoT.js directories follow the working directory at the time of the require;
# a relative require still starts from the requiring module's directory.
expect_code 0 "after process.chdir, the new working directory is searched" -- \
  run "$NETJS" -e "process.chdir('$TMP/elsewhere'); console.log(require('lib/helper'), process.cwd() === '$TMP/elsewhere')"
expect_grep "$TMP/out" '^elsewhere/lib/helper.js true$' "lib/helper found in the new working directory"
expect_code 0 "a relative require ignores the working directory" -- \
  run "$NETJS" -e "process.chdir('/'); console.log(require('$P/app/main.js'))"
expect_grep "$TMP/out" '^app/sibling.js$' "./sibling found beside app/main.js"

# A working directory that was removed: process.cwd() throws Node's error (the script itself, given by
# its absolute path, still loads).
echo "try { process.cwd(); } catch (e) { console.log([e.message, e.code, e.errno, e.syscall].join(' ')); }" > "$TMP/cwd.js"
mkdir "$TMP/gone"
expect_code 0 "process.cwd() in a removed directory" -- bash -c 'cd "$1" && rmdir "$1" && exec "$2" "$3"' _ "$TMP/gone" "$NETJS" "$TMP/cwd.js"
expect_grep "$TMP/out" '^ENOENT: no such file or directory, uv_cwd ENOENT -2 uv_cwd$' "Node's uv_cwd error"

# Node's global directories, also checked against Node itself.
check_node_too() {  # check_node_too DESCRIPTION EXPECTED ENV... -- SCRIPT
  local desc=$1 printed=$2; shift 2
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  expect_code 0 "$desc (netjs)" -- run env "${envs[@]}" "$NETJS" -e "$1"
  expect_grep "$TMP/out" "^$printed\$" "$desc: netjs prints $printed"
  if command -v node >/dev/null 2>&1; then
    expect_code 0 "$desc (node)" -- run env "${envs[@]}" node -e "$1"
    expect_grep "$TMP/out" "^$printed\$" "$desc: node prints $printed"
  fi
}
check_node_too "NODE_PATH" "nodepath/np.js" NODE_PATH="/nonexistent:$TMP/nodepath" -- "console.log(require('np'))"
check_node_too "NODE_PATH set by the script, then Module._initPaths()" "nodepath/np.js" X=1 -- \
  "process.env.NODE_PATH = '$TMP/nodepath'; require('module')._initPaths(); console.log(require('np'))"
check_node_too "\$HOME/.node_modules" "home/.node_modules/dotmod.js" X=1 -- "console.log(require('dotmod'))"
check_node_too "NODE_PATH before \$HOME/iotjs_modules" "nodepath/homemod.js" NODE_PATH="$TMP/nodepath" -- \
  "console.log(require('homemod'))"
check_node_too "require.resolve.paths lists NODE_PATH after node_modules" "true" NODE_PATH="$TMP/nodepath" -- \
  "var p = require.resolve.paths('x'); console.log(p.indexOf('$TMP/nodepath') === module.paths.length)"

finish
