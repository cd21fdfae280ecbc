'use strict';
// Duplex: independent sides; allowHalfOpen true keeps the writable side open after 'end',
// allowHalfOpen false ends it automatically; autoDestroy waits for both sides.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
var Duplex = stream.Duplex;
common.deadline(5000);

function makeDuplex(opts, log) {
  opts = opts || {};
  opts.read = function () {};
  opts.write = function (chunk, enc, cb) {
    log.push('write ' + chunk);
    setImmediate(cb);
  };
  opts.final = function (cb) {
    log.push('final');
    cb();
  };
  var d = new Duplex(opts);
  ['end', 'finish', 'close'].forEach(function (ev) {
    d.on(ev, function () { log.push(ev); });
  });
  d.on('data', function (c) { log.push('data ' + c); });
  return d;
}

// Duplex is a Readable and (via Symbol.hasInstance) a Writable.
(function () {
  var d = new Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  assert.ok(d instanceof stream.Readable);
  assert.ok(d instanceof stream.Writable);
  assert.ok(d instanceof Duplex);
  assert.ok(d instanceof stream.Stream);
  assert.strictEqual(d.allowHalfOpen, true);
  assert.strictEqual(d.readable, true);
  assert.strictEqual(d.writable, true);
  d.destroy();
})();

// allowHalfOpen: true (default): after 'end' the writable side stays usable; 'close' only
// after both sides are done.
(function () {
  var log = [];
  var d = makeDuplex({}, log);
  d.push('in');
  d.push(null);
  d.once('end', function () {
    setTimeout(function () {
      assert.strictEqual(d.writable, true);
      assert.strictEqual(d.destroyed, false);
      assert.deepStrictEqual(log, ['data in', 'end']);
      d.write('late');
      d.end();
    }, 10);
  });
  d.on('close', common.mustCall(function () {
    assert.deepStrictEqual(log, ['data in', 'end', 'write late', 'final', 'finish', 'close']);
  }));
})();

// allowHalfOpen: false: 'end' triggers end() of the writable side on the next tick.
(function () {
  var log = [];
  var d = makeDuplex({ allowHalfOpen: false }, log);
  assert.strictEqual(d.allowHalfOpen, false);
  d.write('out');
  d.push('in');
  d.push(null);
  d.once('end', function () {
    assert.strictEqual(d.writableEnded, false);
    setImmediate(function () {
      assert.strictEqual(d.writableEnded, true);
    });
  });
  d.on('close', common.mustCall(function () {
    assert.deepStrictEqual(log,
      ['write out', 'data in', 'end', 'final', 'finish', 'close']);
  }));
})();

// The writable side finishing first does not destroy the stream until the readable side ends.
(function () {
  var log = [];
  var d = makeDuplex({}, log);
  d.end('x');
  d.once('finish', function () {
    setTimeout(function () {
      assert.strictEqual(d.destroyed, false);
      assert.strictEqual(d.readable, true);
      d.push('y');
      d.push(null);
    }, 10);
  });
  d.on('close', common.mustCall(function () {
    assert.deepStrictEqual(log, ['write x', 'final', 'finish', 'data y', 'end', 'close']);
  }));
})();

// readable: false / writable: false options.
(function () {
  var d = new Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  d.on('end', common.mustNotCall());
  d.on('finish', common.mustCall());
  d.on('close', common.mustCall());   // destroyed after finish: readable side is not expected
  d.end('x');

  var d2 = new Duplex({ writable: false, read: function () {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.writableFinished, true);
  d2.on('close', common.mustCall());
  d2.resume();
  d2.push(null);
})();

// Side-specific options.
(function () {
  var d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    read: function () {},
    write: function (c, e, cb) { setImmediate(cb); }
  });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 3);
  assert.strictEqual(d.write('abc'), false);
  d.on('drain', common.mustCall(function () { d.destroy(); }));
})();

// Subclassing Duplex with prototype methods.
(function () {
  var util = require('util');
  function Echo() {
    Duplex.call(this, { allowHalfOpen: false });
  }
  util.inherits(Echo, Duplex);
  Echo.prototype._read = function () {};
  Echo.prototype._write = function (chunk, enc, cb) {
    this.push(chunk);
    cb();
  };
  Echo.prototype._final = function (cb) {
    this.push(null);
    cb();
  };
  var e = new Echo();
  var got = '';
  e.on('data', function (c) { got += c; });
  e.write('ping ');
  e.end('pong');
  e.on('close', common.mustCall(function () { assert.strictEqual(got, 'ping pong'); }));
})();
