'use strict';
// Node's errors for misuse: socket types, ports, buffers, options before bind (libuv's EBADF), double
// bind, EADDRINUSE on bind (emitted, not thrown), and everything after close (ERR_SOCKET_DGRAM_NOT_RUNNING).
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

function show(fn) {
  try {
    var r = fn();
    return 'ok ' + (r === undefined ? '' : typeof r);
  } catch (e) {
    return e.name + ' ' + e.code + ' ' + e.errno + ' ' + e.syscall + ': ' + e.message;
  }
}

console.log(show(function () { dgram.createSocket('udp5'); }));
console.log(show(function () { dgram.createSocket(); }));
console.log(show(function () { dgram.createSocket({}); }));

var s = dgram.createSocket('udp4');
assert.ok(s instanceof dgram.Socket);
assert.ok(s instanceof require('events'));
assert.strictEqual(s.type, 'udp4');
console.log(show(function () { s.address(); }));
console.log(show(function () { s.setBroadcast(true); }));
console.log(show(function () { s.setTTL(5); }));
console.log(show(function () { s.setTTL('5'); }));
console.log(show(function () { s.setMulticastTTL(5); }));
console.log(show(function () { s.setMulticastLoopback(true); }));
console.log(show(function () { s.getRecvBufferSize(); }));
console.log(show(function () { s.setSendBufferSize(-1); }));
console.log(show(function () { s.setMulticastInterface(1); }));
console.log(show(function () { s.addMembership(); }));
console.log(show(function () { s.send('x', 0); }));
console.log(show(function () { s.send('x', 70000); }));
console.log(show(function () { s.send('x', -1); }));
console.log(show(function () { s.send('x', 'http'); }));
console.log(show(function () { s.send(5, 12); }));
console.log(show(function () { s.send([5], 12); }));
console.log(show(function () { s.send(Buffer.from('abc'), 5, 1, 1, '127.0.0.1'); }));
console.log(show(function () { s.send(Buffer.from('abc'), 1, 5, 1, '127.0.0.1'); }));
console.log(show(function () { s.send('x', 12, 5); }));
console.log(show(function () { s.sendto('x', 0, 1, 12); }));
var err = (function () { try { s.getSendBufferSize(); } catch (e) { return e; } })();
assert.strictEqual(err.name, 'SystemError');
assert.deepStrictEqual(err.info, { errno: err.errno, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_send_buffer_size' });
s.close();

var first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', common.mustCall(function () {
  var port = first.address().port;
  console.log(show(function () { first.bind(0); }));
  var second = dgram.createSocket('udp4');
  second.on('listening', common.mustNotCall('second bind succeeded'));
  second.bind(port, '127.0.0.1');
  second.on('error', common.mustCall(function (e) {
    assert.strictEqual(e.code, 'EADDRINUSE');
    assert.strictEqual(e.syscall, 'bind');
    assert.strictEqual(e.address, '127.0.0.1');
    assert.strictEqual(e.port, port);
    assert.strictEqual(e.message, 'bind EADDRINUSE 127.0.0.1:' + port);
    assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall', 'address', 'port']);
    // An address of the other family: EINVAL, as libuv's parser has it.
    var v6 = dgram.createSocket('udp4');
    v6.on('error', common.mustCall(function (e2) {
      console.log(e2.message, e2.port);
      v6.close();
      second.close();
      first.close(common.mustCall(function () {
        console.log(show(function () { first.close(); }));
        console.log(show(function () { first.send('x', port); }));
        console.log(show(function () { first.address(); }));
        console.log(show(function () { first.bind(0); }));
        console.log(show(function () { first.addMembership('224.0.0.114'); }));
        console.log(show(function () { first.setMulticastInterface('127.0.0.1'); }));
        assert.strictEqual(first.ref(), first);
        assert.strictEqual(first.unref(), first);
      }));
    }));
    v6.bind(0, '::1');
  }));
}));
