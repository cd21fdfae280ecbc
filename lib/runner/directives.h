// Per-file settings read from a test's leading comment lines:
//
//   // netjs-test: timeout=120          seconds, instead of --timeout
//   // netjs-test: expect-fail          the test must exit non-zero (IoT.js's "run_fail" tests)
//   // netjs-test: skip needs IPv6      not run; the rest of the line is the reason
//
// Only the header counts: blank lines, comments, a #! line and 'use strict' may come before a
// directive; the first line of code ends the header. Several directives may share a line
// (`// netjs-test: expect-fail timeout=5`); `skip` takes the rest of its line.
#pragma once

#include "runner/test_file.h"

#include <string>

namespace netjs::runner {

Directives parse_directives(const std::string& source);

// Reads the header of `path` (the first few KiB). A file that cannot be read gets an error.
Directives read_directives(const std::string& path);

}  // namespace netjs::runner
