'use strict';
// Socket options on a bound loopback socket: setBroadcast, setTTL and setMulticastTTL (their range
// errors), setMulticastLoopback, setMulticastInterface, add/dropMembership of a link-local group on
// the loopback interface (and source-specific ones), receive/send buffer sizes (the kernel doubles what is set), and the
// recvBufferSize/sendBufferSize options of createSocket, and reuseAddr.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

function show(fn) {
  try {
    return 'ok ' + fn();
  } catch (e) {
    // qemu-user does not translate IP_MULTICAST_IF / IPV6_MULTICAST_IF for the guest (ENOPROTOOPT);
    // the output is compared with Node's only in native runs.
    if (common.emulated && e.code === 'ENOPROTOOPT') return 'not available under emulation: ' + e.message;
    return e.name + ' ' + e.code + ': ' + e.message;
  }
}

var s = dgram.createSocket({ type: 'udp4', recvBufferSize: 65536, sendBufferSize: 32768 });
s.bind(0, '127.0.0.1', common.mustCall(function () {
  console.log(show(function () { return s.setBroadcast(true); }));
  console.log(show(function () { return s.setBroadcast(false); }));
  console.log(show(function () { return s.setTTL(64); }));
  console.log(show(function () { return s.setTTL(0); }));
  console.log(show(function () { return s.setTTL(256); }));
  console.log(show(function () { return s.setMulticastTTL(0); }));
  console.log(show(function () { return s.setMulticastTTL(255); }));
  console.log(show(function () { return s.setMulticastTTL(256); }));
  console.log(show(function () { return s.setMulticastLoopback(true); }));
  console.log(show(function () { return s.setMulticastLoopback(0); }));
  console.log(show(function () { return s.setMulticastInterface('127.0.0.1'); }));
  console.log(show(function () { return s.setMulticastInterface('not an address'); }));
  console.log(show(function () { return s.addMembership('224.0.0.114', '127.0.0.1'); }));
  console.log(show(function () { return s.dropMembership('224.0.0.114', '127.0.0.1'); }));
  console.log(show(function () { return s.dropMembership('224.0.0.114', '127.0.0.1'); }));
  console.log(show(function () { return s.addMembership('127.0.0.1'); }));
  console.log(show(function () { return s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'); }));
  console.log(show(function () { return s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'); }));
  console.log(show(function () { return s.addSourceSpecificMembership(5); }));
  console.log(show(function () { return s.addSourceSpecificMembership('127.0.0.1', 5); }));
  console.log('recv buffer from option', s.getRecvBufferSize() === 2 * 65536);
  console.log('send buffer from option', s.getSendBufferSize() === 2 * 32768);
  s.setRecvBufferSize(100000);
  console.log('recv buffer set', s.getRecvBufferSize() === 200000);
  s.setSendBufferSize(50000);
  console.log('send buffer set', s.getSendBufferSize() === 100000);
  console.log(show(function () { return s.setRecvBufferSize(1.5); }));
  assert.strictEqual(s.getSendQueueSize(), 0);
  assert.strictEqual(s.getSendQueueCount(), 0);
  s.close();
}));

var six = dgram.createSocket({ type: 'udp6', ipv6Only: true });
six.bind({ port: 0, address: '::' }, common.mustCall(function () {
  console.log('ipv6Only bound to', six.address().address, six.address().family);
  console.log(show(function () { return six.setMulticastTTL(3); }));
  console.log(show(function () { return six.setMulticastInterface('::1'); }));
  six.close();
}));

// reuseAddr: a second socket may bind the same address and port when both ask for it.
var shared1 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
shared1.bind(0, '127.0.0.1', common.mustCall(function () {
  var port = shared1.address().port;
  var shared2 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  shared2.on('error', common.mustNotCall('reuseAddr bind failed'));
  shared2.bind(port, '127.0.0.1', common.mustCall(function () {
    assert.strictEqual(shared2.address().port, port);
    console.log('reuseAddr: both bound');
    shared1.close();
    shared2.close();
  }));
}));
