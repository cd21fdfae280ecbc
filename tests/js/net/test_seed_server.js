'use strict';
// Seed examples for the server side: createServer({allowHalfOpen:true}, listener) where the
// listener closes the server at once (the server 'close' waits for the connection), listen forms
// (port, {port, host:'localhost'}, port + listener), 'listening', 'connection' collecting data,
// 'error' never emitted in normal use, and 'close' registered inside 'connection'.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

// createServer({allowHalfOpen: true}, function (socket) { server.close(); }) + 'connection'
// handler that answers the whole message after the client's FIN.
(function () {
  var serverCloseEvent = 0;
  var clientClosed = false;
  var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (socket) {
    server.close();
    assert.strictEqual(server.listening, false, 'not listening after close()');
  }));
  server.on('connection', common.mustCall(function (socket) {
    var msg = '';
    socket.on('data', function (data) { msg += data; });
    socket.on('end', common.mustCall(function () { socket.end(msg); }));
    server.on('close', common.mustCall(function () {
      serverCloseEvent++;
      // The seed: "emitted after all existing connections are closed".
      assert.strictEqual(socket.destroyed, true, 'server close after its connection closed');
    }));
  }));
  server.on('error', common.mustNotCall('server error'));
  server.on('listening', common.mustCall(function () {
    assert.strictEqual(server.listening, true);
    var socket = net.connect({ port: server.address().port, host: '127.0.0.1' }, common.mustCall(function () {
      socket.end('Hello IoT.js');
    }));
    var echo = '';
    socket.on('data', function (d) { echo += d; });
    socket.on('close', common.mustCall(function () {
      assert.strictEqual(echo, 'Hello IoT.js');
      clientClosed = true;
    }));
  }));
  assert.strictEqual(server.listen(0), server, 'listen() returns the server');
  process.on('exit', function () {
    assert.strictEqual(serverCloseEvent, 1);
    assert.strictEqual(clientClosed, true);
  });
})();

// server.listen({port: 0, host: 'localhost'}) then close() with nothing connected.
(function () {
  var server = net.createServer();
  server.listen({ port: 0, host: 'localhost' }, common.mustCall(function () {
    var addr = server.address();
    assert.strictEqual(typeof addr.port, 'number');
    assert.ok(addr.port > 0);
    assert.ok(addr.address === '127.0.0.1' || addr.address === '::1', addr.address);
    server.close(common.mustCall(function (err) {
      assert.strictEqual(err, undefined);
    }));
  }));
})();

// server.listen(port) with a backlog, then a connection collecting data ('connection' example).
(function () {
  var server = net.createServer();
  server.listen(0, '127.0.0.1', 16);
  server.on('connection', common.mustCall(function (socket) {
    var msg = '';
    socket.on('data', function (data) { msg += data; });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(msg, 'abcdef');
      socket.end();
    }));
    // 'close' example: close the server when the connection closes.
    socket.on('close', common.mustCall(function () { server.close(); }));
  }));
  server.on('listening', common.mustCall(function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      c.write('abc');
      c.end('def');
    });
    c.resume();
  }));
  server.on('close', common.mustCall());
})();

// server.listen({port: 0}) with the 'listening' listener as second argument.
(function () {
  var server = net.createServer();
  server.listen({ port: 0 }, common.mustCall(function () {
    assert.strictEqual(this, server);
    server.close();
  }));
})();
