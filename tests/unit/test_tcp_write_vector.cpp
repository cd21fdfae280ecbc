// TcpSocket::write of several chunks: one write in order, partly taken at once or queued whole,
// every chunk kept until done and released once, nothing joined into a copy.
#include "helpers.h"

using namespace netjs::test;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

void close_both(Loop& loop, Pair& p) {
  if (p.client.socket) p.client.socket->close();
  if (p.peer.socket) p.peer.socket->close();
  CHECK(loop.run() == false);
}

}  // namespace

TEST_CASE("TcpSocket::write(chunks): small chunks go out at once, in order, and are released") {
  Pair p;
  ChunkCounters a, b, c;
  Loop loop;
  Watchdog dog(loop);
  p.setup(loop);
  std::vector<std::unique_ptr<Chunk>> chunks;
  chunks.push_back(counting_chunk("one ", &a));
  chunks.push_back(counting_chunk("", &b));  // an empty chunk is allowed and skipped
  chunks.push_back(counting_chunk("two", &c));
  CHECK(p.client.socket->write(std::move(chunks)) == TcpSocket::kWritten);
  CHECK(a.retained + b.retained + c.retained == 0);
  CHECK(a.destroyed + b.destroyed + c.destroyed == 3);
  CHECK(p.client.socket->bytes_written() == 7);
  REQUIRE(run_until(loop, [&] { return p.peer.data.size() == 7; }));
  CHECK(p.peer.data == "one two");
  close_both(loop, p);
  CHECK(p.client.write_done_cb == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
}

TEST_CASE("TcpSocket::write(chunks): to a peer not reading, the rest is queued as one write") {
  Pair p;
  ChunkCounters counters[3];
  Loop loop;
  Watchdog dog(loop, 20000);
  p.server.read_on_accept = false;
  p.setup(loop);
  // Chunk sizes that make the kernel stop inside one of them (a partial first write).
  const std::string parts[3] = {pattern(3 * kMiB + 17, 1), pattern(5 * kMiB + 3, 2), pattern(4 * kMiB, 3)};
  std::vector<std::unique_ptr<Chunk>> chunks;
  for (int i = 0; i < 3; ++i) chunks.push_back(counting_chunk(parts[i], &counters[i]));
  TcpSocket* s = p.client.socket;
  CHECK(s->write(std::move(chunks)) == TcpSocket::kQueued);
  for (const ChunkCounters& k : counters) {
    CHECK(k.retained == 1);
    CHECK(k.destroyed == 0);
  }
  const std::size_t total = parts[0].size() + parts[1].size() + parts[2].size();
  // uv_write() itself may hand the kernel more of the queued part at once (the peer's kernel can take
  // more between the two calls, more often on a busy machine); that part is counted in bytes_written()
  // only when the write completes, so the sum can fall short of the total here, never exceed it.
  CHECK(s->queued_bytes() > 0);
  CHECK(s->bytes_written() + s->queued_bytes() <= total);
  REQUIRE(p.peer.socket->read_start() == 0);
  REQUIRE(run_until(loop, [&] { return p.client.write_done_cb == 1 && p.peer.data.size() == total; }, 15000));
  for (const ChunkCounters& k : counters) CHECK(k.destroyed == 1);
  CHECK(s->bytes_written() == total);
  CHECK(s->queued_bytes() == 0);
  bool same = p.peer.data == parts[0] + parts[1] + parts[2];
  CHECK(same);
  close_both(loop, p);
  dog.disarm();
  CHECK(loop.close() == 0);
}

TEST_CASE("TcpSocket::write(chunks): on a closed socket, an error and every chunk released") {
  Pair p;
  ChunkCounters a;
  Loop loop;
  Watchdog dog(loop);
  p.setup(loop);
  p.client.socket->close();
  std::vector<std::unique_ptr<Chunk>> chunks;
  chunks.push_back(counting_chunk("late", &a));
  CHECK(p.client.socket->write(std::move(chunks)) == UV_EBADF);
  CHECK(a.destroyed == 1);
  CHECK(a.retained == 0);
  p.peer.socket->close();
  CHECK(loop.run() == false);
  dog.disarm();
  CHECK(loop.close() == 0);
}
