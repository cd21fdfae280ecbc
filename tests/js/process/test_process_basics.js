'use strict';
var assert = require('assert');
var common = require('../common');

assert.ok(Array.isArray(process.argv));
assert.ok(process.argv.length >= 2);
assert.ok(/test_process_basics\.js$/.test(process.argv[1]), 'argv[1] is the script path');
assert.strictEqual(typeof process.execPath, 'string');
assert.strictEqual(typeof process.env, 'object');
assert.strictEqual(process.env.PATH, process.env.PATH + '');
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm', 'arm64', 'ia32'].indexOf(process.arch) !== -1, process.arch);
assert.ok(/^v\d+\.\d+\.\d+/.test(process.version), process.version);
assert.strictEqual(typeof process.versions, 'object');
assert.strictEqual(typeof process.pid, 'number');
assert.ok(process.pid > 0);
assert.strictEqual(typeof process.cwd(), 'string');
assert.strictEqual(typeof process.uptime(), 'number');

var t = process.hrtime();
assert.strictEqual(t.length, 2);
assert.ok(t[1] >= 0 && t[1] < 1e9);
var d = process.hrtime(t);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);

var mem = process.memoryUsage();
['rss', 'heapTotal', 'heapUsed', 'external'].forEach(function (k) {
  assert.strictEqual(typeof mem[k], 'number', k);
});
if (!require('../common').emulated) assert.ok(mem.rss > 0);  // qemu-user reports rss 0
assert.ok(mem.heapUsed > 0);

assert.strictEqual(process.stdout.write(''), true);
assert.strictEqual(process.stderr.write(''), true);
process.stdout.write('written through stdout\n', common.mustCall());
process.stdout.write(Buffer.from('buffer through stdout\n'));

var order = [];
process.nextTick(function (a, b) { order.push('tick ' + a + b); }, 1, 2);
process.nextTick(function () {
  order.push('tick 2');
  process.nextTick(function () { order.push('nested tick'); });
});
setTimeout(function () { order.push('timer'); }, 0);
assert.throws(function () { process.nextTick('no'); }, { code: 'ERR_INVALID_ARG_TYPE' });

var exitSeen = false;
process.on('exit', function (code) {
  exitSeen = true;
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(order, ['tick 12', 'tick 2', 'nested tick', 'timer']);
});
// Listeners run in the order added: this one proves the previous one ran.
process.on('exit', function () { assert.ok(exitSeen); });
