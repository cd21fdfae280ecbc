'use strict';
// server.close(): stops accepting at once (listening false, new clients refused) but 'close' waits
// until existing connections have ended; close(cb) gets no error then. close(cb) on a server that
// is not running: cb(ERR_SERVER_NOT_RUNNING), and 'close' is still emitted (as Node).
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

(function () {
  var existing = null;
  var closeEmitted = false;
  var server = net.createServer(common.mustCall(function (socket) {
    existing = socket;
    socket.resume();
    var port = server.address().port;
    assert.strictEqual(server.listening, true);
    assert.strictEqual(server.close(common.mustCall(function (err) {
      assert.strictEqual(err, undefined);
      assert.strictEqual(existing.destroyed, true, "'close' before the connection closed");
      closeEmitted = true;
    })), server, 'close() returns the server');
    assert.strictEqual(server.listening, false);
    assert.strictEqual(server.address(), null);
    // New connections are refused now.
    var late = net.connect(port, '127.0.0.1');
    late.on('connect', common.mustNotCall('connected to a closed server'));
    late.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      // The old connection still works and holds the server open.
      setTimeout(function () {
        assert.strictEqual(closeEmitted, false);
        socket.write('still here', function () { socket.end(); });
      }, 30);
    }));
  }));
  server.on('close', common.mustCall());
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () { assert.strictEqual(got, 'still here'); }));
  });
})();

// Never listened: close(cb) → cb(ERR_SERVER_NOT_RUNNING) and 'close'.
(function () {
  var server = net.createServer();
  assert.strictEqual(server.listening, false);
  assert.strictEqual(server.address(), null);
  var order = [];
  server.on('close', common.mustCall(function () { order.push('close event'); }));
  server.close(common.mustCall(function (err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    assert.strictEqual(err.message, 'Server is not running.');
    order.push('cb');
  }));
  process.on('exit', function () { assert.deepStrictEqual(order, ['close event', 'cb']); });
})();

// Closed twice: the second close(cb) reports ERR_SERVER_NOT_RUNNING.
(function () {
  var server = net.createServer();
  server.listen(0, '127.0.0.1', common.mustCall(function () {
    server.close(common.mustCall(function (err) {
      assert.strictEqual(err, undefined);
      server.close(common.mustCall(function (err2) {
        assert.strictEqual(err2.code, 'ERR_SERVER_NOT_RUNNING');
      }));
    }));
  }));
})();

// Listen again after close: works, on a new port.
(function () {
  var server = net.createServer(function (s) { s.end('again'); });
  server.listen(0, '127.0.0.1', common.mustCall(function () {
    server.close(common.mustCall(function () {
      assert.strictEqual(server.listening, false);
      server.listen(0, '127.0.0.1', common.mustCall(function () {
        assert.strictEqual(server.listening, true);
        var c = net.connect(server.address().port, '127.0.0.1');
        var got = '';
        c.on('data', function (d) { got += d; });
        c.on('end', common.mustCall(function () {
          assert.strictEqual(got, 'again');
          server.close();
        }));
      }));
    }));
  }));
})();
