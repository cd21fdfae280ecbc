'use strict';
// A stale socket file (its server was SIGKILLed, so nothing removed it): listening there fails with
// EADDRINUSE, as in Node, and nothing is removed; once the file is gone, listening works again.
// The stale server is this file run as a child; the file is removed with rm (no fs needed).
var common = require('../common');
var assert = require('assert');
var net = require('net');

if (process.argv[2] === 'child') {
  net.createServer().listen(process.argv[3], function () { process.stdout.write('ready\n'); });
  return;
}

common.deadline(20000);
var cp = require('child_process');
var path = (process.env.TMPDIR || '/tmp') + '/netjs-unix-stale-' + process.pid + '.sock';
var child = cp.spawn(common.execPath, [__filename, 'child', path], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.once('data', common.mustCall(function (d) {
  assert.strictEqual(String(d), 'ready\n');
  child.kill('SIGKILL');
}));
child.on('close', common.mustCall(function (code, signal) {
  assert.strictEqual(signal, 'SIGKILL');
  // Nobody listens, but the file is there: a connect is refused, a listen finds the address in use.
  var probe = net.connect(path);
  probe.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    var server = net.createServer();
    server.on('error', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'EADDRINUSE');
      assert.strictEqual(e.message, 'listen EADDRINUSE: address already in use ' + path);
      assert.strictEqual(cp.spawnSync('test', ['-S', path]).status, 0, 'the stale file was removed');
      assert.strictEqual(cp.spawnSync('rm', ['-f', path]).status, 0);
      var again = net.createServer();
      again.listen(path, common.mustCall(function () { again.close(); }));
    }));
    server.listen(path);
  }));
}));
