'use strict';
// net.isIP / isIPv4 / isIPv6 over a table of inputs (results as Node v20).
var assert = require('assert');
var net = require('net');

var table = [
  // input, isIP
  ['127.0.0.1', 4],
  ['0.0.0.0', 4],
  ['255.255.255.255', 4],
  ['192.168.1.1', 4],
  ['1.2.3', 0],
  ['1.2.3.4.5', 0],
  ['256.0.0.1', 0],
  ['01.2.3.4', 0],
  ['1.2.3.04', 0],
  ['1.2.3.4 ', 0],
  [' 1.2.3.4', 0],
  ['1.2.3.-1', 0],
  ['1..3.4', 0],
  ['0x7f.0.0.1', 0],
  ['::1', 6],
  ['::', 6],
  ['::ffff:127.0.0.1', 6],
  ['fe80::1', 6],
  ['fe80::1%lo', 6],
  ['fe80::1%eth0', 6],
  ['2001:db8::', 6],
  ['2001:0db8:0000:0000:0000:ff00:0042:8329', 6],
  ['2001:db8:0:0:0:ff00:42:8329', 6],
  ['FE80::ABCD', 6],
  ['1:2:3:4:5:6:7:8', 6],
  ['1:2:3:4:5:6:7:8:9', 0],
  ['1::2::3', 0],
  [':::1', 0],
  ['12345::1', 0],
  ['g::1', 0],
  ['::1.2.3.4', 6],
  ['::1.2.3', 0],
  ['[::1]', 0],
  ['localhost', 0],
  ['example.com', 0],
  ['', 0],
  ['1', 0],
  ['-1', 0]
];

table.forEach(function (row) {
  var input = row[0];
  var want = row[1];
  assert.strictEqual(net.isIP(input), want, 'isIP(' + JSON.stringify(input) + ')');
  assert.strictEqual(net.isIPv4(input), want === 4, 'isIPv4(' + JSON.stringify(input) + ')');
  assert.strictEqual(net.isIPv6(input), want === 6, 'isIPv6(' + JSON.stringify(input) + ')');
});

// Other values are read in their string form, as Node does (`${input}`).
[undefined, null, 127, {}, [], true, NaN].forEach(function (v) {
  assert.strictEqual(net.isIP(v), 0, 'isIP(' + String(v) + ')');
  assert.strictEqual(net.isIPv4(v), false);
  assert.strictEqual(net.isIPv6(v), false);
});
assert.strictEqual(net.isIP(['127.0.0.1']), 4);
assert.strictEqual(net.isIPv4(['1.2.3.4']), true);
assert.strictEqual(net.isIP({ toString: function () { return '::1'; } }), 6);
assert.strictEqual(net.isIPv6(new String('fe80::1')), true);
