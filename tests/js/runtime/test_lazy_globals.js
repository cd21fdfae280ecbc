'use strict';
// The globals made on first use (Buffer, console, timers, process.stdout/stderr) and stream's
// Transform/PassThrough/finished/pipeline behave as plain properties: readable, replaceable before
// and after their first read, enumerable as in Node; and what netjs itself writes to stdout does not
// depend on the global Buffer a script may have replaced.
var assert = require('assert');
var stream = require('stream');

// Replaced before the first read: the script's value wins, and stays.
global.setImmediate = 42;
assert.strictEqual(setImmediate, 42);
global.setImmediate = 43;
assert.strictEqual(setImmediate, 43);

// Read, then replaced.
assert.strictEqual(typeof clearTimeout, 'function');
var realClearTimeout = clearTimeout;
global.clearTimeout = 'x';
assert.strictEqual(clearTimeout, 'x');
global.clearTimeout = realClearTimeout;

// Enumerability as in Node: the globals are not enumerable, process.stdout/stderr are.
assert.strictEqual(Object.keys(global).indexOf('Buffer'), -1);
assert.strictEqual(Object.keys(global).indexOf('console'), -1);
assert.notStrictEqual(Object.keys(process).indexOf('stdout'), -1);
assert.notStrictEqual(Object.keys(process).indexOf('stderr'), -1);

// stream's members made on first use.
assert.notStrictEqual(Object.keys(stream).indexOf('pipeline'), -1);
assert.strictEqual(typeof stream.Transform, 'function');
assert.strictEqual(typeof stream.PassThrough, 'function');
assert.ok(new stream.PassThrough() instanceof stream.Transform);
assert.strictEqual(typeof stream.finished, 'function');
assert.strictEqual(stream.pipeline, require('stream').pipeline);

// A replaced global Buffer does not break process.stdout.write.
var RealBuffer = Buffer;
global.Buffer = 5;
process.stdout.write('');
assert.strictEqual(process.stdout.write('lazy globals ok\n'), true);
global.Buffer = RealBuffer;
assert.strictEqual(Buffer.from('a').length, 1);
