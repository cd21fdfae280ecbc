'use strict';
// pipe(): all data arrives in order, the source is paused while the destination is over its
// highWaterMark and resumed on 'drain', end() propagates (or not with {end: false}).
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
common.deadline(10000);

function makeSource(total, chunkSize) {
  var sent = 0;
  var src = new stream.Readable({
    highWaterMark: 64,
    read: function () {
      if (sent >= total) {
        this.push(null);
        return;
      }
      var n = Math.min(chunkSize, total - sent);
      var b = Buffer.alloc(n);
      for (var i = 0; i < n; i++) b[i] = (sent + i) & 0xff;
      sent += n;
      this.push(b);
    }
  });
  return src;
}

// A slow writable: at most 64 bytes buffered, each write completes after a timer.
(function () {
  var TOTAL = 4096;
  var src = makeSource(TOTAL, 32);
  var received = [];
  var maxBuffered = 0;
  var pauses = 0;
  var drains = 0;
  var dest = new stream.Writable({
    highWaterMark: 64,
    write: function (chunk, enc, cb) {
      received.push(chunk);
      maxBuffered = Math.max(maxBuffered, this.writableLength);
      setTimeout(cb, 1);
    }
  });
  src.on('pause', function () { pauses++; });
  dest.on('drain', function () { drains++; });
  dest.on('pipe', common.mustCall(function (s) { assert.strictEqual(s, src); }));
  var ret = src.pipe(dest);
  assert.strictEqual(ret, dest);
  dest.on('finish', common.mustCall(function () {
    var all = Buffer.concat(received);
    assert.strictEqual(all.length, TOTAL);
    for (var i = 0; i < TOTAL; i++) assert.strictEqual(all[i], i & 0xff);
    assert.ok(pauses > 0, 'source was never paused');
    assert.ok(drains > 0, 'no drain');
    // Backpressure bounds what piles up in the writable: hwm plus one chunk.
    assert.ok(maxBuffered <= 64 + 32, 'buffered ' + maxBuffered);
  }));
  src.on('end', common.mustCall());
})();

// {end: false} leaves the destination open.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var got = '';
  var dest = new stream.Writable({
    write: function (c, e, cb) { got += c; cb(); }
  });
  src.pipe(dest, { end: false });
  src.push('abc');
  src.push(null);
  src.on('end', common.mustCall(function () {
    setTimeout(function () {
      assert.strictEqual(dest.writableEnded, false);
      assert.strictEqual(got, 'abc');
      dest.end('!');
    }, 10);
  }));
  dest.on('finish', common.mustCall(function () { assert.strictEqual(got, 'abc!'); }));
})();

// One source piped to two destinations: the slower one sets the pace, both get everything.
(function () {
  var src = makeSource(2048, 64);
  var fastGot = 0;
  var slowGot = 0;
  var fast = new stream.Writable({
    highWaterMark: 128,
    write: function (c, e, cb) { fastGot += c.length; cb(); }
  });
  var slow = new stream.Writable({
    highWaterMark: 128,
    write: function (c, e, cb) { slowGot += c.length; setTimeout(cb, 1); }
  });
  src.pipe(fast);
  src.pipe(slow);
  slow.on('finish', common.mustCall(function () { assert.strictEqual(slowGot, 2048); }));
  fast.on('finish', common.mustCall(function () { assert.strictEqual(fastGot, 2048); }));
})();

// Chained pipes through a Transform, objectMode.
(function () {
  var items = [];
  for (var i = 0; i < 100; i++) items.push({ n: i });
  var src = new stream.Readable({
    objectMode: true,
    read: function () { this.push(items.length ? items.shift() : null); }
  });
  var double = new stream.Transform({
    objectMode: true,
    transform: function (o, e, cb) { cb(null, o.n * 2); }
  });
  var sum = 0;
  var count = 0;
  var sink = new stream.Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (v, e, cb) { sum += v; count++; setImmediate(cb); }
  });
  src.pipe(double).pipe(sink);
  sink.on('finish', common.mustCall(function () {
    assert.strictEqual(count, 100);
    assert.strictEqual(sum, 9900);
  }));
})();

// Piping into a destination that errors unpipes it; the error reaches dest's listener.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var dest = new stream.Writable({
    write: function (c, e, cb) { cb(new Error('disk full')); }
  });
  dest.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'disk full');
  }));
  dest.on('unpipe', common.mustCall(function (s) { assert.strictEqual(s, src); }));
  src.pipe(dest);
  src.push('data');
})();
