'use strict';
// slice/subarray, equals, compare, indexOf/lastIndexOf/includes, copy, fill, toJSON, swap.
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}

// ---- slice / subarray share memory; Node index semantics
var b = Buffer.from('hello world');
var s = b.slice(0, 5);
assert.ok(Buffer.isBuffer(s));
assert.strictEqual(s.toString(), 'hello');
s[0] = 0x48;
assert.strictEqual(b.toString(), 'Hello world');
var sub = b.subarray(6);
assert.ok(sub instanceof Buffer);
assert.strictEqual(sub.toString(), 'world');
sub[0] = 0x57;
assert.strictEqual(b.toString(), 'Hello World');
assert.strictEqual(b.slice(-5).toString(), 'World');
assert.strictEqual(b.slice(-5, -3).toString(), 'Wo');
assert.strictEqual(b.slice(3, 1).length, 0);
assert.strictEqual(b.slice(100).length, 0);
assert.strictEqual(b.slice(-100, 2).toString(), 'He');
assert.strictEqual(b.slice(1.9, 3.1).toString(), 'el');
assert.strictEqual(b.slice('1', '3').toString(), 'el');
assert.strictEqual(b.slice(NaN, 2).toString(), 'He');
assert.strictEqual(b.slice(0, NaN).length, 0);
assert.strictEqual(b.slice(0, null).length, 0);
assert.strictEqual(b.slice().length, 11);
assert.strictEqual(b.subarray(2, -2).toString(), 'llo Wor');
var nested = b.slice(2).slice(1, 3);
assert.strictEqual(nested.toString(), 'lo');
assert.strictEqual(nested.byteOffset, b.byteOffset + 3);
nested[0] = 0x4c;
assert.strictEqual(b.toString(), 'HelLo World');
assert.strictEqual(b.slice(2).buffer, b.buffer);

// ---- equals / compare
assert.strictEqual(Buffer.from('abc').equals(Buffer.from('abc')), true);
assert.strictEqual(Buffer.from('abc').equals(Buffer.from('abd')), false);
assert.strictEqual(Buffer.from('abc').equals(Buffer.from('ab')), false);
assert.strictEqual(Buffer.alloc(0).equals(Buffer.alloc(0)), true);
assert.strictEqual(Buffer.from('abc').equals(new Uint8Array([97, 98, 99])), true);
var c = Buffer.from([1, 2, 3, 4, 5]);
assert.strictEqual(c.compare(Buffer.from([1, 2, 3, 4, 5])), 0);
assert.strictEqual(c.compare(Buffer.from([1, 2, 4])), -1);
assert.strictEqual(c.compare(Buffer.from([1, 2, 2, 9, 9, 9])), 1);
assert.strictEqual(c.compare(Buffer.from([1, 2, 3, 4])), 1);
assert.strictEqual(c.compare(Buffer.from([3, 4]), 0, 2, 2, 4), 0);
assert.strictEqual(c.compare(Buffer.from([9, 3, 4]), 1), -1);
assert.strictEqual(c.compare(Buffer.from([9, 3, 4]), 1, 3, 2, 4), 0);
assert.strictEqual(c.compare(Buffer.from([9, 3, 4]), 1, 3, 2), 1);
assert.strictEqual(c.compare(Buffer.from([3]), 0, 1, 2, 2), -1);
assert.strictEqual(c.compare(Buffer.from([3]), 1, 1, 2, 2), 0);
assert.strictEqual(c.compare(Buffer.from([3]), 1, 1, 2, 3), 1);
assert.strictEqual(c.compare(Buffer.from([3]), 5), 1);

