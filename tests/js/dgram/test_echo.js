'use strict';
// Two sockets on port 0 echo datagrams on 127.0.0.1 and on ::1: 'listening', address(), the 'message'
// arguments (a Buffer and rinfo {address, family, port, size}), send callbacks (null, bytes), a list of
// buffers and strings sent as one datagram, offset/length, an empty datagram, and close callbacks.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

function echo(type, host, done) {
  var family = type === 'udp4' ? 'IPv4' : 'IPv6';
  var server = dgram.createSocket(type);
  var client = dgram.createSocket({ type: type });
  server.on('message', function (msg, rinfo) {
    assert.ok(Buffer.isBuffer(msg));
    assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
    assert.strictEqual(rinfo.address, host);
    assert.strictEqual(rinfo.family, family);
    assert.strictEqual(rinfo.port, client.address().port);
    assert.strictEqual(rinfo.size, msg.length);
    server.send(msg, rinfo.port, rinfo.address);
  });
  server.on('listening', common.mustCall(function () {
    var addr = server.address();
    assert.deepStrictEqual(Object.keys(addr).sort(), ['address', 'family', 'port']);
    assert.strictEqual(addr.address, host);
    assert.strictEqual(addr.family, family);
    assert.ok(addr.port > 0);
    var expected = ['hello', 'one datagram', 'ell', ''];
    var got = [];
    client.on('message', function (msg, rinfo) {
      assert.strictEqual(rinfo.port, addr.port);
      got.push(msg.toString());
      if (got.length < expected.length) return;
      assert.deepStrictEqual(got, expected);
      console.log(type, 'echoed', JSON.stringify(got));
      client.close(common.mustCall(function () {
        assert.strictEqual(arguments.length, 0);
        server.close(common.mustCall(done));
      }));
    });
    client.bind(0, host, common.mustCall(function () {
      assert.strictEqual(this, client);
      // One at a time, so the order the server sees is the order sent.
      client.send('hello', addr.port, host, common.mustCall(function (err, bytes) {
        assert.strictEqual(err, null);
        assert.strictEqual(bytes, 5);
        client.send(['one ', Buffer.from('data'), new Uint8Array([103, 114, 97, 109])], addr.port, host,
          common.mustCall(function (err, bytes) {
            assert.strictEqual(err, null);
            assert.strictEqual(bytes, 12);
            client.send(Buffer.from('hello'), 1, 3, addr.port, host, common.mustCall(function (err, bytes) {
              assert.strictEqual(err, null);
              assert.strictEqual(bytes, 3);
              client.send([], addr.port, host, common.mustCall(function (err, bytes) {
                assert.strictEqual(err, null);
                assert.strictEqual(bytes, 0);
              }));
            }));
          }));
      }));
    }));
  }));
  server.bind({ port: 0, address: host });
}

echo('udp4', '127.0.0.1', common.mustCall(function () {
  echo('udp6', '::1', common.mustCall(function () { console.log('done'); }));
}));
