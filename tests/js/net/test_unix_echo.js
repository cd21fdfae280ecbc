'use strict';
// A Unix domain socket server and client: listen(path), the three ways to connect to a path, 1 MiB
// echoed through both ends with backpressure, what address() and the address properties say for a
// pipe, and the socket file gone once the server has closed (connecting then fails with ENOENT).
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(20000);

var path = (process.env.TMPDIR || '/tmp') + '/netjs-unix-echo-' + process.pid + '.sock';
var payload = Buffer.alloc(1024 * 1024);
for (var i = 0; i < payload.length; i++) payload[i] = (i * 7) & 0xff;

var server = net.createServer(common.mustCall(function (conn) {
  assert.strictEqual(conn.remoteAddress, void 0);
  assert.strictEqual(conn.remotePort, void 0);
  assert.strictEqual(conn.localAddress, void 0);
  assert.deepStrictEqual(conn.address(), {});
  conn.pipe(conn);
}, 3));

var connectForms = [
  function (cb) { return net.connect(path, cb); },
  function (cb) { return net.createConnection({ path: path }, cb); },
  function (cb) { return new net.Socket().connect(path, cb); }
];

function echoOnce(n) {
  if (n === connectForms.length) {
    server.close(common.mustCall(afterClose));
    return;
  }
  var received = [];
  var total = 0;
  var client = connectForms[n](common.mustCall(function () {
    assert.strictEqual(client.remoteAddress, void 0);
    assert.deepStrictEqual(client.address(), {});
    assert.strictEqual(client.connecting, false);
    client.end(payload);
  }));
  assert.strictEqual(client.connecting, true);
  client.on('data', function (d) {
    received.push(d);
    total += d.length;
  });
  client.on('end', common.mustCall(function () {
    assert.strictEqual(total, payload.length);
    assert.ok(Buffer.concat(received).equals(payload), 'echo differs');
  }));
  client.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    echoOnce(n + 1);
  }));
}

function afterClose() {
  // Node keeps reporting the path after close.
  assert.strictEqual(server.address(), path);
  var late = net.connect(path, common.mustNotCall('connected after close'));
  late.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, path);
    assert.strictEqual(err.port, void 0);
    assert.strictEqual(err.message, 'connect ENOENT ' + path);
  }));
}

server.listen(path, common.mustCall(function () {
  assert.strictEqual(server.address(), path);
  assert.strictEqual(server.listening, true);
  echoOnce(0);
}));
