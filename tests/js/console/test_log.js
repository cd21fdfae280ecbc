'use strict';
// log/info/debug/dirxml go to stdout, warn/error to stderr, formatted with util.format.
var assert = require('assert');
var capture = require('../common').capture;
var util = require('util');

var r = capture(function () { console.log('hello %s, %d items', 'world', 3); });
assert.strictEqual(r.out, 'hello world, 3 items\n');
assert.strictEqual(r.err, '');

r = capture(function () { console.log({ a: 1, b: 'x' }, [1, 2], 'str', 5); });
assert.strictEqual(r.out, "{ a: 1, b: 'x' } [ 1, 2 ] str 5\n");

r = capture(function () { console.log(); });
assert.strictEqual(r.out, '\n');

r = capture(function () { console.info('info'); console.debug('debug'); console.dirxml('dirxml'); });
assert.strictEqual(r.out, 'info\ndebug\ndirxml\n');

r = capture(function () { console.warn('warn %j', { w: 1 }); console.error('error', 42); });
assert.strictEqual(r.out, '');
assert.strictEqual(r.err, 'warn {"w":1}\nerror 42\n');

// The output equals util.format of the same arguments.
var args = ['%s=%i %o', 'k', 42.5, { deep: { er: { est: { x: 1 } } } }, 'extra', null];
r = capture(function () { console.log.apply(console, args); });
assert.strictEqual(r.out, util.format.apply(util, args) + '\n');

// Methods are bound: they work when detached.
var log = console.log;
var error = console.error;
r = capture(function () { log('detached'); error('detached err'); });
assert.strictEqual(r.out, 'detached\n');
assert.strictEqual(r.err, 'detached err\n');

// dir inspects (strings are quoted) and accepts inspect options; custom inspection is off.
r = capture(function () { console.dir('str'); });
assert.strictEqual(r.out, "'str'\n");
r = capture(function () { console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); });
assert.strictEqual(r.out, '{ a: [Object] }\n');
var custom = { v: 1 };
custom[util.inspect.custom] = function () { return 'CUSTOM'; };
r = capture(function () { console.log(custom); console.dir(custom); });
assert.strictEqual(r.out.split('\n')[0], 'CUSTOM');
assert.notStrictEqual(r.out.split('\n')[1], 'CUSTOM');

// Multi-line output is written in one piece.
r = capture(function () { console.log('a\nb'); });
assert.strictEqual(r.out, 'a\nb\n');
