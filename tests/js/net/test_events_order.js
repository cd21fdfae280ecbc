'use strict';
// Event order of a normal exchange. Client: lookup? → connect → ready → data → end → finish →
// close(false). Server side: connection → data → end → finish → close(false). Nothing after close.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

function record(socket, log, events) {
  events.forEach(function (ev) {
    socket.on(ev, function (arg) {
      if (ev === 'data') log.push('data:' + arg);
      else if (ev === 'close') log.push('close:' + arg);
      else log.push(ev);
    });
  });
}

var serverLog = [];
var clientLog = [];
var server = net.createServer(common.mustCall(function (socket) {
  serverLog.push('connection');
  record(socket, serverLog, ['data', 'end', 'finish', 'close', 'error', 'timeout']);
  // default allowHalfOpen: false, so the server's end() follows the client's FIN automatically.
  socket.on('data', function () { socket.write('pong'); });
  socket.on('close', function () {
    server.close();
  });
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  record(c, clientLog, ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout']);
  c.on('connect', function () {
    assert.strictEqual(c.connecting, false);
    c.write('ping');
  });
  c.on('data', function () { c.end(); });
  c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
}));

// The server ends first: the client (allowHalfOpen false) gets data → end, ends itself → finish →
// close; the server sees finish (its FIN sent) → end (the client's FIN) → close.
var serverLog2 = [];
var clientLog2 = [];
var server2 = net.createServer(common.mustCall(function (socket) {
  serverLog2.push('connection');
  record(socket, serverLog2, ['data', 'end', 'finish', 'close', 'error']);
  socket.end('bye');
  socket.on('close', function () { server2.close(); });
}));
server2.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server2.address().port, '127.0.0.1');
  record(c, clientLog2, ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error']);
}));

process.on('exit', function (code) {
  if (code !== 0) return;
  assert.deepStrictEqual(clientLog2, ['connect', 'ready', 'data:bye', 'end', 'finish', 'close:false']);
  assert.deepStrictEqual(serverLog2, ['connection', 'finish', 'end', 'close:false']);
  // client ends first: its 'finish' (FIN sent) precedes the 'end' it gets when the server answers
  assert.deepStrictEqual(clientLog, ['connect', 'ready', 'data:pong', 'finish', 'end', 'close:false']);
  assert.deepStrictEqual(serverLog, ['connection', 'data:ping', 'end', 'finish', 'close:false']);
});
