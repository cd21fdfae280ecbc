'use strict';
// socket.setTimeout(): 'timeout' after the idle period; the socket stays open and writable after it
// (Node never closes on timeout by itself); the callback form adds a once listener; the timeout
// fires again only after new activity and another idle period; .timeout reflects the setting.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var IDLE = 150;
var server = net.createServer(common.mustCall(function (socket) {
  var got = '';
  socket.on('data', function (d) {
    got += d;
    if (got === 'after-timeout-1;after-timeout-2;') socket.end('bye');
  });
  socket.on('close', function () { server.close(); });
}));

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var timeouts = 0;
  var start;
  var cb = common.mustCall(function () {
    assert.strictEqual(this, c);
    assert.ok(Date.now() - start >= IDLE - 15, 'too early: ' + (Date.now() - start));
  });
  assert.strictEqual(c.timeout, undefined);
  // Armed once connected, so the connect itself (activity) does not count.
  c.on('connect', function () {
    assert.strictEqual(c.setTimeout(IDLE, cb), c, 'setTimeout returns the socket');
    assert.strictEqual(c.timeout, IDLE);
    assert.strictEqual(c.listenerCount('timeout'), 2);
    start = Date.now();
  });
  c.on('timeout', function () {
    timeouts++;
    assert.strictEqual(c.destroyed, false, 'still open after timeout');
    assert.strictEqual(c.writable, true, 'still writable after timeout');
    // this listener was added first and runs first; the once callback is still to come
    if (timeouts === 2) assert.strictEqual(c.listenerCount('timeout'), 1, 'the callback was a once listener');
    if (timeouts === 1) {
      // Nothing else fires while we stay idle for several more periods...
      setTimeout(function () {
        assert.strictEqual(timeouts, 1, 'timeout fired twice without activity');
        // ...but after new activity and another idle period it fires again.
        start = Date.now();
        c.write('after-timeout-1;');
      }, IDLE * 3);
    } else if (timeouts === 2) {
      assert.ok(Date.now() - start >= IDLE - 15, 'second timeout too early');
      c.write('after-timeout-2;');
      c.setTimeout(0);
      assert.strictEqual(c.timeout, 0);
    }
  });
  var reply = '';
  c.on('data', function (d) { reply += d; });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(reply, 'bye');
    assert.strictEqual(timeouts, 2);
  }));
});
