'use strict';
// Seed examples on net.Socket: destroy(), end(data) answering a 'data', pause() as soon as the
// connection is established, resume() after a timer, setKeepAlive(true, 1000) on a fresh socket,
// write() from a timer after 'connect', 'end' handler calling end(), 'data' collecting a message.
var assert = require('assert');
var common = require('../common');
var net = require('net');
var timers = require('timers');
common.deadline(15000);

// destroy(): connect, end('Hello IoT.js') in the connect listener, destroy() right after.
(function () {
  var server = net.createServer(function (c) { c.resume(); c.on('error', function () {}); });
  server.listen(0, '127.0.0.1', common.mustCall(function () {
    var socket = new net.Socket();
    socket.connect(server.address().port, '127.0.0.1', common.mustNotCall('connect after destroy'));
    socket.on('data', common.mustNotCall('data after destroy'));
    socket.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      assert.strictEqual(socket.destroyed, true);
      server.close();
    }));
    socket.destroy();
    assert.strictEqual(socket.destroyed, true);
    // A second destroy is a no-op.
    socket.destroy();
  }));
})();

// end(data): the server answers the first 'data' with end('Hello IoT.js').
(function () {
  var server = net.createServer();
  server.listen(0);
  server.on('connection', common.mustCall(function (socket) {
    socket.on('data', common.mustCall(function (data) {
      assert.strictEqual(String(data), 'ping');
      var r = socket.end('Hello IoT.js');
      assert.strictEqual(r, socket, 'end() returns the socket');
      assert.strictEqual(socket.writable, false, 'not writable after end()');
    }));
    socket.on('close', function () { server.close(); });
  }));
  server.on('listening', function () {
    var msg = '';
    var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('ping'); });
    c.on('data', function (d) { msg += d; });
    // 'end' example: answer the peer's FIN with end().
    c.on('end', common.mustCall(function () {
      assert.strictEqual(msg, 'Hello IoT.js');
      c.end();
    }));
    c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
  });
})();

// pause() on connection, resume() from a timer: the message only arrives after resume().
(function () {
  var server = net.createServer();
  var msg = '';
  var resumed = false;
  server.listen(0);
  server.on('connection', common.mustCall(function (socket) {
    socket.on('data', common.mustCall(function (data) {
      assert.strictEqual(resumed, true, 'no data while paused');
      msg += data;
      socket.end();
    }));
    socket.on('close', common.mustCall(function () {
      assert.strictEqual(msg, 'Hello IoT.js');
      server.close();
    }));
    socket.pause();
    assert.strictEqual(socket.isPaused(), true);
    timers.setTimeout(function () {
      resumed = true;
      socket.resume();
    }, 300);
  }));
  server.on('listening', function () {
    var socket = new net.Socket();
    socket.connect(server.address().port, '127.0.0.1', function () {
      // write with delay (the seed's write example, shortened)
      timers.setTimeout(function () {
        socket.write('Hello IoT.js', common.mustCall());
      }, 50);
    });
    socket.on('data', common.mustNotCall('server sends nothing'));
    socket.on('end', common.mustCall(function () { socket.end(); }));
  });
})();

// setKeepAlive(true, 1000) on a socket that is not connected must not throw, and returns the socket.
(function () {
  var keepalive_sock = new net.Socket();
  assert.strictEqual(keepalive_sock.setKeepAlive(true, 1000), keepalive_sock);
  assert.strictEqual(keepalive_sock.setKeepAlive(false), keepalive_sock);
  assert.strictEqual(keepalive_sock.setKeepAlive(), keepalive_sock);
  keepalive_sock.destroy();
})();

// setKeepAlive on a connected socket, then the connection still works.
(function () {
  var server = net.createServer(function (c) { c.end('ok'); });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.setKeepAlive(true, 1000);
    c.on('connect', function () { assert.strictEqual(c.setKeepAlive(true, 1000), c); });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'ok');
      server.close();
    }));
  });
})();
