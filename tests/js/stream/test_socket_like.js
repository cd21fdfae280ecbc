'use strict';
// A Duplex built the way net.Socket is: _read starts kernel reads, push() returning false stops
// them until the next _read; _write hands data to the "kernel"; _final sends FIN; _destroy closes
// the handle. Checks the event order script authors rely on.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
var util = require('util');
common.deadline(10000);

// A fake handle: delivers `incoming` chunks while reading is on, then EOF.
function FakeHandle(incoming) {
  this.incoming = incoming.slice();
  this.reading = false;
  this.timer = null;
  this.written = [];
  this.finSent = false;
  this.closed = false;
  this.readStarts = 0;
}

function Socket(handle, opts) {
  stream.Duplex.call(this, {
    allowHalfOpen: !!(opts && opts.allowHalfOpen),
    highWaterMark: opts && opts.highWaterMark
  });
  this._handle = handle;
  this.log = [];
  var self = this;
  ['data', 'end', 'finish', 'close', 'error'].forEach(function (ev) {
    self.on(ev, function (arg) { self.log.push(ev === 'data' ? 'data ' + arg : ev); });
  });
  this.connecting = true;
  setImmediate(function () {
    self.connecting = false;
    self.log.push('connect');
    self.emit('connect');
  });
}
util.inherits(Socket, stream.Duplex);

Socket.prototype._read = function (n) {
  if (this.connecting) {
    // As net.Socket: start reading once connected.
    this.once('connect', function () { this._read(n); });
    return;
  }
  var h = this._handle;
  if (h.reading) return;
  h.reading = true;
  h.readStarts++;
  this._pump();
};

Socket.prototype._pump = function () {
  var self = this;
  var h = this._handle;
  h.timer = setTimeout(function () {
    h.timer = null;
    if (!h.reading || h.closed) return;
    if (h.incoming.length === 0) {
      h.reading = false;
      self.push(null);   // EOF from the peer
      return;
    }
    if (!self.push(h.incoming.shift())) {
      h.reading = false;   // backpressure: readStop until the next _read()
      return;
    }
    self._pump();
  }, 1);
};

Socket.prototype._write = function (chunk, encoding, cb) {
  var h = this._handle;
  setTimeout(function () {
    h.written.push(chunk.toString());
    cb();
  }, 1);
};

Socket.prototype._final = function (cb) {
  var h = this._handle;
  setTimeout(function () {
    h.finSent = true;
    cb();
  }, 1);
};

Socket.prototype._destroy = function (err, cb) {
  var h = this._handle;
  if (h.timer) clearTimeout(h.timer);
  h.closed = true;
  cb(err);
};

// allowHalfOpen false (net default): peer EOF ends our side; connect -> data -> end -> finish ->
// close.
(function () {
  var h = new FakeHandle(['hello', 'world']);
  var s = new Socket(h);
  s.setEncoding('utf8');
  s.on('connect', common.mustCall(function () {
    s.write('request');
  }));
  s.on('close', common.mustCall(function () {
    assert.deepStrictEqual(s.log,
      ['connect', 'data hello', 'data world', 'end', 'finish', 'close']);
    assert.deepStrictEqual(h.written, ['request']);
    assert.strictEqual(h.finSent, true);
    assert.strictEqual(h.closed, true);
  }));
})();

// allowHalfOpen true: after the peer's EOF we can still write, then end ourselves.
(function () {
  var h = new FakeHandle(['q']);
  var s = new Socket(h, { allowHalfOpen: true });
  s.resume();
  s.on('end', common.mustCall(function () {
    setTimeout(function () {
      assert.strictEqual(h.finSent, false);
      s.end('answer');
    }, 5);
  }));
  s.on('close', common.mustCall(function () {
    assert.deepStrictEqual(s.log, ['connect', 'data q', 'end', 'finish', 'close']);
    assert.deepStrictEqual(h.written, ['answer']);
  }));
})();

// Read backpressure: with a paused consumer, reading stops once highWaterMark is reached, and
// resumes (a new _read) when the consumer catches up.
(function () {
  var chunks = [];
  for (var i = 0; i < 20; i++) chunks.push('0123456789');
  var h = new FakeHandle(chunks);
  var s = new Socket(h, { highWaterMark: 30 });
  s.pause();
  s.read(0);   // start reading
  // Wait (by polling the fake handle, not by a fixed delay: slow under ASan or qemu) until reading
  // has stopped because the buffer is full.
  function whenReadingStopped(fn) {
    if (h.readStarts > 0 && !h.reading) return fn();
    setTimeout(function () { whenReadingStopped(fn); }, 5);
  }
  whenReadingStopped(function () {
    assert.strictEqual(h.reading, false);
    assert.ok(s.readableLength >= 30 && s.readableLength <= 40, 'buffered ' + s.readableLength);
    var startsBefore = h.readStarts;
    var total = 0;
    s.on('data', function (c) { total += c.length; });
    s.resume();
    s.on('end', common.mustCall(function () {
      assert.strictEqual(total, 200);
      assert.ok(h.readStarts > startsBefore);
    }));
  });
})();

// Write backpressure: write() returns false above highWaterMark, 'drain' follows.
(function () {
  var h = new FakeHandle([]);
  var s = new Socket(h, { highWaterMark: 8, allowHalfOpen: true });
  assert.strictEqual(s.write('1234'), true);
  assert.strictEqual(s.write('5678'), false);
  s.on('drain', common.mustCall(function () {
    assert.deepStrictEqual(h.written, ['1234', '5678']);
    s.destroy();
  }));
})();

// An error: 'error' then 'close'; pending write callbacks fail; writes afterwards fail.
(function () {
  var h = new FakeHandle([]);
  var s = new Socket(h);
  var err = new Error('ECONNRESET');
  err.code = 'ECONNRESET';
  s.write('a', common.mustCall(function (e) {
    assert.strictEqual(e, null);   // the in-flight write still completes
  }));
  s.write('b', common.mustCall(function (e) {
    assert.strictEqual(e, err);     // buffered write fails with the stream's error
  }));
  s.destroy(err);
  s.on('close', common.mustCall(function () {
    assert.deepStrictEqual(s.log, ['error', 'close']);
    s.write('c', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ERR_STREAM_DESTROYED');
    }));
  }));
})();

// end() while writes are queued: all data is written before FIN.
(function () {
  var h = new FakeHandle([]);
  var s = new Socket(h, { allowHalfOpen: true });
  s.write('a');
  s.write('b');
  s.end('c', common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.deepStrictEqual(h.written, ['a', 'b', 'c']);
    assert.strictEqual(h.finSent, true);
    s.destroy();
  }));
  assert.throws(function () { s.write(null); }, function (e) { return e.code === 'ERR_STREAM_NULL_VALUES'; });
})();

// write() after end(): the write callback and 'error' get ERR_STREAM_WRITE_AFTER_END, then
// the socket is destroyed ('close'); queued data is dropped.
(function () {
  var h = new FakeHandle([]);
  var s = new Socket(h, { allowHalfOpen: true });
  s.write('a');
  s.end('b', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  s.write('late', common.mustCall(function (e) {
    assert.strictEqual(e.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  s.on('close', common.mustCall(function () {
    assert.deepStrictEqual(s.log, ['error', 'close']);
    assert.strictEqual(h.finSent, false);
  }));
})();
