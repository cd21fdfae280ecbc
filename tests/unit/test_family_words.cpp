// Dual-stack in plain words: each address with its family (IPv6 in brackets) and its outcome as a
// word, the syscall and code beside it; connect's JSON `tried` list.
#include "commands/family_words.h"

#include "commands_helpers.h"

#include <uv.h>

using namespace netjs::test;
using namespace netjs::commands;
using netjs::core::ConnectTry;
using netjs::core::Endpoint;

namespace {
ConnectTry try_of(const std::string& address, int family, int code, double connect_ms = -1) {
  ConnectTry t;
  t.address = Endpoint{address, 8080, family};
  if (code != 0) t.error = make_error(code, "connect", address, 8080);
  t.connect_ms = connect_ms;
  return t;
}
}  // namespace

TEST_CASE("family_address: IPv6 in brackets, IPv4 bare") {
  CHECK(family_address(6, "::1") == "IPv6 [::1]");
  CHECK(family_address(4, "127.0.0.1") == "IPv4 127.0.0.1");
}

TEST_CASE("outcome_in_words: each class in a word, with the syscall and code") {
  CHECK(outcome_in_words("open", {}, -1) == "open");
  CHECK(outcome_in_words("refused", make_error(UV_ECONNREFUSED, "connect"), -1) == "refused (connect ECONNREFUSED)");
  CHECK(outcome_in_words("unreachable", make_error(UV_ENETUNREACH, "connect"), -1) == "unreachable (connect ENETUNREACH)");
  CHECK(outcome_in_words("reset", make_error(UV_ECONNRESET, "read"), -1) == "reset (read ECONNRESET)");
  CHECK(outcome_in_words("timeout", make_error(UV_ETIMEDOUT, "connect"), 3000) == "timeout after 3.00 s");
  CHECK(outcome_in_words("timeout", make_error(UV_ETIMEDOUT, "connect"), -1) == "timeout");
  CHECK(outcome_in_words("mismatch", make_error(0, "read"), -1) == "mismatch");
}

TEST_CASE("tries_in_words: every address in order, one failed and one open") {
  std::vector<ConnectTry> tried{try_of("::1", 6, UV_ECONNREFUSED), try_of("127.0.0.1", 4, 0, 0.1)};
  CHECK(try_result(tried[0]) == "refused");
  CHECK(try_result(tried[1]) == "open");
  CHECK(tries_in_words(tried, -1) == "IPv6 [::1]: refused (connect ECONNREFUSED); IPv4 127.0.0.1: open");
}

TEST_CASE("tries_in_words: all failed, a timeout with how long it waited") {
  std::vector<ConnectTry> tried{try_of("::1", 6, UV_ECONNREFUSED), try_of("127.0.0.1", 4, UV_ETIMEDOUT)};
  CHECK(tries_in_words(tried, 2000) ==
        "IPv6 [::1]: refused (connect ECONNREFUSED); IPv4 127.0.0.1: timeout after 2.00 s");
}

TEST_CASE("tried_json: the same fields as probe's tried list") {
  std::vector<ConnectTry> tried{try_of("::1", 6, UV_ECONNREFUSED), try_of("127.0.0.1", 4, 0, 0.25)};
  CHECK(tried_json(tried) ==
        "[{\"address\":\"::1\",\"family\":6,\"result\":\"refused\",\"connect_ms\":null,\"code\":\"ECONNREFUSED\"},"
        "{\"address\":\"127.0.0.1\",\"family\":4,\"result\":\"open\",\"connect_ms\":0.250,\"code\":null}]");
  CHECK(tried_json({}) == "[]");
}

TEST_CASE("outcome_in_words: a UDP probe's silence is no answer, open or filtered") {
  CHECK(outcome_in_words("no-answer", make_error(UV_ETIMEDOUT, "recvmsg"), 1000) == "no answer in 1.00 s (open|filtered)");
  CHECK(outcome_in_words("no-answer", make_error(UV_ETIMEDOUT, "recvmsg"), -1) == "no answer (open|filtered)");
  CHECK(outcome_in_words("refused", make_error(UV_ECONNREFUSED, "recvmsg"), -1) == "refused (recvmsg ECONNREFUSED)");
}
