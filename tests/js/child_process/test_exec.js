'use strict';
// exec and execFile: the shell, (err, stdout, stderr) with err.code/killed/signal/cmd on failure,
// encoding, the timeout (killSignal) and maxBuffer (ERR_CHILD_PROCESS_STDIO_MAXBUFFER).
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
common.deadline(20000);

var steps = [ok, failed, timeout, maxBuffer, buffers, execFileArgs];
function next() {
  var step = steps.shift();
  if (step) step();
}

function ok() {
  cp.exec('echo "$((6 * 7))" && echo to-stderr >&2', common.mustCall(function (err, stdout, stderr) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, '42\n');
    assert.strictEqual(stderr, 'to-stderr\n');
    next();
  }));
}

function failed() {
  cp.exec('echo partial; echo oops >&2; exit 3', common.mustCall(function (err, stdout, stderr) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.message, 'Command failed: echo partial; echo oops >&2; exit 3\noops\n');
    assert.strictEqual(err.code, 3);
    assert.strictEqual(err.killed, false);
    assert.strictEqual(err.signal, null);
    assert.strictEqual(err.cmd, 'echo partial; echo oops >&2; exit 3');
    assert.strictEqual(stdout, 'partial\n');
    assert.strictEqual(stderr, 'oops\n');
    next();
  }));
}

function timeout() {
  cp.exec('exec sleep 30', { timeout: 100, killSignal: 'SIGINT' }, common.mustCall(function (err, stdout) {
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, 'SIGINT');
    assert.strictEqual(err.code, null);
    assert.strictEqual(err.cmd, 'exec sleep 30');
    assert.strictEqual(stdout, '');
    next();
  }));
}

function maxBuffer() {
  cp.exec('yes 0123456789 | head -c 100000', { maxBuffer: 1000 }, common.mustCall(function (err, stdout) {
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.cmd, 'yes 0123456789 | head -c 100000');
    assert.strictEqual(stdout.length, 1000);
    assert.strictEqual(stdout.slice(0, 11), '0123456789\n');
    next();
  }));
}

function buffers() {
  cp.exec('printf "\\377\\001"', { encoding: 'buffer' }, common.mustCall(function (err, stdout, stderr) {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(stdout));
    assert.deepStrictEqual(Array.prototype.slice.call(stdout), [255, 1]);
    assert.strictEqual(stderr.length, 0);
    next();
  }));
}

function execFileArgs() {
  // No shell: the arguments arrive as they are.
  cp.execFile('printf', ['%s|', 'a b', '$HOME'], common.mustCall(function (err, stdout) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'a b|$HOME|');
    cp.execFile('netjs-no-such-program', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ENOENT');
      assert.strictEqual(e.syscall, 'spawn netjs-no-such-program');
      assert.strictEqual(e.cmd, 'netjs-no-such-program');
      next();
    }));
  }));
}

next();
