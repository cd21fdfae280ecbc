'use strict';
// events.once(emitter, name): resolves with the emit's arguments, two microtask turns after the
// emit (as Node's async function does); an 'error' first rejects and removes the listener.
var assert = require('assert');
var EventEmitter = require('events');
var common = require('../common');

var ee = new EventEmitter();
var log = [];
EventEmitter.once(ee, 'ready').then(common.mustCall(function (args) {
  assert.deepStrictEqual(args, [1, 'two']);
  assert.strictEqual(ee.listenerCount('error'), 0);
  log.push('once resolved');
}));
assert.strictEqual(ee.listenerCount('ready'), 1);
ee.emit('ready', 1, 'two');
assert.strictEqual(ee.listenerCount('ready'), 0);
Promise.resolve().then(function () { log.push('m1'); }).then(function () { log.push('m2'); })
  .then(function () { log.push('m3'); });

var ee2 = new EventEmitter();
var boom = new Error('boom');
EventEmitter.once(ee2, 'ready').catch(common.mustCall(function (err) {
  assert.strictEqual(err, boom);
  assert.strictEqual(ee2.listenerCount('ready'), 0);
}));
ee2.emit('error', boom);

// Waiting for 'error' itself resolves with it.
var ee3 = new EventEmitter();
require('events').once(ee3, 'error').then(common.mustCall(function (args) { assert.deepStrictEqual(args, [boom]); }));
ee3.emit('error', boom);

process.on('exit', function () { assert.deepStrictEqual(log, ['m1', 'm2', 'once resolved', 'm3']); });
