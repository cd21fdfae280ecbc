// FdStream, the CLI's stdio: over a pipe it is a Stream like a TCP socket (the shared read and write
// paths: end of input, a queued write and its completion); over a regular file it reads through the
// thread pool and writes synchronously, reporting the same events.
#include "helpers.h"

#include "core/fd_stream.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

using namespace netjs::test;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

// Counts every StreamListener event and keeps the data; `stream` is cleared on on_close.
struct RecordingStream : StreamListener {
  int data_cb = 0, end_cb = 0, error_cb = 0, write_done_cb = 0, close_cb = 0;
  std::string data;
  std::string events;
  Error last_err;
  FdStream* stream = nullptr;
  std::function<void(Stream&)> on_end_hook;
  std::function<void(Stream&, const Error&)> on_write_done_hook;

  void on_data(Stream& s, const char* d, std::size_t len) override {
    CHECK(&s == stream);
    if (data_cb++ == 0) events += "data ";
    data.append(d, len);
  }
  void on_end(Stream& s) override {
    ++end_cb;
    events += "end ";
    CHECK_FALSE(s.reading());
    if (on_end_hook) on_end_hook(s);
  }
  void on_error(Stream&, const Error& err) override {
    ++error_cb;
    events += "error ";
    last_err = err;
  }
  void on_write_done(Stream& s, const Error& err) override {
    ++write_done_cb;
    events += "write_done ";
    last_err = err;
    if (on_write_done_hook) on_write_done_hook(s, err);
  }
  void on_close(Stream& s) override {
    ++close_cb;
    events += "close ";
    CHECK(&s == stream);
    stream = nullptr;
  }
};

// A pipe's two descriptors; an end handed to an FdStream is the stream's (libuv closes it).
struct Pipe {
  int fds[2] = {-1, -1};
  Pipe() { REQUIRE(::pipe2(fds, O_CLOEXEC) == 0); }
  ~Pipe() {
    for (int fd : fds) {
      if (fd >= 0) ::close(fd);
    }
  }
  int take(int end) {
    int fd = fds[end];
    fds[end] = -1;
    return fd;
  }
};

}  // namespace

TEST_CASE("FdStream: a pipe is read to its end; bytes counted, reading stopped at the end") {
  RecordingStream in;
  Pipe pipe;
  Loop loop;
  Watchdog dog(loop);
  int err = 0;
  in.stream = FdStream::open(loop, pipe.take(0), &in, &err);
  REQUIRE(in.stream);
  CHECK(err == 0);
  CHECK_FALSE(in.stream->is_file());
  CHECK(in.stream->describe().find("(pipe)") != std::string::npos);
  const std::string sent = pattern(200 * 1024, 5);
  in.on_end_hook = [](Stream& s) { s.close(); };
  REQUIRE(in.stream->read_start() == 0);
  CHECK(in.stream->reading());
  // A writer on the other end, a piece per loop turn, then EOF.
  std::size_t off = 0;
  int wfd = pipe.take(1);
  Timer* writer = Timer::create(loop, [&](Timer& t) {
    ssize_t n = ::write(wfd, sent.data() + off, std::min<std::size_t>(sent.size() - off, 16 * 1024));
    CHECK(n > 0);
    off += static_cast<std::size_t>(n);
    if (off == sent.size()) {
      ::close(wfd);
      t.close();
    }
  });
  REQUIRE(writer->start(0, 1) == 0);
  CHECK(loop.run() == false);
  CHECK(in.events == "data end close ");
  CHECK(in.data.size() == sent.size());
  CHECK((in.data == sent));
  CHECK(in.error_cb == 0);
  CHECK(in.write_done_cb == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("FdStream: a write to a full pipe is queued; on_write_done once drained, chunk kept until then") {
  RecordingStream out, in;
  ChunkCounters big;
  Pipe pipe;
  Loop loop;
  Watchdog dog(loop);
  int err = 0;
  out.stream = FdStream::open(loop, pipe.take(1), &out, &err);
  REQUIRE(out.stream);
  in.stream = FdStream::open(loop, pipe.take(0), &in, &err);
  REQUIRE(in.stream);
  const std::string payload = pattern(kMiB, 6);  // far more than a pipe holds
  CHECK(out.stream->write(counting_chunk(payload, &big)) == Stream::kQueued);
  CHECK(big.retained == 1);
  CHECK(big.destroyed == 0);
  CHECK(out.stream->queued_bytes() > 0);
  CHECK(out.stream->bytes_written() + out.stream->queued_bytes() == payload.size());
  int destroyed_at_done = -1;
  std::size_t queued_at_done = 1;
  out.on_write_done_hook = [&](Stream& s, const Error& e) {
    CHECK_FALSE(e);
    destroyed_at_done = big.destroyed;  // released before the listener hears of it
    queued_at_done = s.queued_bytes();
  };
  in.on_end_hook = [&](Stream& s) { s.close(); };
  REQUIRE(in.stream->read_start() == 0);
  REQUIRE(run_until(loop, [&] { return out.write_done_cb == 1 && in.data.size() == payload.size(); }));
  CHECK(destroyed_at_done == 1);
  CHECK(queued_at_done == 0);
  CHECK(out.stream->bytes_written() == payload.size());
  out.stream->close();  // the reader sees the end and closes itself
  CHECK(loop.run() == false);
  CHECK((in.data == payload));
  CHECK(in.events == "data end close ");
  CHECK(out.events == "write_done close ");
  CHECK(big.retained == 1);
  CHECK(big.destroyed == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("FdStream: a regular file is read to its end and written at once") {
  RecordingStream in, out;
  char path[] = "/tmp/netjs-fd-stream-XXXXXX";
  int fd = ::mkstemp(path);
  REQUIRE(fd >= 0);
  Loop loop;
  Watchdog dog(loop);
  const std::string content = pattern(150 * 1024, 7);  // more than one 64 KiB read
  int err = 0;
  out.stream = FdStream::open(loop, fd, &out, &err);
  REQUIRE(out.stream);
  CHECK(out.stream->is_file());
  std::vector<std::unique_ptr<Chunk>> chunks;
  chunks.push_back(make_chunk(content.substr(0, 1000)));
  chunks.push_back(make_chunk(content.substr(1000)));
  CHECK(out.stream->write(std::move(chunks)) == Stream::kWritten);
  CHECK(out.stream->bytes_written() == content.size());
  CHECK(out.stream->queued_bytes() == 0);
  out.stream->close();
  CHECK(out.close_cb == 0);  // never inside close()
  CHECK(loop.run() == false);
  CHECK(out.events == "close ");

  in.stream = FdStream::open_file(loop, path, &in, &err);
  REQUIRE(in.stream);
  in.on_end_hook = [](Stream& s) { s.close(); };
  REQUIRE(in.stream->read_start() == 0);
  CHECK(loop.run() == false);
  CHECK(in.events == "data end close ");
  CHECK((in.data == content));
  CHECK(in.error_cb == 0);
  ::close(fd);
  ::unlink(path);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}
