'use strict';
// Flowing vs paused mode: 'data' listeners start the flow, pause()/resume(), isPaused(),
// readableFlowing, and the 'pause'/'resume' events.
var assert = require('assert');
var common = require('../common');
var Readable = require('stream').Readable;
common.deadline(5000);

// A 'data' listener switches the stream to flowing mode (asynchronously).
(function () {
  var r = new Readable({ read: function () {} });
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.isPaused(), false);
  var got = [];
  r.on('data', function (chunk) { got.push(chunk.toString()); });
  assert.strictEqual(r.readableFlowing, true);
  r.push('a');
  r.push('b');
  assert.deepStrictEqual(got, []);   // data is never emitted synchronously from push() here
  r.push(null);
  r.on('end', common.mustCall(function () {
    assert.deepStrictEqual(got, ['a', 'b']);
    assert.strictEqual(r.readableEnded, true);
  }));
  r.on('close', common.mustCall(function () {
    assert.strictEqual(r.destroyed, true);   // autoDestroy
  }));
})();

// pause() before adding 'data' keeps the stream paused; resume() starts it.
(function () {
  var r = new Readable({ read: function () {} });
  r.pause();
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.isPaused(), true);
  var got = [];
  r.on('data', function (chunk) { got.push(chunk.toString()); });
  assert.strictEqual(r.readableFlowing, false);
  r.push('x');
  setTimeout(function () {
    assert.deepStrictEqual(got, []);
    assert.strictEqual(r.readableLength, 1);
    r.on('resume', common.mustCall());
    r.resume();
    assert.strictEqual(r.isPaused(), false);
    setTimeout(function () {
      assert.deepStrictEqual(got, ['x']);
      assert.strictEqual(r.readableLength, 0);
      r.push(null);
    }, 10);
  }, 10);
  r.on('end', common.mustCall());
})();

// pause() in flowing mode emits 'pause' once and stops 'data' until resume().
(function () {
  var i = 0;
  var r = new Readable({
    read: function () {
      i++;
      if (i > 5) this.push(null);
      else this.push(String(i));
    }
  });
  var got = [];
  r.on('pause', common.mustCall());
  r.on('data', function (chunk) {
    got.push(chunk.toString());
    if (got.length === 2) {
      r.pause();
      r.pause();   // second pause: no second event
      assert.strictEqual(r.isPaused(), true);
      setTimeout(function () {
        assert.strictEqual(got.length, 2);
        r.resume();
      }, 20);
    }
  });
  r.on('end', common.mustCall(function () {
    assert.deepStrictEqual(got, ['1', '2', '3', '4', '5']);
  }));
})();

// resume() with no consumer drains the stream ('end' still emitted).
(function () {
  var r = new Readable({ read: function () {} });
  r.push('data');
  r.push(null);
  r.resume();
  r.on('end', common.mustCall());
})();

// objectMode: each push is one 'data' event, any value but null.
(function () {
  var r = new Readable({ objectMode: true, read: function () {} });
  var got = [];
  r.on('data', function (o) { got.push(o); });
  r.push({ a: 1 });
  r.push(0);
  r.push('s');
  r.push(null);
  r.on('end', common.mustCall(function () {
    assert.deepStrictEqual(got, [{ a: 1 }, 0, 's']);
    assert.strictEqual(r.readableObjectMode, true);
    assert.strictEqual(r.readableHighWaterMark, 16);
  }));
})();

// 'end' without any consumer is never emitted; no 'data' after end.
(function () {
  var r = new Readable({ read: function () {} });
  r.push(null);
  r.on('end', common.mustNotCall());
  setTimeout(function () {
    assert.strictEqual(r.readableEnded, false);
    r.removeAllListeners('end');
  }, 20);
})();
