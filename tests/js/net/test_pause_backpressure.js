'use strict';
// pause() on the receiving side pushes back on the sender: while the receiver is paused no 'data'
// arrives, the sender's write() returns false, its backlog (writableLength/bufferSize) stays and
// 'drain' never fires; after resume() every byte arrives, in order, byte-exact, and 'drain' follows.
var assert = require('assert');
var common = require('../common');
var net = require('net');
var fs = require('fs');
common.deadline(20000);

var CHUNK = 64 * 1024;
// Deterministic content: byte i of chunk n is (n * 31 + i) & 0xff, i.e. a slice of a ramp, so
// chunks cost no allocation and are checked with Buffer.equals rather than byte by byte.
var ramp = Buffer.allocUnsafe(CHUNK + 512);
for (var r = 0; r < ramp.length; r++) ramp[r] = r & 0xff;
function chunkFor(n) {
  var s = (n * 31) & 0xff;
  return ramp.slice(s, s + CHUNK);
}

var paused = true;
var received = 0;
var mismatches = 0;
var serverSocket = null;

var server = net.createServer(common.mustCall(function (socket) {
  serverSocket = socket;
  socket.pause();
  assert.strictEqual(socket.isPaused(), true);
  socket.on('data', function (d) {
    assert.strictEqual(paused, false, 'data while paused');
    var off = 0;
    while (off < d.length) {
      var pos = received + off;
      var within = pos % CHUNK;
      var n = Math.min(d.length - off, CHUNK - within);
      var expected = chunkFor(Math.floor(pos / CHUNK)).slice(within, within + n);
      if (!d.slice(off, off + n).equals(expected)) mismatches++;
      off += n;
    }
    received += d.length;
  });
  socket.on('end', common.mustCall(function () {
    assert.strictEqual(mismatches, 0);
    assert.strictEqual(received, totalSent);
    assert.strictEqual(socket.bytesRead, totalSent);
    socket.end();
  }));
  socket.on('close', function () { server.close(); });
}));

// The most the kernel buffers for one loopback connection: the sender's and the receiver's socket
// buffers at their autotuning maxima (Linux defaults 4 MiB and 6 MiB).
function kernelBufferMax() {
  function max(name, fallback) {
    try {
      var fields = fs.readFileSync('/proc/sys/net/ipv4/' + name, 'utf8').trim().split(/\s+/);
      var n = Number(fields[2]);
      return n > 0 ? n : fallback;
    } catch (e) {
      return fallback;
    }
  }
  return max('tcp_wmem', 4 * 1024 * 1024) + max('tcp_rmem', 6 * 1024 * 1024);
}

var totalSent = 0;
var chunks = 0;
var drained = false;

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('drain', function () { drained = true; });
  c.on('connect', common.mustCall(function () {
    // Fill: until the kernel buffers are full and write() says stop.
    var ok = true;
    while (ok) {
      ok = c.write(chunkFor(chunks++));
      totalSent += CHUNK;
      assert.ok(chunks < 4096, 'write() never returned false (256 MiB sent to a paused peer)');
    }
    assert.ok(c.writableLength >= c.writableHighWaterMark, 'writableLength ' + c.writableLength);
    assert.ok(c.bufferSize >= c.writableHighWaterMark, 'bufferSize ' + c.bufferSize);
    // A backlog above all the kernel may still take while the receiver is paused: after the first
    // refusal the sender's buffer can grow up to tcp_wmem's maximum and the paused receiver's up to
    // tcp_rmem's (autotuning; on a slow run, e.g. under valgrind, there is time for both), and that
    // must not empty the backlog and let 'drain' through. Each write() must go on saying stop.
    var extraChunks = Math.ceil((kernelBufferMax() + 2 * 1024 * 1024) / CHUNK);
    for (var extra = 0; extra < extraChunks; extra++) {
      assert.strictEqual(c.write(chunkFor(chunks++)), false);
      totalSent += CHUNK;
    }
    assert.strictEqual(c.bytesWritten, totalSent, 'bytesWritten counts every byte written');

    // Keep pushing for a while: nothing drains, every write returns false, the backlog stays.
    var rounds = 0;
    var timer = setInterval(function () {
      assert.strictEqual(drained, false, "'drain' while the receiver is paused");
      assert.strictEqual(c.write(chunkFor(chunks++)), false);
      totalSent += CHUNK;
      // The backlog stays (the kernel may take a little more of it, never all of it).
      assert.ok(c.writableLength >= c.writableHighWaterMark, 'writableLength ' + c.writableLength);
      assert.strictEqual(c.bufferSize, c.writableLength);
      assert.strictEqual(c.bytesWritten, totalSent);
      if (++rounds === 8) {
        clearInterval(timer);
        assert.strictEqual(received, 0);
        c.once('drain', common.mustCall(function () {
          assert.strictEqual(c.writableLength, 0);
          c.end();
        }));
        paused = false;
        serverSocket.resume();
      }
    }, 25);
  }));
  c.resume();
  c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
}));
