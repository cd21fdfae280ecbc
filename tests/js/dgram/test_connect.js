'use strict';
// connect(): 'connect' event and callback, remoteAddress(), sends without an address, a second
// connect (ERR_SOCKET_DGRAM_IS_CONNECTED), a send with a port while connected (the same error),
// disconnect() and then ERR_SOCKET_DGRAM_NOT_CONNECTED; datagrams from other peers are not received.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

function code(fn) {
  try {
    fn();
  } catch (e) {
    return e.name + ' ' + e.code + ': ' + e.message;
  }
  return 'no error';
}

var server = dgram.createSocket('udp4');
var stranger = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');

console.log(code(function () { client.remoteAddress(); }));
console.log(code(function () { client.disconnect(); }));
console.log(code(function () { client.connect(0, '127.0.0.1'); }));
console.log(code(function () { client.connect(80, 5); }));

server.bind(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  client.bind(0, '127.0.0.1', common.mustCall(function () {
    var events = [];
    client.on('connect', function () { events.push('event'); });
    client.connect(port, '127.0.0.1', common.mustCall(function () {
      events.push('callback');
      assert.strictEqual(arguments.length, 0);
      assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port: port });
      console.log(code(function () { client.connect(port, '127.0.0.1'); }));
      console.log(code(function () { client.send('x', 0, 1, port, '127.0.0.1'); }));
      // Only the connected peer's datagrams arrive: the stranger's is dropped by the kernel.
      stranger.send('stranger', client.address().port, '127.0.0.1', common.mustCall(function (err) {
        assert.strictEqual(err, null);
        client.send('ping', common.mustCall(function (err, bytes) {
          assert.strictEqual(err, null);
          assert.strictEqual(bytes, 4);
        }));
      }));
    }));
    server.on('message', common.mustCall(function (msg, rinfo) {
      assert.strictEqual(msg.toString(), 'ping');
      server.send('pong', rinfo.port, rinfo.address);
    }));
    client.on('message', common.mustCall(function (msg, rinfo) {
      assert.strictEqual(msg.toString(), 'pong');
      assert.strictEqual(rinfo.port, port);
      console.log('connect order', events.join(' '));
      client.disconnect();
      console.log(code(function () { client.remoteAddress(); }));
      console.log(code(function () { client.disconnect(); }));
      client.close();
      server.close();
      stranger.close();
      connectToNowhere();
    }));
  }));
}));

// A connect before bind binds implicitly; a connect to a name that does not resolve reports it to
// the callback, and the socket is not connected.
var connectToNowhere = common.mustCall(function () {
  var early = dgram.createSocket('udp4');
  early.connect(9, 'no-such-host.invalid', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ENOTFOUND');
    console.log(code(function () { early.remoteAddress(); }));
    early.close();
  }));
});
