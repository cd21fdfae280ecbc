'use strict';
// 64 MiB through an echo server (socket.pipe(socket)) and back, byte-exact. The pattern is
// deterministic: chunk k is base[k % BASES] with k stamped in its first 4 bytes, so the receiver
// rebuilds the expected chunk and compares with Buffer.equals, holding only one chunk at a time.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(60000);

var CHUNK = 256 * 1024;
var COUNT = 256;  // 64 MiB
var TOTAL = CHUNK * COUNT;
var BASES = 7;
var bases = [];
for (var b = 0; b < BASES; b++) {
  var buf = Buffer.allocUnsafe(CHUNK);
  var x = (b * 2654435761) >>> 0;
  for (var i = 0; i < CHUNK; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    buf[i] = x >>> 24;
  }
  bases.push(buf);
}
function makeChunk(k) {
  var c = Buffer.allocUnsafe(CHUNK);
  bases[k % BASES].copy(c);
  c.writeUInt32BE(k, 0);
  return c;
}

var started = Date.now();
var server = net.createServer(common.mustCall(function (socket) {
  socket.pipe(socket);
  socket.on('close', function () { server.close(); });
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var sent = 0;
  var drains = 0;
  function pump() {
    while (sent < COUNT) {
      var ok = c.write(makeChunk(sent++));
      if (!ok) return;
    }
    c.end();
  }
  c.on('connect', pump);
  c.on('drain', function () { drains++; pump(); });

  var received = 0;
  var expectIndex = -1;
  var expectChunk = null;
  var mismatchAt = -1;
  c.on('data', function (d) {
    var off = 0;
    while (off < d.length) {
      var k = Math.floor(received / CHUNK);
      var within = received % CHUNK;
      if (k !== expectIndex) {
        expectIndex = k;
        expectChunk = makeChunk(k);
      }
      var n = Math.min(d.length - off, CHUNK - within);
      if (mismatchAt < 0 && !d.slice(off, off + n).equals(expectChunk.slice(within, within + n))) {
        mismatchAt = received;
      }
      off += n;
      received += n;
    }
  });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(mismatchAt, -1, 'first mismatch at byte ' + mismatchAt);
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(c.bytesRead, TOTAL);
    assert.strictEqual(c.bytesWritten, TOTAL);
    assert.ok(drains > 0, 'backpressure never engaged');
  }));
  c.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    if (process.env.NETJS_TEST_VERBOSE) console.log('64 MiB echo in ' + (Date.now() - started) + ' ms');
  }));
}));
