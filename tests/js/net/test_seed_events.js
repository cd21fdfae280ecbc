'use strict';
// Seed event examples: 40 concurrent clients each writing its index on 'connect' ('connect'
// example with count = 40), the drain example (limit 200 single-digit writes driven by 'drain'),
// 'error' on a bad socket (connection refused), 'lookup' on connecting to 'localhost'.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(15000);

// 'connect' example with count = 40.
(function () {
  var count = 40;
  var received = {};
  var closed = 0;
  var server = net.createServer({ allowHalfOpen: true }, function (socket) {
    var msg = '';
    socket.on('data', function (d) { msg += d; });
    socket.on('end', function () {
      received[msg] = (received[msg] || 0) + 1;
      socket.end(msg);
    });
  });
  server.listen(0, function () {
    var port = server.address().port;
    for (var i = 0; i < count; ++i) {
      (function (i) {
        var socket = new net.Socket();
        socket.connect(port, 'localhost');
        socket.on('connect', common.mustCall(function () {
          socket.end(i.toString());
        }));
        var echo = '';
        socket.on('data', function (d) { echo += d; });
        socket.on('end', common.mustCall(function () {
          assert.strictEqual(echo, i.toString());
        }));
        socket.on('close', common.mustCall(function () {
          if (++closed === count) {
            for (var k = 0; k < count; k++) assert.strictEqual(received[String(k)], 1, 'client ' + k);
            server.close();
          }
        }));
      })(i);
    }
  });
})();

// drain example: limit 200.
(function () {
  var limit = 200;
  var server = net.createServer();
  server.listen({ port: 0 });
  server.on('connection', common.mustCall(function (socket) {
    var i = 0;
    var writing = function () {
      var ok;
      do {
        ok = socket.write('' + (i % 10));
        if (++i == limit) {
          socket.end();
          ok = false;
        }
      } while (ok);
    };
    socket.on('drain', writing);
    writing();
    assert.strictEqual(i, limit, 'single digits never fill the buffer');
  }));
  server.on('listening', function () {
    var c = net.connect(server.address().port);
    var msg = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { msg += d; });
    c.on('end', common.mustCall(function () {
      var expected = '';
      for (var k = 0; k < limit; k++) expected += (k % 10);
      assert.strictEqual(msg, expected);
      server.close();
    }));
  });
})();

// error example: bad_sock connecting to a port nobody listens on.
(function () {
  var probe = net.createServer();
  probe.listen(0, '127.0.0.1', function () {
    var port = probe.address().port;
    probe.close(function () {
      var bad_sock = new net.Socket();
      bad_sock.on('error', common.mustCall(function (err) {
        assert.equal(err instanceof Error, true);
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, '127.0.0.1');
        assert.strictEqual(err.port, port);
      }));
      bad_sock.on('connect', common.mustNotCall());
      bad_sock.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, true); }));
      bad_sock.connect(port, '127.0.0.1');
    });
  });
})();

// lookup example: 'lookup' fires (null, address, family, host) before 'connect'. The seed lists
// family as {string|null}; Node passes the number 4 or 6, and so does netjs.
(function () {
  var server = net.createServer(function (c) { c.end(); });
  server.listen(0, 'localhost', function () {
    var socket = new net.Socket();
    var lookupHandled = false;
    socket.on('lookup', common.mustCallAtLeast(function (err, ip, family, host) {
      lookupHandled = true;
      assert.strictEqual(err, null);
      assert.ok(net.isIP(ip), ip);
      assert.strictEqual(family, net.isIP(ip));
      assert.strictEqual(host, 'localhost');
    }));
    socket.on('connect', common.mustCall(function () { assert.strictEqual(lookupHandled, true); }));
    socket.on('close', function () { server.close(); });
    socket.resume();
    socket.connect(server.address().port, 'localhost');
  });
})();

// No 'lookup' for an IP literal.
(function () {
  var server = net.createServer(function (c) { c.end(); });
  server.listen(0, '127.0.0.1', function () {
    var socket = net.connect(server.address().port, '127.0.0.1');
    socket.on('lookup', common.mustNotCall('lookup for an IP literal'));
    socket.on('close', function () { server.close(); });
    socket.resume();
  });
})();
