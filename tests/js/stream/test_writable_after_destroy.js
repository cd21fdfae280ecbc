'use strict';
// write() after destroy(): ERR_STREAM_DESTROYED to the callback and no 'error' event; buffered
// writes and pending end() callbacks fail with ERR_STREAM_DESTROYED.
var assert = require('assert');
var common = require('../common');
var Writable = require('stream').Writable;
common.deadline(5000);

(function () {
  var w = new Writable({ write: common.mustNotCall() });
  w.destroy();
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.writable, false);
  var ret = w.write('x', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
  }));
  assert.strictEqual(ret, false);
  w.on('error', common.mustNotCall());
  w.on('close', common.mustCall());
})();

// Chunks still buffered behind an outstanding _write get ERR_STREAM_DESTROYED.
(function () {
  var pendingCb;
  var w = new Writable({
    write: function (c, e, cb) { pendingCb = cb; }
  });
  w.write('first', common.mustCall(function (err) {
    assert.strictEqual(err, null);
  }));
  w.write('second', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  }));
  w.end(common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  }));
  w.on('finish', common.mustNotCall());
  w.on('error', common.mustNotCall());
  w.destroy();
  setTimeout(function () { pendingCb(); }, 5);
})();

// destroy() while a _write is outstanding: its late callback is ignored, no 'finish'.
(function () {
  var pendingCb;
  var w = new Writable({ write: function (c, e, cb) { pendingCb = cb; } });
  w.write('a');
  w.destroy();
  w.on('close', common.mustCall(function () {
    pendingCb();
    assert.strictEqual(w.writableFinished, false);
  }));
  w.on('finish', common.mustNotCall());
})();
