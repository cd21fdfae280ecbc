'use strict';
// destroy(): idempotent, _destroy(err, cb), 'error' then 'close' on the next tick, no more
// 'data'/'end'/'finish', destroyed/closed/errored properties, destroy during _construct.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
common.deadline(5000);

// destroy(err) on a Readable: 'error' then 'close', both asynchronous.
(function () {
  var r = new stream.Readable({ read: function () {} });
  var order = [];
  var err = new Error('kaboom');
  r.on('data', common.mustNotCall());
  r.on('end', common.mustNotCall());
  r.on('error', common.mustCall(function (e) {
    assert.strictEqual(e, err);
    order.push('error');
  }));
  r.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['sync done', 'error', 'close']);
    assert.strictEqual(r.closed, true);
  }));
  assert.strictEqual(r.destroy(err), r);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored, err);
  assert.strictEqual(r.readable, false);
  r.destroy(new Error('second'));   // idempotent: ignored
  assert.strictEqual(r.push('after'), false);   // ignored
  order.push('sync done');
})();

// destroy() without error on a Writable: only 'close'; no 'finish'.
(function () {
  var w = new stream.Writable({ write: function (c, e, cb) { setTimeout(cb, 5); } });
  w.on('error', common.mustNotCall());
  w.on('finish', common.mustNotCall());
  w.on('close', common.mustCall(function () {
    assert.strictEqual(w.errored, null);
    assert.strictEqual(w.writableFinished, false);
  }));
  w.write('a');
  w.end();
  w.destroy();
})();

// Custom _destroy: receives the error, may replace it or swallow it; destroy's callback.
(function () {
  var seen;
  var r = new stream.Readable({
    read: function () {},
    destroy: function (err, cb) {
      seen = err;
      var self = this;
      assert.strictEqual(self, r);
      setTimeout(function () { cb(new Error('replaced')); }, 5);
    }
  });
  r.on('error', common.mustCall(function (e) {
    assert.strictEqual(seen.message, 'original');
    // The first error is the one recorded on the stream, but the emitted error is the one
    // _destroy passed on.
    assert.strictEqual(e.message, 'replaced');
  }));
  r.on('close', common.mustCall(function () {
    assert.strictEqual(r.closed, true);
  }));
  r.destroy(new Error('original'), common.mustCall(function (err) {
    assert.strictEqual(err.message, 'replaced');
    assert.strictEqual(r.closed, true);
  }));
  assert.strictEqual(r.closed, false);   // _destroy has not called back yet
})();

(function () {
  var w = new stream.Writable({
    write: function (c, e, cb) { cb(); },
    destroy: function (err, cb) { cb(null); }   // swallow
  });
  w.on('error', common.mustNotCall());
  w.on('close', common.mustCall());
  w.destroy(new Error('ignored'));
})();

// _destroy throwing is an error.
(function () {
  var r = new stream.Readable({
    read: function () {},
    destroy: function () { throw new Error('thrown'); }
  });
  r.on('error', common.mustCall(function (e) { assert.strictEqual(e.message, 'thrown'); }));
  r.on('close', common.mustCall());
  r.destroy();
})();

// emitClose: false -> no 'close'.
(function () {
  var r = new stream.Readable({ read: function () {}, emitClose: false });
  r.on('close', common.mustNotCall());
  r.destroy();
})();

// Destroying a Duplex destroys both sides; 'error' is emitted only once.
(function () {
  var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  d.on('error', common.mustCall());
  d.on('close', common.mustCall(function () {
    assert.strictEqual(d.destroyed, true);
    assert.strictEqual(d.readable, false);
    assert.strictEqual(d.writable, false);
  }));
  d.destroy(new Error('x'));
  d.destroy(new Error('y'));
})();

// Errors from _read are caught and destroy the stream.
(function () {
  var r = new stream.Readable({ read: function () { throw new Error('read threw'); } });
  r.on('error', common.mustCall(function (e) { assert.strictEqual(e.message, 'read threw'); }));
  r.on('close', common.mustCall());
  r.resume();
})();

// autoDestroy: false keeps the stream around after an error (no 'close').
(function () {
  var w = new stream.Writable({
    autoDestroy: false,
    write: function (c, e, cb) { cb(new Error('w')); }
  });
  w.on('error', common.mustCall(function () {
    assert.strictEqual(w.destroyed, false);
    assert.strictEqual(w.errored.message, 'w');
  }));
  w.on('close', common.mustNotCall());
  w.write('x');
})();

// construct: _construct runs first (asynchronously); _read/_write wait for it; destroy during
// construction waits for it too.
(function () {
  var order = [];
  var w = new stream.Writable({
    construct: function (cb) {
      order.push('construct');
      setTimeout(function () {
        order.push('constructed');
        cb();
      }, 5);
    },
    write: function (chunk, enc, cb) {
      order.push('write ' + chunk);
      cb();
    },
    final: function (cb) {
      order.push('final');
      cb();
    }
  });
  order.push('created');
  w.write('a');
  w.end('b');
  w.on('finish', common.mustCall(function () {
    assert.deepStrictEqual(order,
      ['created', 'construct', 'constructed', 'write a', 'write b', 'final']);
  }));
})();

(function () {
  var order = [];
  var r = new stream.Readable({
    construct: function (cb) {
      setTimeout(function () {
        order.push('constructed');
        cb();
      }, 5);
    },
    read: function () {
      order.push('read');
      this.push(null);
    },
    destroy: function (err, cb) {
      order.push('destroy');
      cb(err);
    }
  });
  r.resume();
  r.destroy();
  r.on('close', common.mustCall(function () {
    assert.deepStrictEqual(order, ['constructed', 'destroy']);
  }));
})();

(function () {
  var r = new stream.Readable({
    construct: function (cb) { cb(new Error('construct failed')); },
    read: common.mustNotCall()
  });
  r.resume();
  r.on('error', common.mustCall(function (e) { assert.strictEqual(e.message, 'construct failed'); }));
  r.on('close', common.mustCall());
})();
