'use strict';
// No fixed heap limit: allocate well over 200 MB of strings and buffers, drop them, and do it again.
var assert = require('assert');
var MB = 1024 * 1024;
function round() {
  var bufs = [];
  for (var i = 0; i < 120; i++) {
    var b = Buffer.allocUnsafe(MB);
    b.fill(i & 0xff);
    bufs.push(b);
  }
  var strs = [];
  var chunk = new Array(1024 + 1).join('x');   // 1 KB
  var big = new Array(1024 + 1).join(chunk);    // 1 MB
  for (var j = 0; j < 100; j++) strs.push(big + j);  // distinct 1 MB strings
  assert.strictEqual(bufs.length, 120);
  assert.strictEqual(bufs[119][MB - 1], 119);
  assert.strictEqual(strs[99].length, MB + 2);
  // rss, not heapUsed: Node keeps Buffers outside its JS heap; netjs counts them in both.
  return process.memoryUsage().rss;
}
var peak1 = round();
// V8 keeps `big + j` as ropes sharing one 1 MB string, so the size check is netjs's (Duktape flattens).
// Under qemu-user (cross builds) rss reads as 0: only the allocations themselves are checked there.
var isNode = process.release.name === 'node' || require('../common').emulated;
if (!isNode) assert.ok(peak1 > 200 * MB, 'the heap really held more than 200 MB: ' + peak1);
var after = process.memoryUsage().rss;
var peak2 = round();
if (!isNode) assert.ok(peak2 > 200 * MB);
// Freed memory is reused rather than accumulated: the second round does not double the heap.
assert.ok(peak2 < peak1 * 1.5 + 32 * MB, 'second round reused memory: ' + peak1 + ' vs ' + peak2);
if (typeof Duktape !== 'undefined') {
  Duktape.gc();
  assert.ok(process.memoryUsage().heapUsed < 64 * MB, 'memory released: ' + process.memoryUsage().heapUsed);
}
void after;
