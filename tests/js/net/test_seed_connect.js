'use strict';
// Seed examples: net.connect / net.createConnection in the options and (port, host) forms,
// new net.Socket() + socket.connect() in both forms, against the seed's createServer example
// (allowHalfOpen server that echoes the whole message after the client's FIN). Port 0 instead of
// fixed ports; host omitted means 'localhost'.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var connectionsExpected = 8;
var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (socket) {
  var msg = '';
  socket.on('data', function (data) { msg += data; });
  socket.on('end', function () { socket.end(msg); });
}, connectionsExpected));

var done = 0;
function finished() {
  if (++done === connectionsExpected) server.close(common.mustCall());
}

function expectEcho(socket, label) {
  var echo = '';
  socket.on('data', function (data) { echo += data; });
  socket.on('end', common.mustCall(function () {
    assert.strictEqual(echo, 'Hello IoT.js', label);
  }));
  socket.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false, label);
    finished();
  }));
  assert.ok(socket instanceof net.Socket, label);
}

server.listen(0, common.mustCall(function () {
  var port = server.address().port;
  var s;

  // net.connect(options, connectListener)
  s = net.connect({ port: port, family: 4 }, common.mustCall(function () {
    assert.strictEqual(this, s);
    s.end('Hello IoT.js');
  }));
  expectEcho(s, 'net.connect(options)');

  // net.connect(port, host, connectListener)
  var s2 = net.connect(port, '127.0.0.1', common.mustCall(function () {
    s2.end('Hello IoT.js');
  }));
  expectEcho(s2, 'net.connect(port, host)');

  // net.createConnection(options, connectListener)
  var s3 = net.createConnection({ port: port, family: 4 }, common.mustCall(function () {
    s3.end('Hello IoT.js');
  }));
  expectEcho(s3, 'net.createConnection(options)');

  // net.createConnection(port, host, connectListener)
  var s4 = net.createConnection(port, '127.0.0.1', common.mustCall(function () {
    s4.end('Hello IoT.js');
  }));
  expectEcho(s4, 'net.createConnection(port, host)');

  // new net.Socket(); socket.connect(options, connectListener)
  var s5 = new net.Socket();
  var ret = s5.connect({ port: port, family: 4 }, common.mustCall(function () {
    s5.end('Hello IoT.js');
  }));
  assert.strictEqual(ret, s5, 'connect() returns the socket');
  expectEcho(s5, 'socket.connect(options)');

  // new net.Socket(); socket.connect(port, host, connectListener)
  var s6 = new net.Socket();
  s6.connect(port, '127.0.0.1', common.mustCall(function () {
    s6.end('Hello IoT.js');
  }));
  expectEcho(s6, 'socket.connect(port, host)');

  // Host omitted: localhost (options form and port form), connectListener as second argument.
  var s7 = net.connect({ port: port }, common.mustCall(function () {
    s7.end('Hello IoT.js');
  }));
  expectEcho(s7, 'net.connect({port}) defaults to localhost');
  var s8 = net.createConnection(port, common.mustCall(function () {
    assert.ok(net.isIP(s8.remoteAddress), 'remoteAddress is an IP');
    s8.end(Buffer.from('Hello IoT.js'));
  }));
  expectEcho(s8, 'net.createConnection(port, cb) defaults to localhost');
}));
