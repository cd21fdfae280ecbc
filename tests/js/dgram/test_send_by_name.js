'use strict';
// Sending to a host name resolves it through dns ('localhost' -> 127.0.0.1 for udp4); the first send
// binds the socket implicitly (to the wildcard address, emitting 'listening'), and datagrams sent
// before that are queued, then sent (those to a name after its lookup, so after the literal ones, in
// Node too). Without an address, a udp4 send goes to 127.0.0.1.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

// Printed at exit in a fixed order: the three scenarios finish in whatever order the resolver answers.
var report = {};
process.on('exit', function () {
  console.log('received', report.received);
  console.log(report.error);
  console.log('custom lookup asked', report.lookup);
});

var server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var client = dgram.createSocket('udp4');
  client.on('listening', common.mustCall(function () {
    assert.strictEqual(client.address().address, '0.0.0.0');
  }));
  var got = [];
  server.on('message', function (msg, rinfo) {
    assert.strictEqual(rinfo.address, '127.0.0.1');
    assert.strictEqual(rinfo.port, client.address().port);
    got.push(msg.toString());
    if (got.length < 4) return;
    assert.deepStrictEqual(got.slice(2).sort(), ['a', 'b']);
    assert.deepStrictEqual(got.slice(0, 2), ['c', 'd']);
    report.received = got.slice(0, 2).join(' ') + ' ' + got.slice(2).sort().join(' ');
    client.close();
    server.close();
  });
  // All four before the implicit bind completes.
  client.send('a', port, 'localhost', common.mustCall(function (err, n) {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 1);
  }));
  client.send('b', port, 'localhost');
  client.send('c', port);
  client.send('d', String(port), '127.0.0.1');
}));

// A name that does not resolve: the send callback gets the dns error; without one, 'error' is emitted.
var lost = dgram.createSocket('udp4');
lost.send('x', 9, 'no-such-host.invalid', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  var loud = dgram.createSocket('udp4');
  loud.on('error', common.mustCall(function (e) {
    assert.strictEqual(e.code, 'ENOTFOUND');
    report.error = e.message;
    loud.close();
    lost.close();
  }));
  loud.send('x', 9, 'no-such-host.invalid');
}));

// createSocket's lookup option replaces dns.lookup for bind, send and connect.
var asked = [];
function fakeLookup(name, family, cb) {
  asked.push(name + '/' + family);
  cb(null, '127.0.0.1', 4);
}
console.log(require('../common').catchErr(function () { dgram.createSocket({ type: 'udp4', lookup: 5 }); }).message);
var custom = dgram.createSocket({ type: 'udp4', lookup: fakeLookup });
custom.bind(0, 'my-own-name', common.mustCall(function () {
  assert.strictEqual(custom.address().address, '127.0.0.1');
  custom.on('message', common.mustCall(function (msg) {
    assert.strictEqual(msg.toString(), 'to myself');
    report.lookup = asked.join(' ');
    custom.close();
  }));
  custom.send('to myself', custom.address().port, 'another-name');
}));
