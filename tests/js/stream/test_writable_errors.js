'use strict';
// Argument errors and implementor errors: null chunk, wrong chunk type, unknown encoding,
// callback called twice, _write errors, _write not implemented.
var assert = require('assert');
var common = require('../common');
var Writable = require('stream').Writable;
common.deadline(5000);

function sink() {
  return new Writable({ write: function (c, e, cb) { cb(); } });
}

(function () {
  var w = sink();
  assert.throws(function () { w.write(null); }, function (err) {
    return err instanceof TypeError && err.code === 'ERR_STREAM_NULL_VALUES' &&
      err.message === 'May not write null values to stream';
  });
  assert.throws(function () { w.write(42); }, function (err) {
    return err instanceof TypeError && err.code === 'ERR_INVALID_ARG_TYPE';
  });
  assert.throws(function () { w.write({}); }, function (err) {
    return err.code === 'ERR_INVALID_ARG_TYPE';
  });
  assert.throws(function () { w.write('x', 'bogus'); }, function (err) {
    return err.code === 'ERR_UNKNOWN_ENCODING';
  });
  // Uint8Array is accepted and handed over as a Buffer.
  var w2 = new Writable({
    write: common.mustCall(function (c, e, cb) {
      assert.ok(Buffer.isBuffer(c));
      assert.strictEqual(c.length, 3);
      cb();
    })
  });
  w2.write(new Uint8Array([1, 2, 3]));
  // objectMode accepts anything but null.
  var w3 = new Writable({ objectMode: true, write: common.mustCall(function (c, e, cb) { cb(); }, 2) });
  w3.write(42);
  w3.write({});
  assert.throws(function () { w3.write(null); }, function (err) {
    return err.code === 'ERR_STREAM_NULL_VALUES';
  });
})();

// Callback called twice.
(function () {
  var w = new Writable({
    write: function (c, e, cb) { cb(); cb(); }
  });
  w.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
  }));
  w.write('x');
})();

// An error from _write goes to the write callback, then 'error', then 'close'.
(function () {
  var order = [];
  var w = new Writable({
    write: function (c, e, cb) { setImmediate(cb, new Error('boom')); }
  });
  w.write('x', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'boom');
    order.push('cb');
  }));
  w.write('y', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'boom');
    order.push('cb2');
  }));
  w.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'boom');
    order.push('error');
  }));
  w.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['cb', 'cb2', 'error', 'close']);
  }));
})();

// A synchronous error from _write: the callback is still deferred.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(new Error('sync')); } });
  var sync = true;
  w.write('x', common.mustCall(function (err) {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.message, 'sync');
  }));
  sync = false;
  w.on('error', common.mustCall());
})();

// _write not implemented.
(function () {
  var w = new Writable();
  assert.throws(function () { w.write('x'); }, function (err) {
    return err.code === 'ERR_METHOD_NOT_IMPLEMENTED';
  });
})();

// pipe() from a Writable is an error.
(function () {
  var w = sink();
  w.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE');
  }));
  w.pipe(sink());
})();
