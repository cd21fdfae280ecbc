'use strict';
// Buffer creation: from/alloc/allocUnsafe/concat/byteLength and the static helpers.
var assert = require('assert');
var common = require('../common');
void common;

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}

// Buffer.from(string[, encoding])
var b = Buffer.from('hello');
assert.ok(b instanceof Buffer);
assert.ok(b instanceof Uint8Array);
assert.ok(Buffer.isBuffer(b));
assert.strictEqual(b.length, 5);
assert.deepStrictEqual(bytes(b), [104, 101, 108, 108, 111]);
assert.strictEqual(b.toString(), 'hello');
assert.strictEqual(Buffer.from('').length, 0);
assert.strictEqual(Buffer.from('', 'hex').length, 0);
assert.strictEqual(Buffer.from('héllo').length, 6);
assert.strictEqual(Buffer.from('68656c6c6f', 'hex').toString(), 'hello');
assert.strictEqual(Buffer.from('aGVsbG8=', 'base64').toString(), 'hello');
assert.strictEqual(Buffer.from('abc', 'UTF8').toString(), 'abc');
assert.strictEqual(Buffer.from('abc', 'Hex').length, 1);
// Non-string encodings fall back to utf8.
assert.strictEqual(Buffer.from('é', null).length, 2);
assert.strictEqual(Buffer.from('é', '').length, 2);
assert.strictEqual(Buffer.from('é', 5).length, 2);

// Buffer.from(array / array-like): values are taken modulo 256.
assert.deepStrictEqual(bytes(Buffer.from([1, 2, 3])), [1, 2, 3]);
assert.deepStrictEqual(bytes(Buffer.from([256, 257, -1, 1.7, 'x', '7'])), [0, 1, 255, 1, 0, 7]);
assert.deepStrictEqual(bytes(Buffer.from({ length: 2, 0: 300, 1: -1 })), [44, 255]);
assert.strictEqual(Buffer.from({ length: 'x' }).length, 0);
assert.strictEqual(Buffer.from([]).length, 0);
assert.deepStrictEqual(bytes(Buffer.from({ type: 'Buffer', data: [1, 2] })), [1, 2]);
assert.deepStrictEqual(bytes(Buffer.from(new Uint16Array([1, 256, 513]))), [1, 0, 1]);

// Buffer.from(buffer / Uint8Array) copies.
var src = Buffer.from('abc');
var copy = Buffer.from(src);
copy[0] = 0x7a;
assert.strictEqual(src.toString(), 'abc');
assert.strictEqual(copy.toString(), 'zbc');
var u8 = new Uint8Array([5, 6, 7]);
var fromU8 = Buffer.from(u8);
u8[0] = 9;
assert.deepStrictEqual(bytes(fromU8), [5, 6, 7]);
assert.ok(Buffer.isBuffer(fromU8));
assert.ok(!Buffer.isBuffer(u8));

// Buffer.from(arrayBuffer[, byteOffset[, length]]) shares memory.
var ab = new ArrayBuffer(8);
var view = new Uint8Array(ab);
var whole = Buffer.from(ab);
assert.strictEqual(whole.length, 8);
var part = Buffer.from(ab, 2, 3);
assert.strictEqual(part.length, 3);
assert.strictEqual(part.byteOffset, 2);
view[2] = 42;
assert.strictEqual(part[0], 42);
assert.strictEqual(whole[2], 42);
part[1] = 43;
assert.strictEqual(view[3], 43);
assert.strictEqual(Buffer.from(ab, 6).length, 2);
assert.strictEqual(Buffer.from(ab, 8).length, 0);
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
assert.ok(Buffer.isBuffer(part));

// Objects with a primitive valueOf / toPrimitive.
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ valueOf: function () { return 'xyz'; } }).toString(), 'xyz');

// Buffer.alloc(size[, fill[, encoding]])
var z = Buffer.alloc(10);
assert.strictEqual(z.length, 10);
for (var i = 0; i < z.length; i++) assert.strictEqual(z[i], 0);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.strictEqual(Buffer.alloc(1.5).length, 1);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.deepStrictEqual(bytes(Buffer.alloc(3, 257)), [1, 1, 1]);
assert.deepStrictEqual(bytes(Buffer.alloc(4, 'aabbc', 'hex')), [0xaa, 0xbb, 0xaa, 0xbb]);
assert.deepStrictEqual(bytes(Buffer.alloc(3, '')), [0, 0, 0]);
assert.deepStrictEqual(bytes(Buffer.alloc(5, Buffer.from([1, 2]))), [1, 2, 1, 2, 1]);
assert.strictEqual(Buffer.alloc(4, 'YQ==', 'base64').toString(), 'aaaa');

