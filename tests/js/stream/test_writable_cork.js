'use strict';
// cork()/uncork() buffering and _writev batching.
var assert = require('assert');
var common = require('../common');
var Writable = require('stream').Writable;
common.deadline(5000);

// Corked writes are delivered together through _writev on uncork.
(function () {
  var calls = [];
  var w = new Writable({
    write: function (chunk, enc, cb) {
      calls.push(['write', chunk.toString()]);
      cb();
    },
    writev: function (chunks, cb) {
      calls.push(['writev', chunks.map(function (c) { return c.chunk.toString(); })]);
      chunks.forEach(function (c) { assert.strictEqual(c.encoding, 'buffer'); });
      cb();
    }
  });
  w.cork();
  assert.strictEqual(w.writableCorked, 1);
  w.write('a', common.mustCall());
  w.write('b', common.mustCall());
  w.write('c', common.mustCall());
  assert.strictEqual(w.writableLength, 3);
  assert.deepStrictEqual(calls, []);
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
  assert.deepStrictEqual(calls, [['writev', ['a', 'b', 'c']]]);
  // Not corked: a single write goes to _write.
  w.write('d');
  assert.deepStrictEqual(calls[1], ['write', 'd']);
  w.end();
})();

// Nested cork needs as many uncorks; end() uncorks fully.
(function () {
  var batches = [];
  var w = new Writable({
    writev: function (chunks, cb) {
      batches.push(chunks.length);
      cb();
    }
  });
  w.cork();
  w.cork();
  w.write('a');
  w.write('b');
  w.uncork();
  assert.deepStrictEqual(batches, []);
  w.write('c');
  w.end();
  assert.deepStrictEqual(batches, [3]);
  w.on('finish', common.mustCall());
})();

// While a _write is outstanding, later writes are batched into one _writev.
(function () {
  var log = [];
  var w = new Writable({
    write: function (chunk, enc, cb) {
      log.push('write:' + chunk);
      setTimeout(cb, 5);
    },
    writev: function (chunks, cb) {
      log.push('writev:' + chunks.map(function (c) { return c.chunk; }).join(','));
      setTimeout(cb, 5);
    }
  });
  w.write('1');
  w.write('2');
  w.write('3');
  w.end('4');
  w.on('finish', common.mustCall(function () {
    assert.deepStrictEqual(log, ['write:1', 'writev:2,3,4']);
  }));
})();

// Without _writev, corked chunks go to _write one at a time, in order.
(function () {
  var got = [];
  var w = new Writable({
    write: function (chunk, enc, cb) {
      got.push(chunk.toString());
      setImmediate(cb);
    }
  });
  w.cork();
  w.write('x');
  w.write('y');
  w.write('z');
  process.nextTick(function () { w.uncork(); });
  w.end();
  w.on('finish', common.mustCall(function () {
    assert.deepStrictEqual(got, ['x', 'y', 'z']);
  }));
})();

// decodeStrings: false keeps strings in _writev entries.
(function () {
  var w = new Writable({
    decodeStrings: false,
    writev: common.mustCall(function (chunks, cb) {
      assert.deepStrictEqual(chunks.map(function (c) { return [c.chunk, c.encoding]; }),
        [['a', 'utf8'], ['b', 'latin1']]);
      cb();
    })
  });
  w.cork();
  w.write('a');
  w.write('b', 'latin1');
  w.uncork();
})();
