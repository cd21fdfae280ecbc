'use strict';
// stream.pipeline(...streams, callback): data flows end to end, the callback runs once the last
// stream finishes; an error anywhere destroys every stream and reaches the callback.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
var pipeline = stream.pipeline;
common.deadline(5000);

function source(chunks) {
  chunks = chunks.slice();
  return new stream.Readable({
    read: function () { this.push(chunks.length ? chunks.shift() : null); }
  });
}

// Success.
(function () {
  var out = '';
  var upper = new stream.Transform({
    transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); }
  });
  var sink = new stream.Writable({
    write: function (c, e, cb) { out += c; setImmediate(cb); }
  });
  var ret = pipeline(source(['a', 'b', 'c']), upper, sink, common.mustCall(function (err) {
    assert.ok(!err);
    assert.strictEqual(out, 'ABC');
    assert.strictEqual(sink.writableFinished, true);
  }));
  assert.strictEqual(ret, sink);
})();

// Array form.
(function () {
  var out = [];
  var sink = new stream.Writable({
    write: function (c, e, cb) { out.push(String(c)); cb(); }
  });
  pipeline([source(['x', 'y']), new stream.PassThrough(), sink], common.mustCall(function (err) {
    assert.ok(!err);
    assert.deepStrictEqual(out, ['x', 'y']);
  }));
})();

// An error in the middle destroys every stream and is passed to the callback.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var bad = new stream.Transform({
    transform: function (c, e, cb) { cb(new Error('transform failed')); }
  });
  var sink = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  pipeline(src, bad, sink, common.mustCall(function (err) {
    assert.strictEqual(err.message, 'transform failed');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(bad.destroyed, true);
    assert.strictEqual(sink.destroyed, true);
  }));
  src.push('boom');
})();

// The source being destroyed early is reported as premature close.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var sink = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  pipeline(src, sink, common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(sink.destroyed, true);
  }));
  src.push('partial');
  setTimeout(function () { src.destroy(); }, 5);
})();

// Destination error.
(function () {
  var src = source(['1', '2', '3']);
  var sink = new stream.Writable({
    write: function (c, e, cb) { cb(new Error('write failed')); }
  });
  pipeline(src, sink, common.mustCall(function (err) {
    assert.strictEqual(err.message, 'write failed');
    assert.strictEqual(src.destroyed, true);
  }));
})();

// Argument validation.
(function () {
  assert.throws(function () {
    pipeline(source([]), new stream.PassThrough());
  }, function (e) { return e.code === 'ERR_INVALID_ARG_TYPE'; });
  assert.throws(function () {
    pipeline(source([]), function () {});
  }, function (e) { return e.code === 'ERR_MISSING_ARGS'; });
})();
