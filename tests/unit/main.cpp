// The one main() of netjs_unit_tests. ctest runs one entry per test file (--source-file=*<file>.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
