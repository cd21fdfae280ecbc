'use strict';
// new net.Socket({fd}) over an inherited descriptor: this file runs itself as a child with a fourth
// stdio pipe; the child wraps fd 3 in a net.Socket, reads what the parent sends and answers on it.
var common = require('../common');
var assert = require('assert');
var net = require('net');

if (process.argv[2] === 'child') {
  var s = new net.Socket({ fd: 3 });
  var got = '';
  s.setEncoding('utf8');
  s.on('data', function (d) { got += d; });
  s.on('end', function () { s.end('child got: ' + got); });
  return;
}

common.deadline(20000);
var cp = require('child_process');
var child = cp.spawn(common.execPath, [__filename, 'child'], { stdio: ['ignore', 'inherit', 'inherit', 'pipe'] });
var channel = child.stdio[3];
assert.ok(channel instanceof net.Socket);
var answer = '';
channel.setEncoding('utf8');
channel.on('data', function (d) { answer += d; });
channel.end('hello over fd 3');
child.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(answer, 'child got: hello over fd 3');
}));
