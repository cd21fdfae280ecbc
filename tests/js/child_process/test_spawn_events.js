'use strict';
// spawn's events and properties as Node v20 gives them: a missing program is an 'error' (ENOENT with
// path, spawnargs and syscall 'spawn <file>') then 'close' (-2, null), no 'spawn' or 'exit';
// exit codes, stdio 'ignore' and 'inherit', cwd and env options, and kill() with a signal.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
common.deadline(20000);

var steps = [missing, exitCode, cwdEnv, killed, stdioModes];
function next() {
  var step = steps.shift();
  if (step) step();
}

function missing() {
  var child = cp.spawn('netjs-no-such-program', ['a', 'b']);
  child.on('spawn', common.mustNotCall('spawn event for a missing program'));
  child.on('exit', common.mustNotCall('exit event for a missing program'));
  child.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'spawn netjs-no-such-program ENOENT');
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'spawn netjs-no-such-program');
    assert.strictEqual(err.path, 'netjs-no-such-program');
    assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
    assert.strictEqual(child.pid, void 0);
  }));
  child.on('close', common.mustCall(function (code, signal) {
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
    next();
  }));
}

function exitCode() {
  var child = cp.spawn('/bin/sh', ['-c', 'exit 7']);
  var order = [];
  child.on('spawn', function () { order.push('spawn'); });
  child.on('exit', function (code, signal) { order.push('exit ' + code + ' ' + signal); });
  child.on('close', common.mustCall(function (code) {
    order.push('close ' + code);
    assert.deepStrictEqual(order, ['spawn', 'exit 7 null', 'close 7']);
    assert.strictEqual(typeof child.pid, 'number');
    assert.strictEqual(child.exitCode, 7);
    assert.strictEqual(child.killed, false);
    next();
  }));
}

function cwdEnv() {
  var dir = process.env.TMPDIR || '/tmp';
  var child = cp.spawn('/bin/sh', ['-c', 'cd -P . && pwd && echo "$NETJS_CP_TEST"'],
                       { cwd: '/', env: { NETJS_CP_TEST: 'from env ' + dir } });
  var out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', function (d) { out += d; });
  child.on('close', common.mustCall(function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, '/\nfrom env ' + dir + '\n');
    next();
  }));
}

function killed() {
  var child = cp.spawn('sleep', ['30']);
  child.on('spawn', common.mustCall(function () {
    assert.strictEqual(child.kill('SIGKILL'), true);
    assert.strictEqual(child.killed, true);
  }));
  child.on('exit', common.mustCall(function (code, signal) {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
  }));
  child.on('close', common.mustCall(function (code, signal) {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(child.signalCode, 'SIGKILL');
    assert.strictEqual(child.exitCode, null);
    // Once it has exited there is nothing to signal.
    assert.strictEqual(child.kill(), false);
    assert.throws(function () { child.kill('SIGNOPE'); }, function (e) { return e.code === 'ERR_UNKNOWN_SIGNAL'; });
    next();
  }));
}

function stdioModes() {
  // stdout ignored, stderr piped: only stderr is a stream; 'inherit' gives no streams at all.
  var child = cp.spawn('/bin/sh', ['-c', 'echo out; echo err >&2'], { stdio: ['ignore', 'ignore', 'pipe'] });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  var err = '';
  child.stderr.on('data', function (d) { err += d; });
  child.on('close', common.mustCall(function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(err, 'err\n');
    var quiet = cp.spawn('true', [], { stdio: 'inherit' });
    assert.strictEqual(quiet.stdout, null);
    assert.deepStrictEqual(quiet.stdio, [null, null, null]);
    quiet.on('close', common.mustCall(function (c) { assert.strictEqual(c, 0); }));
  }));
}

next();
