'use strict';
// Streams share their state defaults (netjs keeps them on the state prototypes to save memory per
// socket): what one stream buffers, pipes to, or queues must never show up in another.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
common.deadline(5000);

// Buffered readable chunks, unshift and setEncoding stay with their stream.
(function () {
  var a = new stream.Readable({ read: function () {} });
  var b = new stream.Readable({ read: function () {} });
  a.push('one');
  a.unshift('zero');
  assert.strictEqual(a.readableLength, 7);
  assert.strictEqual(b.readableLength, 0);
  assert.deepStrictEqual(b.readableBuffer, []);
  b.setEncoding('utf8');
  assert.strictEqual(b.readableLength, 0);
  assert.strictEqual(a.read().toString(), 'zeroone');
  assert.strictEqual(a.readableLength, 0);
  a.push('again');
  assert.strictEqual(b.readableLength, 0);
  assert.strictEqual(a.readableLength, 5);
})();

// A pipe from one readable is not a pipe of another.
(function () {
  var src1 = new stream.Readable({ read: function () {} });
  var src2 = new stream.Readable({ read: function () {} });
  var got = [];
  var dest = new stream.Writable({ write: function (c, e, cb) { got.push(c.toString()); cb(); } });
  src1.pipe(dest);
  assert.strictEqual(src1._readableState.pipes.length, 1);
  assert.strictEqual(src2._readableState.pipes.length, 0);
  src2.unpipe();
  src1.unpipe(dest);
  assert.strictEqual(src1._readableState.pipes.length, 0);
  src1.pipe(dest);
  src1.push('x');
  src1.push(null);
  dest.on('finish', common.mustCall(function () { assert.deepStrictEqual(got, ['x']); }));
})();

// Writes buffered behind a pending write, and end() callbacks, stay with their writable.
(function () {
  var pendingCb = null;
  var w1 = new stream.Writable({ highWaterMark: 100, write: function (c, e, cb) { pendingCb = cb; } });
  var w2 = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  w1.write('a');
  w1.write('b');
  w1.write('c');
  assert.strictEqual(w1.writableLength, 3);
  assert.strictEqual(w1._writableState.getBuffer().length, 2);
  assert.strictEqual(w2._writableState.getBuffer().length, 0);
  assert.strictEqual(w2.writableLength, 0);
  w1.end(common.mustCall());
  w2.end(common.mustCall());
  assert.strictEqual(w2.writableLength, 0);
  pendingCb();
  pendingCb();
  pendingCb();
})();

// A state option given to one stream does not become another's default.
(function () {
  var a = new stream.Duplex({ highWaterMark: 3, objectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
  var b = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  assert.strictEqual(a.readableHighWaterMark, 3);
  assert.strictEqual(a.writableObjectMode, true);
  assert.strictEqual(b.readableHighWaterMark, 16384);
  assert.strictEqual(b.writableHighWaterMark, 16384);
  assert.strictEqual(b.readableObjectMode, false);
})();
