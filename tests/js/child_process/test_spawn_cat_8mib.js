'use strict';
// 8 MiB through `cat` and back: child.stdin is a Writable whose write() says false once the pipe is
// full ('drain' follows), child.stdout a Readable; every byte comes back in order, then 'exit' and
// 'close' (after stdout closed) with code 0.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
common.deadline(60000);

var size = 8 * 1024 * 1024;
var chunk = Buffer.alloc(64 * 1024);
for (var i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) & 0xff;

var child = cp.spawn('cat');
var events = [];
var received = 0;
var mismatch = -1;
var sawBackpressure = false;

child.on('spawn', common.mustCall(function () { events.push('spawn'); }));
// Checked in whole pattern-sized blocks (a byte loop in the engine would be most of the test's time).
var pending = [];
var pendingLength = 0;
child.stdout.on('data', function (d) {
  pending.push(d);
  pendingLength += d.length;
  if (pendingLength < chunk.length) return;
  var all = Buffer.concat(pending);
  var whole = all.length - (all.length % chunk.length);
  for (var off = 0; off < whole && mismatch < 0; off += chunk.length) {
    if (!all.slice(off, off + chunk.length).equals(chunk)) mismatch = received + off;
  }
  received += whole;
  pending = whole < all.length ? [all.slice(whole)] : [];
  pendingLength = all.length - whole;
});
child.stdout.on('end', common.mustCall(function () { events.push('stdout end'); }));
child.on('exit', common.mustCall(function (code, signal) {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
child.on('close', common.mustCall(function (code, signal) {
  events.push('close');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(mismatch, -1, 'byte ' + mismatch + ' differs');
  assert.strictEqual(received + pendingLength, size);
  assert.strictEqual(pendingLength, 0);
  assert.ok(sawBackpressure, 'write() never returned false');
  assert.strictEqual(events[0], 'spawn');
  assert.strictEqual(events[events.length - 1], 'close');
  assert.ok(events.indexOf('stdout end') < events.indexOf('close'));
  assert.strictEqual(child.exitCode, 0);
  assert.strictEqual(child.signalCode, null);
}));

var sent = 0;
function pump() {
  while (sent < size) {
    sent += chunk.length;
    if (!child.stdin.write(chunk)) {
      sawBackpressure = true;
      child.stdin.once('drain', pump);
      return;
    }
  }
  child.stdin.end();
}
pump();
