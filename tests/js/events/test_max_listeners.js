'use strict';
// setMaxListeners/getMaxListeners/defaultMaxListeners and the leak warning (once per event).
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(e.setMaxListeners(2), e);
assert.strictEqual(e.getMaxListeners(), 2);
e.setMaxListeners(0);
assert.strictEqual(e.getMaxListeners(), 0);

[-1, NaN, -Infinity].forEach(function (bad) {
  assert.throws(function () { e.setMaxListeners(bad); }, {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE'
  });
});
['x', null, {}, undefined].forEach(function (bad) {
  assert.throws(function () { e.setMaxListeners(bad); }, {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE'
  });
});
assert.strictEqual(e.setMaxListeners(Infinity).getMaxListeners(), Infinity);

// The static form changes the default, or the given emitters.
var savedDefault = EventEmitter.defaultMaxListeners;
var t1 = new EventEmitter();
var t2 = new EventEmitter();
EventEmitter.setMaxListeners(4, t1, t2);
assert.strictEqual(t1.getMaxListeners(), 4);
assert.strictEqual(t2.getMaxListeners(), 4);
assert.strictEqual(EventEmitter.defaultMaxListeners, savedDefault);
EventEmitter.setMaxListeners(7);
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
assert.strictEqual(new EventEmitter().getMaxListeners(), 7);
EventEmitter.defaultMaxListeners = savedDefault;

// defaultMaxListeners applies to emitters that did not set their own value.
var saved = EventEmitter.defaultMaxListeners;
EventEmitter.defaultMaxListeners = 3;
var e2 = new EventEmitter();
assert.strictEqual(e2.getMaxListeners(), 3);
EventEmitter.defaultMaxListeners = saved;
assert.strictEqual(e2.getMaxListeners(), saved);

// The warning goes through process.emitWarning, once per event name.
var warnings = [];
var savedEmitWarning = process.emitWarning;
process.emitWarning = function (w) { warnings.push(w); };
try {
  var e3 = new EventEmitter();
  e3.setMaxListeners(2);
  function noop() {}
  e3.on('data', noop);
  e3.on('data', noop);
  assert.strictEqual(warnings.length, 0);
  e3.on('data', noop);
  assert.strictEqual(warnings.length, 1);
  e3.on('data', noop);
  assert.strictEqual(warnings.length, 1);
  var w = warnings[0];
  assert.ok(w instanceof Error);
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.emitter, e3);
  assert.strictEqual(w.type, 'data');
  assert.strictEqual(w.count, 3);
  assert.match(w.message, /^Possible EventEmitter memory leak detected\. 3 data listeners added to /);
  assert.match(w.message, /Use emitter\.setMaxListeners\(\) to increase limit/);

  // A different event warns separately; limit 0 means unlimited.
  e3.on('end', noop);
  e3.on('end', noop);
  e3.on('end', noop);
  assert.strictEqual(warnings.length, 2);
  var e4 = new EventEmitter();
  e4.setMaxListeners(0);
  for (var i = 0; i < 50; i++) e4.on('x', noop);
  assert.strictEqual(warnings.length, 2);
  // The limit still lets all listeners be added.
  assert.strictEqual(e3.listenerCount('data'), 4);
} finally {
  process.emitWarning = savedEmitWarning;
}
