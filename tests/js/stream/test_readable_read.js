'use strict';
// Paused-mode reading: push() return value against highWaterMark, read([n]), unshift(),
// 'readable', and when _read() is (not) called.
var assert = require('assert');
var common = require('../common');
var Readable = require('stream').Readable;
common.deadline(5000);

// push() returns false at/above highWaterMark; readableLength tracks buffered bytes.
(function () {
  var r = new Readable({ highWaterMark: 10, read: function () {} });
  assert.strictEqual(r.readableHighWaterMark, 10);
  assert.strictEqual(r.push(Buffer.from('12345')), true);
  assert.strictEqual(r.readableLength, 5);
  assert.strictEqual(r.push('6789'), true);
  assert.strictEqual(r.push('0'), false);
  assert.strictEqual(r.readableLength, 10);
  assert.strictEqual(r.push('more'), false);
  assert.strictEqual(r.readableLength, 14);

  // read(n) returns exactly n bytes, across chunk boundaries.
  assert.strictEqual(r.read(3).toString(), '123');
  assert.strictEqual(r.read(4).toString(), '4567');
  assert.strictEqual(r.readableLength, 7);
  // read() returns everything buffered.
  assert.strictEqual(r.read().toString(), '890more');
  assert.strictEqual(r.readableLength, 0);
  assert.strictEqual(r.read(), null);
  r.destroy();
})();

// read(n) with n > buffered returns null until the stream has ended, then the rest.
(function () {
  var r = new Readable({ read: function () {} });
  r.push('abc');
  assert.strictEqual(r.read(5), null);
  r.push('de');
  assert.strictEqual(r.read(5).toString(), 'abcde');
  r.push('fg');
  r.push(null);
  assert.strictEqual(r.read(5).toString(), 'fg');
  r.on('end', common.mustCall());
  assert.strictEqual(r.read(), null);
})();

// unshift() puts data back at the front.
(function () {
  var r = new Readable({ read: function () {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.readableLength, 11);
  assert.strictEqual(r.read().toString(), 'hello world');
  r.push('xyz');
  var head = r.read(1);
  r.unshift(head);
  assert.strictEqual(r.read().toString(), 'xyz');
  r.destroy();
})();

// _read is called with highWaterMark, and not again until push() happens.
(function () {
  var calls = 0;
  var pending = null;
  var r = new Readable({
    highWaterMark: 8,
    read: function (n) {
      calls++;
      assert.strictEqual(n, 8);
      pending = this;
    }
  });
  r.read(0);
  assert.strictEqual(calls, 1);
  r.read(0);
  r.read();
  assert.strictEqual(calls, 1);   // still waiting for a push
  setTimeout(function () {
    assert.strictEqual(calls, 1);
    pending.push('abcd');         // below hwm: another _read follows (asynchronously)
    assert.strictEqual(calls, 1);
    setTimeout(function () {
      assert.strictEqual(calls, 2);
      pending.push('efghijkl');   // now 12 >= 8: no further _read
      setTimeout(function () {
        assert.strictEqual(calls, 2);
        assert.strictEqual(r.readableLength, 12);
        r.destroy();
      }, 10);
    }, 10);
  }, 10);
})();

// 'readable' event: read() in a loop until null; 'end' after the last read.
(function () {
  var n = 0;
  var r = new Readable({
    read: function () {
      var self = this;
      setTimeout(function () {
        n++;
        if (n <= 3) self.push('chunk' + n);
        else self.push(null);
      }, 1);
    }
  });
  var got = '';
  r.on('readable', common.mustCallAtLeast(function () {
    var chunk;
    while ((chunk = r.read()) !== null) got += chunk;
  }, 1));
  assert.strictEqual(r.readableFlowing, false);
  r.on('end', common.mustCall(function () {
    assert.strictEqual(got, 'chunk1chunk2chunk3');
  }));
})();

// A synchronous source filling up to highWaterMark.
(function () {
  var calls = 0;
  var r = new Readable({
    highWaterMark: 4,
    read: function () {
      calls++;
      if (!this.push('ab')) return;
    }
  });
  r.on('readable', function () {
    setTimeout(function () {
      // Filled to (at least) the highWaterMark, then stopped.
      assert.ok(r.readableLength >= 4);
      assert.ok(calls <= 3);
      r.destroy();
    }, 20);
    r.removeAllListeners('readable');
  });
})();

// push() after EOF is an error.
(function () {
  var r = new Readable({ read: function () {} });
  r.push(null);
  r.push('late');
  r.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  }));
})();

// Invalid chunk type is an error.
(function () {
  var r = new Readable({ read: function () {} });
  r.push(42);
  r.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  }));
  r.on('close', common.mustCall());
})();

// _read not implemented.
(function () {
  var r = new Readable();
  r.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  }));
  r.read();
})();

// Empty chunks are ignored.
(function () {
  var r = new Readable({ read: function () {} });
  assert.strictEqual(r.push(''), true);
  assert.strictEqual(r.push(Buffer.alloc(0)), true);
  assert.strictEqual(r.readableLength, 0);
  r.destroy();
})();
