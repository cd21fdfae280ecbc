'use strict';
// test-labels: slow (ASan's quarantine keeps freed chunks, so rss grows there; emulators report no rss)
// A 64 MiB file copied with rs.pipe(ws): backpressure holds the data in flight to a few chunks, so
// the process grows by far less than the file, and the copy is byte for byte the same.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var Buffer = require('buffer').Buffer;
var dir = require('./tmpdir').make('pipe');

var kMiB = 1024 * 1024;
var kSize = 64 * kMiB;
var src = path.join(dir, 'src.bin');
var dst = path.join(dir, 'dst.bin');

// The source: 1 MiB blocks, each different, written through one reused buffer.
var block = Buffer.alloc(kMiB);
var fd = fs.openSync(src, 'w');
for (var b = 0; b < kSize / kMiB; b++) {
  for (var i = 0; i < kMiB; i += 4096) block.writeUInt32LE(b * kMiB + i, i);
  fs.writeSync(fd, block);
}
fs.closeSync(fd);
block = null;

var before = process.memoryUsage();
var rssPeak = before.rss;
var heapPeak = before.heapUsed;
var rs = fs.createReadStream(src);
var ws = fs.createWriteStream(dst);
rs.on('data', function () {
  var m = process.memoryUsage();
  if (m.rss > rssPeak) rssPeak = m.rss;
  if (m.heapUsed > heapPeak) heapPeak = m.heapUsed;
});
rs.pipe(ws);
ws.on('close', common.mustCall(function () {
  var growth = rssPeak - before.rss;
  // Without backpressure the whole file would be in memory; Node's lazy collector lets ~26 MiB of
  // read buffers pile up before it frees them, netjs frees each as it is written.
  assert.ok(growth < kSize / 2, 'rss grew by ' + growth + ' bytes while copying ' + kSize);
  // netjs counts Buffers in heapUsed (live bytes of its allocator): a few 64 KiB chunks at a time.
  assert.ok(heapPeak - before.heapUsed < 8 * kMiB, 'heap grew by ' + (heapPeak - before.heapUsed));
  assert.strictEqual(rs.bytesRead, kSize);
  assert.strictEqual(ws.bytesWritten, kSize);
  assert.strictEqual(fs.statSync(dst).size, kSize);
  // Compare the two files 1 MiB at a time.
  var a = Buffer.alloc(kMiB);
  var c = Buffer.alloc(kMiB);
  var fa = fs.openSync(src, 'r');
  var fc = fs.openSync(dst, 'r');
  for (var pos = 0; pos < kSize; pos += kMiB) {
    assert.strictEqual(fs.readSync(fa, a, 0, kMiB, pos), kMiB);
    assert.strictEqual(fs.readSync(fc, c, 0, kMiB, pos), kMiB);
    assert.ok(a.equals(c), 'block at ' + pos + ' differs');
  }
  fs.closeSync(fa);
  fs.closeSync(fc);
}));
common.deadline(60000);
