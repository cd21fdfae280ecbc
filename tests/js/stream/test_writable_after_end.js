'use strict';
// write() after end(): ERR_STREAM_WRITE_AFTER_END to the write callback, then 'error', then
// 'close'; end() twice; end() after finish.
var assert = require('assert');
var common = require('../common');
var Writable = require('stream').Writable;
common.deadline(5000);

(function () {
  var order = [];
  var w = new Writable({ write: function (c, e, cb) { setImmediate(cb); } });
  w.write('a');
  w.end();
  assert.strictEqual(w.writable, false);
  assert.strictEqual(w.writableEnded, true);
  var ret = w.write('b', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
    order.push('cb');
  }));
  assert.strictEqual(ret, false);
  w.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    order.push('error');
  }));
  w.on('finish', common.mustNotCall());
  w.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['cb', 'error', 'close']);
    assert.strictEqual(w.destroyed, true);
    assert.strictEqual(w.errored.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
})();

// Without autoDestroy: 'error' but no 'close'.
(function () {
  var w = new Writable({ autoDestroy: false, write: function (c, e, cb) { cb(); } });
  w.end();
  w.write('x');
  w.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(w.destroyed, false);
  }));
  w.on('close', common.mustNotCall());
})();

// end() twice is fine before finishing; after 'finish' the callback gets
// ERR_STREAM_ALREADY_FINISHED.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.end('x', common.mustCall(function (err) { assert.strictEqual(err, null); }));
  w.end(common.mustCall(function (err) { assert.strictEqual(err, null); }));
  w.on('finish', common.mustCall(function () {
    w.end(common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
    }));
  }));
})();

// After the stream finished and auto-destroyed, a write gets the error only via the callback.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.end();
  w.on('close', common.mustCall(function () {
    w.on('error', common.mustNotCall());
    w.write('late', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
  }));
})();