// allocUnsafe / allocUnsafeSlow: right size, writable.
var u = Buffer.allocUnsafe(16);
assert.strictEqual(u.length, 16);
assert.ok(Buffer.isBuffer(u));
u.fill(7);
assert.strictEqual(u[15], 7);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
assert.strictEqual(Buffer.allocUnsafeSlow(3).length, 3);

// Deprecated constructor forms.
assert.strictEqual(new Buffer(4).length, 4);
assert.strictEqual(new Buffer(4)[3], 0);
assert.strictEqual(new Buffer('abc').toString(), 'abc');
assert.strictEqual(new Buffer('616263', 'hex').toString(), 'abc');
assert.strictEqual(Buffer('abc').toString(), 'abc');
assert.deepStrictEqual(bytes(new Buffer([1, 2])), [1, 2]);
assert.ok(new Buffer(2) instanceof Buffer);

// Buffer.concat(list[, totalLength])
var c = Buffer.concat([Buffer.from('ab'), Buffer.from(''), Buffer.from('cde')]);
assert.strictEqual(c.toString(), 'abcde');
assert.ok(Buffer.isBuffer(c));
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString(), 'abcd');
assert.deepStrictEqual(bytes(Buffer.concat([Buffer.from([1, 2])], 4)), [1, 2, 0, 0]);
assert.deepStrictEqual(bytes(Buffer.concat([new Uint8Array([3, 4]), Buffer.from([5])])), [3, 4, 5]);
var single = Buffer.from('x');
var cc = Buffer.concat([single]);
cc[0] = 0x79;
assert.strictEqual(single.toString(), 'x');  // always a copy

// Buffer.byteLength(string | buffer[, encoding])
assert.strictEqual(Buffer.byteLength('hello'), 5);
assert.strictEqual(Buffer.byteLength('héllo'), 6);
assert.strictEqual(Buffer.byteLength('€'), 3);
assert.strictEqual(Buffer.byteLength('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.byteLength('\ud83d'), 3);
assert.strictEqual(Buffer.byteLength('héllo', 'utf8'), 6);
assert.strictEqual(Buffer.byteLength('héllo', 'latin1'), 5);
assert.strictEqual(Buffer.byteLength('héllo', 'ascii'), 5);
assert.strictEqual(Buffer.byteLength('héllo', 'ucs2'), 10);
assert.strictEqual(Buffer.byteLength('héllo', 'utf16le'), 10);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('aGVsbG8', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('héllo', 'bogus'), 6);
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength(Buffer.alloc(7)), 7);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(9)), 9);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);

// isBuffer / isEncoding / compare
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.strictEqual(Buffer.isBuffer({}), false);
assert.strictEqual(Buffer.isBuffer(Buffer.alloc(0)), true);
['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2',
 'utf16le', 'utf-16le', 'Utf16LE'].forEach(function (e) {
  assert.strictEqual(Buffer.isEncoding(e), true, e);
});
['', 'utf16', 'foo', null, undefined, 8].forEach(function (e) {
  assert.strictEqual(Buffer.isEncoding(e), false, String(e));
});
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('b'), Buffer.from('a')), 1);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), Buffer.from('ab')), 0);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), Buffer.from('abc')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('abc'), Buffer.from('ab')), 1);
assert.strictEqual(Buffer.compare(Buffer.from([0xff]), Buffer.from([0x01])), 1);
var list = [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')];
list.sort(Buffer.compare);
assert.strictEqual(Buffer.concat(list).toString(), 'abc');

// Module exports
var bufferModule = require('buffer');
assert.strictEqual(bufferModule.Buffer, Buffer);
assert.strictEqual(typeof bufferModule.kMaxLength, 'number');
assert.strictEqual(bufferModule.constants.MAX_LENGTH, bufferModule.kMaxLength);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Buffer.from('x').constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