// ---- indexOf / lastIndexOf / includes
var h = Buffer.from('abcabc');
assert.strictEqual(h.indexOf('b'), 1);
assert.strictEqual(h.indexOf('bc'), 1);
assert.strictEqual(h.indexOf('bc', 2), 4);
assert.strictEqual(h.indexOf('c', -2), 5);
assert.strictEqual(h.indexOf('c', -100), 2);
assert.strictEqual(h.indexOf('c', 100), -1);
assert.strictEqual(h.indexOf('x'), -1);
assert.strictEqual(h.indexOf('abcabcd'), -1);
assert.strictEqual(h.indexOf(99), 2);
assert.strictEqual(h.indexOf(99, 3), 5);
assert.strictEqual(h.indexOf(99 + 256), 2);
assert.strictEqual(h.indexOf(Buffer.from('ca')), 2);
assert.strictEqual(h.indexOf(new Uint8Array([98, 99]), 2), 4);
assert.strictEqual(h.indexOf(''), 0);
assert.strictEqual(h.indexOf('', 2), 2);
assert.strictEqual(h.indexOf('', 10), 6);
assert.strictEqual(h.indexOf(Buffer.alloc(0), 3), 3);
assert.strictEqual(h.indexOf('b', null), 1);
// A string byteOffset is taken as the encoding.
assert.strictEqual(h.indexOf('6263', 'hex'), 1);
assert.throws(function () { h.indexOf('b', '2'); }, { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(h.indexOf('b', undefined), 1);
assert.strictEqual(h.indexOf('b', 1.9), 1);
assert.strictEqual(h.indexOf('YmM=', 0, 'base64'), 1);
assert.strictEqual(h.indexOf('YmM=', 'base64'), 1);
assert.strictEqual(h.lastIndexOf('b'), 4);
assert.strictEqual(h.lastIndexOf('bc'), 4);
assert.strictEqual(h.lastIndexOf('b', 3), 1);
assert.strictEqual(h.lastIndexOf('b', -3), 1);
assert.strictEqual(h.lastIndexOf('b', -100), -1);
assert.strictEqual(h.lastIndexOf('b', 100), 4);
assert.strictEqual(h.lastIndexOf('abc', 5), 3);
assert.strictEqual(h.lastIndexOf(97), 3);
assert.strictEqual(h.lastIndexOf(97, 2), 0);
assert.strictEqual(h.lastIndexOf(Buffer.from('ab')), 3);
assert.strictEqual(h.lastIndexOf(''), 6);
assert.strictEqual(h.lastIndexOf('', 2), 2);
assert.strictEqual(h.lastIndexOf('x'), -1);
assert.strictEqual(h.includes('ca'), true);
assert.strictEqual(h.includes('cb'), false);
assert.strictEqual(h.includes(97, 4), false);
assert.strictEqual(h.includes(Buffer.from('bca')), true);
var u = Buffer.from('h\u00e9llo\u20ac');
assert.strictEqual(u.indexOf('\u00e9'), 1);
assert.strictEqual(u.indexOf('l'), 3);
assert.strictEqual(u.indexOf('\u20ac'), 6);
assert.strictEqual(u.indexOf('\u00e9', 0, 'latin1'), -1);
var l1 = Buffer.from('h\u00e9llo', 'latin1');
assert.strictEqual(l1.indexOf('\u00e9', 0, 'latin1'), 1);
assert.strictEqual(l1.indexOf('llo', 0, 'binary'), 2);
var w = Buffer.from('abcab\u20ac', 'ucs2');
assert.strictEqual(w.indexOf('b', 0, 'ucs2'), 2);
assert.strictEqual(w.indexOf('ca', 0, 'utf16le'), 4);
assert.strictEqual(w.indexOf('\u20ac', 0, 'ucs2'), 10);
assert.strictEqual(w.lastIndexOf('b', undefined, 'ucs2'), 8);
assert.strictEqual(w.indexOf('x', 0, 'ucs2'), -1);
// UTF-16 string needles only consider whole code units of the haystack.
var odd = Buffer.alloc(9);
assert.strictEqual(odd.indexOf('', -1, 'ucs2'), 7);
assert.strictEqual(odd.indexOf('', 100, 'ucs2'), 8);
assert.strictEqual(odd.indexOf(Buffer.alloc(0), 100, 'ucs2'), 9);
assert.strictEqual(odd.lastIndexOf('\u0000', undefined, 'ucs2'), 6);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);
assert.strictEqual(Buffer.alloc(0).indexOf(0), -1);
assert.strictEqual(Buffer.from('aaa').indexOf('aa', 1), 1);
assert.strictEqual(Buffer.from('aaa').lastIndexOf('aa'), 1);

// ---- copy
var src = Buffer.from('abcdef');
var dst = Buffer.alloc(4, '.');
assert.strictEqual(src.copy(dst), 4);
assert.strictEqual(dst.toString(), 'abcd');
dst.fill('.');
assert.strictEqual(src.copy(dst, 1), 3);
assert.strictEqual(dst.toString(), '.abc');
dst.fill('.');
assert.strictEqual(src.copy(dst, 0, 4), 2);
assert.strictEqual(dst.toString(), 'ef..');
dst.fill('.');
assert.strictEqual(src.copy(dst, 1, 2, 4), 2);
assert.strictEqual(dst.toString(), '.cd.');
assert.strictEqual(src.copy(dst, 4), 0);
assert.strictEqual(src.copy(dst, 0, 3, 3), 0);
assert.strictEqual(src.copy(dst, 0, 3, 1), 0);
assert.strictEqual(src.copy(dst, 0, 0, 100), 4);
assert.strictEqual(src.copy(dst, 0, 6), 0);
assert.strictEqual(src.copy(dst, 1.5), 3);
assert.strictEqual(src.copy(new Uint8Array(2)), 2);
// Overlapping copy within one buffer behaves as memmove.
var ov = Buffer.from('123456');
ov.copy(ov, 2, 0, 4);
assert.strictEqual(ov.toString(), '121234');
ov = Buffer.from('123456');
ov.copy(ov, 0, 2);
assert.strictEqual(ov.toString(), '345656');
var parent = Buffer.from('abcdef');
parent.copy(parent.slice(1), 0, 0, 3);
assert.strictEqual(parent.toString(), 'aabcef');

// ---- fill
var f = Buffer.alloc(6);
assert.strictEqual(f.fill(1), f);
assert.deepStrictEqual(bytes(f), [1, 1, 1, 1, 1, 1]);
f.fill(0x102);
assert.deepStrictEqual(bytes(f), [2, 2, 2, 2, 2, 2]);
f.fill(-1);
assert.strictEqual(f[0], 255);
f.fill(0).fill(9, 2);
assert.deepStrictEqual(bytes(f), [0, 0, 9, 9, 9, 9]);
f.fill(8, 1, 3);
assert.deepStrictEqual(bytes(f), [0, 8, 8, 9, 9, 9]);
f.fill('abc');
assert.strictEqual(f.toString(), 'abcabc');
f.fill('xy', 1, 4);
assert.strictEqual(f.toString(), 'axyxbc');
f.fill('\u00e9');
assert.strictEqual(f.toString('hex'), 'c3a9c3a9c3a9');
f.fill('\u20ac');
assert.strictEqual(f.toString('hex'), 'e282ace282ac');
f.fill(0).fill('\u20ac', 0, 4);
assert.strictEqual(f.toString('hex'), 'e282ace20000');   // truncated pattern
f.fill('e9', 'hex');
assert.strictEqual(f.toString('hex'), 'e9e9e9e9e9e9');
f.fill('0102', 2, 'hex');
assert.strictEqual(f.toString('hex'), 'e9e901020102');
f.fill('AQI=', 0, 3, 'base64');
assert.strictEqual(f.toString('hex'), '010201020102');
f.fill('\u00ff', 'latin1');
assert.strictEqual(f.toString('hex'), 'ffffffffffff');
f.fill('a', 'ucs2');
assert.strictEqual(f.toString('hex'), '610061006100');
f.fill('');
assert.strictEqual(f.toString('hex'), '000000000000');
f.fill(Buffer.from([7, 8]));
assert.strictEqual(f.toString('hex'), '070807080708');
f.fill(new Uint8Array([5]), 4);
assert.strictEqual(f.toString('hex'), '070807080505');
f.fill(1, 3, 3);
assert.strictEqual(f.toString('hex'), '070807080505');
f.fill(true);
assert.strictEqual(f.toString('hex'), '010101010101');
var big = Buffer.alloc(1000).fill('0123456789');
assert.strictEqual(big.toString().slice(990), '0123456789');
assert.strictEqual(big.toString().indexOf('90123'), 9);
// null, undefined and '' encodings mean utf8.
assert.strictEqual(Buffer.alloc(2).fill('a', 0, 2, null).toString(), 'aa');
assert.strictEqual(Buffer.alloc(2).fill('b', '').toString(), 'bb');
assert.strictEqual(Buffer.alloc(3, 'ab', null).toString(), 'aba');
assert.throws(function () { f.fill('zz', 'hex'); }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { f.fill(Buffer.alloc(0)); }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { f.fill('x', 0, 7); }, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(function () { f.fill('x', -1); }, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(function () { f.fill('x', 'utf9'); }, { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });

// ---- toJSON / JSON.stringify
assert.deepStrictEqual(Buffer.from([1, 2, 255]).toJSON(), { type: 'Buffer', data: [1, 2, 255] });
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
assert.strictEqual(JSON.stringify(Buffer.from('hi')), '{"type":"Buffer","data":[104,105]}');
var revived = Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round'))));
assert.strictEqual(revived.toString(), 'round');

// ---- swap16/32/64
assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap16().toString('hex'), '02010403');
assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap32().toString('hex'), '04030201');
assert.strictEqual(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64().toString('hex'), '0807060504030201');
assert.throws(function () { Buffer.alloc(3).swap16(); }, { code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError' });

// ---- inspect
assert.strictEqual(Buffer.from('abc').inspect(), '<Buffer 61 62 63>');
assert.strictEqual(Buffer.alloc(0).inspect(), '<Buffer >');
assert.strictEqual(Buffer.alloc(52).inspect().slice(-20), '00 ... 2 more bytes>');

// ---- iteration and indexing, inherited from Uint8Array
var it = Buffer.from('ab');
assert.strictEqual(it.length, 2);
assert.strictEqual(it[2], undefined);
it[0] = 300;
assert.strictEqual(it[0], 44);
assert.strictEqual(Object.prototype.toString.call(it), '[object Uint8Array]');
