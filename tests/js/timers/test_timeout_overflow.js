'use strict';
// Durations that do not fit a 32-bit signed integer of milliseconds, as Node v20 treats them:
// setTimeout/setInterval run after 1 ms with a TimeoutOverflowWarning; socket.setTimeout keeps the
// value in .timeout but arms the longest timer there is (2^31 - 1 ms), also with a warning, so it
// neither fires at once nor wraps around. setKeepAlive(true, Infinity) is accepted (no delay, as Node).
// Before: 1e300 reached C++ as an out-of-range double -> integer conversion (undefined behaviour).
var common = require('../common');
var assert = require('assert');
var net = require('net');

var warnings = [];
process.on('warning', function (w) { warnings.push(w.name + ': ' + w.message); });

var pending = 2;
function done() {
  if (--pending > 0) return;
  // Both the 1 ms timer and the socket's set-up have run; their warnings (each queued on a tick) too.
  assert.deepStrictEqual(warnings.sort(), [
    'TimeoutOverflowWarning: 1.7976931348623157e+308 does not fit into a 32-bit signed integer.\nTimer duration was truncated to 2147483647.',
    'TimeoutOverflowWarning: 1e+300 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
    'TimeoutOverflowWarning: 1e+300 does not fit into a 32-bit signed integer.\nTimer duration was truncated to 2147483647.'
  ]);
  client.destroy();
  server.close();
}

setTimeout(common.mustCall(done), 1e300);

var client;
var server = net.createServer(function (conn) { conn.on('error', function () {}); });
server.listen(0, '127.0.0.1', common.mustCall(function () {
  client = net.connect(server.address().port, '127.0.0.1', common.mustCall(function () {
    client.setTimeout(1e300);
    assert.strictEqual(client.timeout, 1e300);
    client.setKeepAlive(true, Infinity);
    client.setTimeout(Number.MAX_VALUE);
    client.on('timeout', common.mustNotCall('a socket timeout of 2^31 - 1 ms fired'));
    process.nextTick(done);
  }));
}));
