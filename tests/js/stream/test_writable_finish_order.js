'use strict';
// end() -> _final -> 'prefinish' -> end callback -> 'finish' -> 'close' (autoDestroy), and the
// writable state properties along the way.
var assert = require('assert');
var common = require('../common');
var Writable = require('stream').Writable;
common.deadline(5000);

(function () {
  var order = [];
  var w = new Writable({
    write: function (c, e, cb) {
      order.push('write ' + c);
      setImmediate(cb);
    },
    final: function (cb) {
      order.push('final');
      assert.strictEqual(w.writableEnded, true);
      assert.strictEqual(w.writableFinished, false);
      setImmediate(cb);
    }
  });
  w.on('prefinish', function () { order.push('prefinish'); });
  w.on('finish', common.mustCall(function () {
    order.push('finish');
    assert.strictEqual(w.writableFinished, true);
    assert.strictEqual(w.destroyed, false);
  }));
  w.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order,
      ['write a', 'write b', 'final', 'prefinish', 'end cb', 'finish', 'close']);
    assert.strictEqual(w.destroyed, true);
    assert.strictEqual(w.closed, true);
    assert.strictEqual(w.errored, null);
  }));
  w.write('a');
  var ret = w.end('b', function (err) {
    assert.strictEqual(err, null);
    order.push('end cb');
  });
  assert.strictEqual(ret, w);
  assert.strictEqual(w.writable, false);
  assert.strictEqual(w.writableEnded, true);
})();

// 'finish' is asynchronous even when nothing was written.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  var sync = true;
  w.on('finish', common.mustCall(function () { assert.strictEqual(sync, false); }));
  w.end();
  sync = false;
})();

// _final error: end callback and 'error' get it; no 'finish'.
(function () {
  var w = new Writable({
    write: function (c, e, cb) { cb(); },
    final: function (cb) { cb(new Error('final failed')); }
  });
  w.on('finish', common.mustNotCall());
  w.end(common.mustCall(function (err) { assert.strictEqual(err.message, 'final failed'); }));
  w.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'final failed'); }));
  w.on('close', common.mustCall());
})();

// emitClose: false -> no 'close'; autoDestroy: false -> not destroyed after finish.
(function () {
  var w = new Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
  w.on('close', common.mustNotCall());
  w.on('finish', common.mustCall());
  w.end('x');
  var w2 = new Writable({ autoDestroy: false, write: function (c, e, cb) { cb(); } });
  w2.on('close', common.mustNotCall());
  w2.on('finish', common.mustCall(function () {
    setImmediate(function () { assert.strictEqual(w2.destroyed, false); });
  }));
  w2.end('x');
})();

// Subclassing with util.inherits and prototype methods.
(function () {
  var util = require('util');
  function Sink() {
    Writable.call(this);
    this.data = '';
  }
  util.inherits(Sink, Writable);
  Sink.prototype._write = function (chunk, enc, cb) {
    this.data += chunk;
    cb();
  };
  Sink.prototype._final = function (cb) {
    this.data += '!';
    cb();
  };
  var s = new Sink();
  assert.ok(s instanceof Writable);
  s.write('he');
  s.end('y');
  s.on('finish', common.mustCall(function () { assert.strictEqual(s.data, 'hey!'); }));
})();
