'use strict';
// Activity re-arms the idle timer: incoming data every 20 ms keeps a 1 s timeout from firing;
// outgoing writes every 20 ms do too; once the traffic stops the timeout fires. setTimeout(0)
// disables it, setTimeout(0, cb) also removes cb.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var IDLE = 1000;  // generous: a loaded machine may stall a 20 ms interval for a few hundred ms
var TICKS = 75;  // 75 × 20 ms = 1.5 s of traffic, more than an idle period

// Incoming traffic postpones the receiver's timeout.
(function () {
  var server = net.createServer(function (socket) {
    var n = 0;
    var t = setInterval(function () {
      socket.write('x');
      if (++n === TICKS) clearInterval(t);
    }, 20);
    socket.on('close', function () { clearInterval(t); server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var bytes = 0;
    c.on('data', function (d) { bytes += d.length; });
    c.on('connect', function () { c.setTimeout(IDLE); });
    c.on('timeout', common.mustCall(function () {
      assert.strictEqual(bytes, TICKS, 'timeout only after all the traffic');
      c.destroy();
    }));
  });
})();

// Outgoing traffic postpones the sender's timeout.
(function () {
  var server = net.createServer(function (socket) {
    socket.resume();
    socket.on('close', function () { server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var n = 0;
    c.on('connect', function () {
      c.setTimeout(IDLE);
      var t = setInterval(function () {
        c.write('y');
        if (++n === TICKS) clearInterval(t);
      }, 20);
    });
    c.on('timeout', common.mustCall(function () {
      assert.strictEqual(n, TICKS, 'timeout only after all the writes');
      c.destroy();
    }));
  });
})();

// setTimeout(0) disables; setTimeout(0, cb) removes cb.
(function () {
  var server = net.createServer(function (socket) {
    socket.resume();
    socket.on('close', function () { server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var cb = common.mustNotCall('timeout callback after setTimeout(0, cb)');
    c.setTimeout(30, cb);
    assert.strictEqual(c.listenerCount('timeout'), 1);
    c.setTimeout(0, cb);
    assert.strictEqual(c.listenerCount('timeout'), 0);
    c.on('connect', function () {
      c.setTimeout(30);
      c.setTimeout(0);
      c.on('timeout', common.mustNotCall('timeout after setTimeout(0)'));
      // A positive control on another socket measures the wait: when its 30 ms timeout has
      // fired three times over, the disabled one would have fired too.
      var probe = net.connect(server.address().port, '127.0.0.1');
      var fired = 0;
      probe.setTimeout(30);
      probe.on('timeout', function () {
        probe.write('.');  // activity, to re-arm
        if (++fired === 3) {
          probe.destroy();
          c.destroy();
        }
      });
    });
  });
})();
