'use strict';
// Seed setTimeout examples: the server sets setTimeout(timeout, cb) on each connection and ends it
// when it fires; the 'timeout' event example with a client whose server never answers (the seed
// used an unroutable address; we stay on loopback) destroys the socket on 'timeout'.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

(function () {
  var server = net.createServer();
  var timeout = 200;
  server.listen(0);
  server.on('connection', common.mustCall(function (socket) {
    var start = Date.now();
    socket.setTimeout(timeout, common.mustCall(function () {
      assert.ok(Date.now() - start >= timeout - 20, 'fired after ' + (Date.now() - start) + ' ms');
      socket.end();
    }));
    socket.on('close', function () { server.close(); });
  }));
  server.on('listening', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.on('end', common.mustCall(function () { c.end(); }));
    c.resume();
  });
})();

(function () {
  var timedout = false;
  var server = net.createServer(function (c) {
    c.on('close', function () { server.close(); });
    c.resume();
  });
  server.listen(0, '127.0.0.1', function () {
    var socket = net.createConnection(server.address().port, '127.0.0.1');
    socket.setTimeout(200);
    socket.on('timeout', common.mustCall(function () {
      timedout = true;
      socket.destroy();
    }));
    socket.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      assert.strictEqual(timedout, true);
    }));
  });
})();
