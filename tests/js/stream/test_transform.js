'use strict';
// Transform and PassThrough: _transform/_flush, push from the transform, backpressure between
// the two sides, errors.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
var Transform = stream.Transform;
var PassThrough = stream.PassThrough;
common.deadline(5000);

// Upper-casing transform with a flush that appends a trailer.
(function () {
  var t = new Transform({
    transform: function (chunk, enc, cb) {
      cb(null, chunk.toString().toUpperCase());
    },
    flush: function (cb) {
      this.push('<');
      cb(null, 'EOF>');
    }
  });
  assert.ok(t instanceof stream.Duplex);
  var out = '';
  t.on('data', function (c) { out += c; });
  var order = [];
  t.on('finish', function () { order.push('finish'); });
  t.on('end', common.mustCall(function () {
    order.push('end');
    assert.strictEqual(out, 'HELLO WORLD<EOF>');
  }));
  t.on('close', common.mustCall(function () {
    // With a flowing consumer, the readable side ends before 'finish' (as in Node).
    assert.deepStrictEqual(order, ['end', 'finish']);
  }));
  t.write('hello ');
  t.end('world');
})();

// A transform can push several chunks (or none) per input chunk; objectMode.
(function () {
  var t = new Transform({
    objectMode: true,
    transform: function (line, enc, cb) {
      var words = line.split(' ');
      for (var i = 0; i < words.length; i++) if (words[i]) this.push(words[i]);
      cb();
    }
  });
  var words = [];
  t.on('data', function (w) { words.push(w); });
  t.write('a b');
  t.write('   ');
  t.end('c');
  t.on('end', common.mustCall(function () { assert.deepStrictEqual(words, ['a', 'b', 'c']); }));
})();

// Backpressure: with nobody reading, the readable side fills and write() eventually returns false;
// reading frees it and 'drain' follows.
(function () {
  var t = new PassThrough({ highWaterMark: 4 });
  var writes = 0;
  while (t.write('xx')) writes++;
  assert.ok(writes >= 2 && writes < 10, 'writes: ' + writes);
  t.on('drain', common.mustCall(function () {
    t.end();
  }));
  setTimeout(function () {
    t.resume();
  }, 10);
  t.on('end', common.mustCall());
})();

// transform error -> 'error' then 'close'; write callback gets the error.
(function () {
  var t = new Transform({
    transform: function (chunk, enc, cb) { cb(new Error('bad chunk')); }
  });
  var order = [];
  t.write('x', common.mustCall(function (err) {
    order.push('cb');
    assert.strictEqual(err.message, 'bad chunk');
  }));
  t.on('error', common.mustCall(function (err) {
    order.push('error');
    assert.strictEqual(err.message, 'bad chunk');
  }));
  t.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['cb', 'error', 'close']);
  }));
})();

// flush error.
(function () {
  var t = new Transform({
    transform: function (chunk, enc, cb) { cb(null, chunk); },
    flush: function (cb) { cb(new Error('flush failed')); }
  });
  t.resume();
  t.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'flush failed'); }));
  t.on('end', common.mustNotCall());
  t.end('x');
})();

// PassThrough passes data unchanged, including Buffers and encodings.
(function () {
  var p = new PassThrough();
  p.setEncoding('utf8');
  var out = '';
  p.on('data', function (s) {
    assert.strictEqual(typeof s, 'string');
    out += s;
  });
  var euro = Buffer.from('\u20ac');
  p.write(euro.slice(0, 1));
  p.write(euro.slice(1));
  p.end(Buffer.from('!'));
  p.on('end', common.mustCall(function () { assert.strictEqual(out, '\u20ac!'); }));
})();

// Subclass with prototype _transform / _flush.
(function () {
  var util = require('util');
  function Counter() {
    Transform.call(this);
    this.bytes = 0;
  }
  util.inherits(Counter, Transform);
  Counter.prototype._transform = function (chunk, enc, cb) {
    this.bytes += chunk.length;
    cb();
  };
  Counter.prototype._flush = function (cb) {
    cb(null, String(this.bytes));
  };
  var c = new Counter();
  var out = '';
  c.on('data', function (d) { out += d; });
  c.write('abc');
  c.end('de');
  c.on('end', common.mustCall(function () { assert.strictEqual(out, '5'); }));
})();

// Calling the transform callback twice is reported.
(function () {
  var t = new Transform({
    transform: function (chunk, enc, cb) { cb(); cb(); }
  });
  t.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
  }));
  t.write('x');
})();
