'use strict';
// spawnSync, execSync and execFileSync: {status, signal, stdout, stderr, pid, output, error}, input,
// encoding, execSync throwing on a non-zero exit, ENOENT, the timeout and maxBuffer.
var assert = require('assert');
var cp = require('child_process');

var r = cp.spawnSync('cat', [], { input: 'round trip' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.signal, null);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'round trip');
assert.strictEqual(r.stderr.length, 0);
assert.strictEqual(typeof r.pid, 'number');
assert.ok(r.pid > 0);
assert.strictEqual(r.output[0], null);
assert.strictEqual(r.error, void 0);

var big = Buffer.alloc(3 * 1024 * 1024, 'x');
r = cp.spawnSync('wc', ['-c'], { input: big, encoding: 'utf8' });
assert.strictEqual(r.stdout.trim(), String(big.length));

r = cp.spawnSync('/bin/sh', ['-c', 'echo $NETJS_SYNC >&2; exit 4'], { env: { NETJS_SYNC: 'e' }, encoding: 'utf8' });
assert.strictEqual(r.status, 4);
assert.strictEqual(r.stderr, 'e\n');
assert.strictEqual(r.stdout, '');

r = cp.spawnSync('netjs-no-such-program', ['x']);
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.error.message, 'spawnSync netjs-no-such-program ENOENT');
assert.strictEqual(r.error.syscall, 'spawnSync netjs-no-such-program');
assert.strictEqual(r.error.path, 'netjs-no-such-program');
assert.deepStrictEqual(r.error.spawnargs, ['x']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.pid, 0);

r = cp.spawnSync('sleep', ['30'], { timeout: 100 });
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.strictEqual(r.signal, 'SIGTERM');
assert.strictEqual(r.status, null);

r = cp.spawnSync('/bin/sh', ['-c', 'yes | head -c 50000'], { maxBuffer: 100 });
assert.strictEqual(r.error.code, 'ENOBUFS');
// netjs keeps exactly maxBuffer bytes; Node keeps the whole read that went over (all 50000 when one
// read took everything)
assert.ok(r.stdout.length >= 100 && r.stdout.length <= 50000);

assert.strictEqual(cp.execSync('echo $((1 + 1))', { encoding: 'utf8' }), '2\n');
assert.strictEqual(cp.execSync('cat', { input: 'in' }).toString(), 'in');
assert.strictEqual(cp.execFileSync('printf', ['%s', 'a b'], { encoding: 'utf8' }), 'a b');

assert.throws(function () {
  cp.execSync('echo bad >&2; exit 5', { stdio: 'pipe' });
}, function (e) {
  return e.message === 'Command failed: echo bad >&2; exit 5\nbad\n' && e.status === 5 && e.signal === null &&
    e.stderr.toString() === 'bad\n' && typeof e.pid === 'number';
});
assert.throws(function () { cp.execFileSync('netjs-no-such-program'); }, function (e) {
  return e.code === 'ENOENT' && e.syscall === 'spawnSync netjs-no-such-program';
});
