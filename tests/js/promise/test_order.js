'use strict';
// Where reactions run relative to process.nextTick, queueMicrotask, timers, immediates and I/O:
// after each callback from the loop the nextTick queue drains, then the microtask queue, again until
// both are empty (Node's order). The sequence is printed (compared with Node's) and checked.
var assert = require('assert');
var net = require('net');
var common = require('../common');

var log = [];
function L(s) { log.push(s); console.log(s); }

// Chains of a given length, so that interleavings show.
function chain(name, n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) {
    (function (i) { p = p.then(function () { L(name + i); }); })(i);
  }
  return p;
}

function mix(tag) {
  process.nextTick(function () {
    L(tag + ' tick1');
    Promise.resolve().then(function () { L(tag + ' then-in-tick'); });
    process.nextTick(function () { L(tag + ' tick-in-tick'); });
  });
  Promise.resolve().then(function () {
    L(tag + ' then1');
    process.nextTick(function () { L(tag + ' tick-in-then'); });
    queueMicrotask(function () { L(tag + ' qm-in-then'); });
  });
  queueMicrotask(function () { L(tag + ' qm1'); });
  // Resolving with a promise costs two extra microtask turns; with a thenable, one.
  new Promise(function (res) { res(Promise.resolve('p')); }).then(function (v) { L(tag + ' adopted ' + v); });
  new Promise(function (res) { res({ then: function (r) { r('t'); } }); }).then(function (v) { L(tag + ' adopted ' + v); });
  process.nextTick(function () { L(tag + ' tick2'); });
  L(tag + ' sync');
}

mix('main');
chain('main-chain', 4);

// One event source at a time, each step started by the previous one, so the order is fixed.
var server = net.createServer(function (sock) {
  sock.on('data', function () {
    mix('server-data');
    sock.write('y');
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    mix('connect');
    c.write('x');
  });
  c.on('data', function () {
    mix('client-data');
    // From an I/O callback the immediates come before any timer.
    setTimeout(function () {
      mix('timeout-from-io');
      c.destroy();
      server.close();
      // Two timers due together: the microtasks of the first run before the second.
      setTimeout(function () { mix('timer1'); }, 1);
      setTimeout(function () { mix('timer2'); }, 1);
    }, 0);
    setImmediate(function () {
      mix('immediate-a');
      chain('imm-chain', 2);
    });
    setImmediate(function () { mix('immediate-b'); });
  });
});

process.on('exit', function () {
  // 11 entries per mix() in each of 9 places, plus the chains (4 + 2).
  assert.strictEqual(log.length, 9 * 11 + 6);
  assert.deepStrictEqual(log.slice(0, 15), [
    'main sync', 'main tick1', 'main tick2', 'main tick-in-tick', 'main then1', 'main qm1',
    'main-chain1', 'main then-in-tick', 'main qm-in-then', 'main adopted t', 'main-chain2',
    'main adopted p', 'main-chain3', 'main-chain4', 'main tick-in-then'
  ]);
  // Each mix() outside the main script runs its own drain the same way.
  var inTimer = log.filter(function (s) { return s.indexOf('timer1 ') === 0; });
  assert.deepStrictEqual(inTimer, ['timer1 sync', 'timer1 tick1', 'timer1 tick2', 'timer1 tick-in-tick',
    'timer1 then1', 'timer1 qm1', 'timer1 then-in-tick', 'timer1 qm-in-then', 'timer1 adopted t',
    'timer1 adopted p', 'timer1 tick-in-then']);
  assert.ok(log.indexOf('timer1 tick-in-then') < log.indexOf('timer2 sync'));
  assert.ok(log.indexOf('immediate-a tick-in-then') < log.indexOf('immediate-b sync'));
  assert.ok(log.indexOf('immediate-b sync') < log.indexOf('timeout-from-io sync'));
});
common.deadline(10000);
