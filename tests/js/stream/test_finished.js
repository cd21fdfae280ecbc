'use strict';
// stream.finished(stream[, options], callback): success after 'end'/'finish', errors,
// premature close, already-finished streams, options.readable/writable, cleanup.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
var finished = stream.finished;
common.deadline(5000);

// Readable: called after 'end'.
(function () {
  var r = new stream.Readable({ read: function () {} });
  var ended = false;
  r.on('end', function () { ended = true; });
  finished(r, common.mustCall(function (err) {
    assert.ok(!err);
    assert.strictEqual(ended, true);
  }));
  r.resume();
  r.push('a');
  r.push(null);
})();

// Writable: called after 'finish'.
(function () {
  var w = new stream.Writable({ write: function (c, e, cb) { setImmediate(cb); } });
  finished(w, common.mustCall(function (err) {
    assert.ok(!err);
    assert.strictEqual(w.writableFinished, true);
  }));
  w.end('x');
})();

// Error.
(function () {
  var r = new stream.Readable({ read: function () {} });
  r.on('error', function () {});
  finished(r, common.mustCall(function (err) {
    assert.strictEqual(err.message, 'broken');
  }));
  r.destroy(new Error('broken'));
})();

// Premature close: destroyed before the end.
(function () {
  var r = new stream.Readable({ read: function () {} });
  finished(r, common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }));
  r.destroy();
})();

(function () {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  finished(w, common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  }));
  w.write('x');
  w.destroy();
})();

// Duplex: waits for both sides; with {readable: false} only for the writable side.
(function () {
  var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  var order = [];
  d.on('end', function () { order.push('end'); });
  d.on('finish', function () { order.push('finish'); });
  finished(d, common.mustCall(function (err) {
    assert.ok(!err);
    order.push('finished');
    assert.deepStrictEqual(order, ['finish', 'end', 'finished']);
  }));
  d.end();
  d.resume();
  setTimeout(function () { d.push(null); }, 10);
})();

(function () {
  var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  finished(d, { readable: false }, common.mustCall(function (err) {
    assert.ok(!err);
    assert.strictEqual(d.readableEnded, false);
    d.destroy();
  }));
  d.end();
})();

// Already finished stream: callback still runs (asynchronously).
(function () {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  w.end();
  w.on('close', common.mustCall(function () {
    var sync = true;
    finished(w, common.mustCall(function (err) {
      assert.ok(!err);
      assert.strictEqual(sync, false);
    }));
    sync = false;
  }));
})();

// The returned cleanup function removes the listeners.
(function () {
  var r = new stream.Readable({ read: function () {} });
  var before = r.listenerCount('end');
  var cleanup = finished(r, common.mustNotCall());
  assert.ok(r.listenerCount('end') > before);
  cleanup();
  assert.strictEqual(r.listenerCount('end'), before);
  r.resume();
  r.push(null);
})();

// Argument validation.
(function () {
  assert.throws(function () { finished(new stream.PassThrough()); }, function (e) {
    return e.code === 'ERR_INVALID_ARG_TYPE';
  });
  assert.throws(function () { finished({}, function () {}); }, function (e) {
    return e.code === 'ERR_INVALID_ARG_TYPE';
  });
})();
