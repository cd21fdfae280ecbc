'use strict';
// The Console constructor with custom streams.
var assert = require('assert');
var Console = require('console').Console;

assert.strictEqual(typeof Console, 'function');
assert.strictEqual(console.Console, Console);

var EventEmitter = require('events');

// A minimal writable: Node's Console also attaches 'error' listeners to its streams.
function sink() {
  var s = new EventEmitter();
  s.chunks = [];
  s.write = function (c) { s.chunks.push(String(c)); return true; };
  return s;
}

var out = sink();
var err = sink();
var c = new Console(out, err);
c.log('to %s', 'out');
c.error('to err');
c.warn('warned');
c.info({ a: 1 });
assert.deepStrictEqual(out.chunks, ['to out\n', '{ a: 1 }\n']);
assert.deepStrictEqual(err.chunks, ['to err\n', 'warned\n']);

// Options object form; stderr defaults to stdout.
var both = sink();
var c2 = new Console({ stdout: both });
c2.log('a');
c2.error('b');
assert.deepStrictEqual(both.chunks, ['a\n', 'b\n']);

// Without `new`.
var s3 = sink();
var c3 = Console(s3);
c3.log('no new');
assert.deepStrictEqual(s3.chunks, ['no new\n']);

// Bound methods, and instances keep separate state.
var s4 = sink();
var c4 = new Console(s4);
var count = c4.count;
count();
count();
c4.group('g');
c4.log('in');
c4.groupEnd();
c3.count();
assert.deepStrictEqual(s4.chunks, ['default: 1\n', 'default: 2\n', 'g\n', '  in\n']);
assert.deepStrictEqual(s3.chunks, ['no new\n', 'default: 1\n']);

// groupIndentation option.
var s5 = sink();
var c5 = new Console({ stdout: s5, groupIndentation: 4 });
c5.group();
c5.log('x');
assert.deepStrictEqual(s5.chunks, ['    x\n']);

// Invalid streams are rejected.
assert.throws(function () { return new Console(); }, TypeError);
assert.throws(function () { return new Console({ write: 'nope' }); }, TypeError);
assert.throws(function () { return new Console(sink(), { notAStream: true }); }, TypeError);

// The default console exposes the usual methods.
['log', 'info', 'debug', 'warn', 'error', 'dir', 'trace', 'assert', 'time', 'timeEnd', 'timeLog',
 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd', 'table', 'dirxml'].forEach(function (name) {
  assert.strictEqual(typeof console[name], 'function', name);
});
