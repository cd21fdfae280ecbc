'use strict';
// write() returns false once buffered data reaches highWaterMark, writableNeedDrain, 'drain',
// and _write() being called for one chunk at a time.
var assert = require('assert');
var common = require('../common');
var Writable = require('stream').Writable;
common.deadline(5000);

(function () {
  var inFlight = 0;
  var written = [];
  var w = new Writable({
    highWaterMark: 10,
    write: function (chunk, encoding, cb) {
      assert.strictEqual(inFlight, 0);   // serialized
      assert.strictEqual(encoding, 'buffer');
      assert.ok(Buffer.isBuffer(chunk));
      inFlight++;
      written.push(chunk.toString());
      setTimeout(function () {
        inFlight--;
        cb();
      }, 2);
    }
  });
  assert.strictEqual(w.writableHighWaterMark, 10);
  assert.strictEqual(w.writableNeedDrain, false);
  assert.strictEqual(w.write('12345'), true);
  assert.strictEqual(w.writableLength, 5);
  assert.strictEqual(w.write('6789'), true);
  assert.strictEqual(w.write('0'), false);    // 10 >= 10
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.write('abc'), false);
  assert.strictEqual(w.writableLength, 13);
  var drains = 0;
  w.on('drain', function () {
    drains++;
    assert.strictEqual(w.writableLength, 0);
    assert.strictEqual(w.writableNeedDrain, false);
    assert.deepStrictEqual(written, ['12345', '6789', '0', 'abc']);
    if (drains === 1) {
      // Write again after drain, then end.
      assert.strictEqual(w.write('x'), true);
      w.end();
    }
  });
  w.on('finish', common.mustCall(function () {
    assert.strictEqual(drains, 1);
    assert.deepStrictEqual(written, ['12345', '6789', '0', 'abc', 'x']);
  }));
})();

// Write callbacks run in order, with null; the next buffered chunk is handed to _write before
// the previous chunk's callback runs.
(function () {
  var order = [];
  var w = new Writable({
    write: function (chunk, enc, cb) {
      order.push('write ' + chunk);
      setTimeout(cb, 1);
    }
  });
  w.write('a', common.mustCall(function (err) {
    assert.strictEqual(err, null);
    order.push('cb a');
  }));
  w.write('b', common.mustCall(function () { order.push('cb b'); }));
  w.end(common.mustCall(function () {
    order.push('end cb');
    assert.deepStrictEqual(order, ['write a', 'write b', 'cb a', 'cb b', 'end cb']);
  }));
})();

// A synchronous _write: callbacks are still deferred (never called from inside write()).
(function () {
  var w = new Writable({ write: function (chunk, enc, cb) { cb(); } });
  var sync = true;
  w.write('a', common.mustCall(function () { assert.strictEqual(sync, false); }));
  sync = false;
})();

// objectMode counts objects against highWaterMark.
(function () {
  var w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (obj, enc, cb) { setImmediate(cb); }
  });
  assert.strictEqual(w.writableObjectMode, true);
  assert.strictEqual(w.write({}), true);
  assert.strictEqual(w.write({}), false);
  assert.strictEqual(w.writableLength, 2);
  w.on('drain', common.mustCall());
})();

// highWaterMark 0: every write returns false, 'drain' after each.
(function () {
  var w = new Writable({ highWaterMark: 0, write: function (c, e, cb) { setImmediate(cb); } });
  assert.strictEqual(w.write('a'), false);
  w.once('drain', common.mustCall(function () {
    assert.strictEqual(w.write('b'), false);
    w.once('drain', common.mustCall());
  }));
})();

// decodeStrings: false hands strings through with their encoding.
(function () {
  var w = new Writable({
    decodeStrings: false,
    write: common.mustCall(function (chunk, enc, cb) {
      assert.strictEqual(chunk, 'caf\u00e9');
      assert.strictEqual(enc, 'utf8');
      cb();
    })
  });
  w.write('caf\u00e9');
})();

// Strings are converted using the given / default encoding.
(function () {
  var got = [];
  var w = new Writable({
    defaultEncoding: 'hex',
    write: function (chunk, enc, cb) { got.push(chunk.toString('utf8')); cb(); }
  });
  w.write('6869');
  w.write('686f', 'hex');
  w.setDefaultEncoding('base64');
  w.write('aGV5');
  w.write('yo', 'latin1');
  w.end(common.mustCall(function () {
    assert.deepStrictEqual(got, ['hi', 'ho', 'hey', 'yo']);
  }));
  assert.throws(function () { w.setDefaultEncoding('nope'); }, function (e) {
    return e.code === 'ERR_UNKNOWN_ENCODING';
  });
})();
