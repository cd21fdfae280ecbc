// How a test script that uses require('test') (tape's API) tells `netjs test` which test() each
// line of its TAP belongs to, shared by both ends (the JS side: lib/js/modules/internal/tape/
// harness.js). The runner starts every test with kTapeMarksEnv=1; the harness then writes, besides
// tape's TAP on stdout, mark lines that begin with kTapeMark (a character no TAP line starts with),
// fields separated by tabs:
//   \x1eT <id> <parent id or 0> <"skip"|"todo"|"-"> <name>   a test() starts (its "# name" follows)
//   \x1eA <id>                                            the next "ok"/"not ok" line is test id's
//   \x1eE <id>                                            test id ended
// The runner takes the marks out of the output it keeps. A script without marks is reported as a
// whole, as any other.
#pragma once

namespace netjs::runner {

constexpr const char* kTapeMarksEnv = "NETJS_TEST_TAP_MARKS";
constexpr char kTapeMark = '\x1e';

}  // namespace netjs::runner
