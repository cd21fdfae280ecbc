'use strict';
// The legacy Stream base: an EventEmitter whose pipe() forwards 'data' and ends the destination;
// require('stream') is that class with the stream classes attached.
var assert = require('assert');
var common = require('../common');
var EventEmitter = require('events');
var stream = require('stream');
common.deadline(5000);

assert.strictEqual(typeof stream, 'function');
assert.strictEqual(stream.Stream, stream);
['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'finished', 'pipeline'].forEach(function (k) {
  assert.strictEqual(typeof stream[k], 'function', k);
});
assert.ok(new stream() instanceof EventEmitter);
assert.ok(new stream.Readable() instanceof stream);
assert.ok(new stream.Writable() instanceof EventEmitter);
// Constructors work without `new` too.
assert.ok(stream.Readable({ read: function () {} }) instanceof stream.Readable);
assert.ok(stream.PassThrough() instanceof stream.Transform);

// Legacy pipe from an old-style emitter into a Writable.
(function () {
  var src = new stream();
  src.readable = true;
  var got = [];
  var dest = new stream.Writable({
    highWaterMark: 1,
    write: function (c, e, cb) {
      got.push(String(c));
      setImmediate(cb);
    }
  });
  var pauses = 0;
  var resumes = 0;
  src.pause = function () { pauses++; };
  src.resume = function () { resumes++; };
  src.pipe(dest);
  src.emit('data', 'one');
  src.emit('data', 'two');
  src.emit('end');
  dest.on('finish', common.mustCall(function () {
    assert.deepStrictEqual(got, ['one', 'two']);
    assert.ok(pauses >= 1);
    assert.strictEqual(resumes, 0);   // 'end' came first: pipe cleaned up its 'drain' listener
  }));
})();

// Readable.wrap() turns an old-style stream into a Readable.
(function () {
  var old = new EventEmitter();
  var r = new stream.Readable().wrap(old);
  var got = '';
  r.on('data', function (c) { got += c; });
  r.on('end', common.mustCall(function () { assert.strictEqual(got, 'abc'); }));
  setImmediate(function () {
    old.emit('data', Buffer.from('ab'));
    old.emit('data', Buffer.from('c'));
    old.emit('end');
  });
})();

// Readable.from() with an array: one chunk per element (objectMode).
(function () {
  var r = stream.Readable.from(['x', 'y', 'z']);
  assert.strictEqual(r.readableObjectMode, true);
  var got = [];
  r.on('data', function (v) { got.push(v); });
  r.on('end', common.mustCall(function () { assert.deepStrictEqual(got, ['x', 'y', 'z']); }));
})();
