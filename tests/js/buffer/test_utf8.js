'use strict';
// UTF-8 encoding and decoding, including multi-byte, non-BMP, invalid input and lone surrogates,
// and string conversion of buffers (String(buf), '' + buf, str += buf).
var assert = require('assert');

function hex(buf) { return buf.toString('hex'); }
function codes(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) out.push(str.charCodeAt(i));
  return out;
}

// Encoding.
assert.strictEqual(hex(Buffer.from('abc')), '616263');
assert.strictEqual(hex(Buffer.from('é')), 'c3a9');
assert.strictEqual(hex(Buffer.from('\u07ff')), 'dfbf');
assert.strictEqual(hex(Buffer.from('\u0800')), 'e0a080');
assert.strictEqual(hex(Buffer.from('€')), 'e282ac');
assert.strictEqual(hex(Buffer.from('\uffff')), 'efbfbf');
assert.strictEqual(hex(Buffer.from('\u0000')), '00');
// Non-BMP: the surrogate pair becomes one 4-byte sequence.
assert.strictEqual(hex(Buffer.from('\ud83d\ude00')), 'f09f9880');
assert.strictEqual(hex(Buffer.from('\udbff\udfff')), 'f48fbfbf');
assert.strictEqual(hex(Buffer.from('\ud800\udc00')), 'f0908080');
assert.strictEqual(hex(Buffer.from('a\ud83d\ude00b')), '61f09f988062');
// Lone surrogates become U+FFFD (EF BF BD).
assert.strictEqual(hex(Buffer.from('\ud83d')), 'efbfbd');
assert.strictEqual(hex(Buffer.from('\ude00')), 'efbfbd');
assert.strictEqual(hex(Buffer.from('a\ude00\ud83d\ude00')), '61efbfbdf09f9880');
assert.strictEqual(hex(Buffer.from('\ud83dx')), 'efbfbd78');
assert.strictEqual(hex(Buffer.from('\ud83d\ud83d\ude00')), 'efbfbdf09f9880');
assert.strictEqual(hex(Buffer.from('\ude00\ud83d')), 'efbfbdefbfbd');
assert.strictEqual(hex(Buffer.from(String.fromCharCode(0xd83d, 0xde00))), 'f09f9880');

// Decoding valid UTF-8.
assert.strictEqual(Buffer.from([0x68, 0xc3, 0xa9]).toString(), 'hé');
assert.strictEqual(Buffer.from('e282ac', 'hex').toString(), '€');
var emoji = Buffer.from('f09f9880', 'hex').toString();
assert.strictEqual(emoji.length, 2);
assert.deepStrictEqual(codes(emoji), [0xd83d, 0xde00]);
assert.strictEqual(emoji, '\ud83d\ude00');
assert.deepStrictEqual(codes(Buffer.from('f48fbfbf', 'hex').toString()), [0xdbff, 0xdfff]);
assert.strictEqual(Buffer.from('héllo wörld \ud83d\ude00 €').toString(), 'héllo wörld \ud83d\ude00 €');
assert.strictEqual(Buffer.from([0]).toString(), '\u0000');
assert.strictEqual(Buffer.from([]).toString(), '');

// Decoding invalid UTF-8: each maximal invalid subpart becomes one U+FFFD.
function dec(h) { return codes(Buffer.from(h, 'hex').toString('utf8')); }
assert.deepStrictEqual(dec('80'), [0xfffd]);
assert.deepStrictEqual(dec('ff'), [0xfffd]);
assert.deepStrictEqual(dec('c328'), [0xfffd, 0x28]);         // bad continuation
assert.deepStrictEqual(dec('c0af'), [0xfffd, 0xfffd]);       // overlong
assert.deepStrictEqual(dec('e282'), [0xfffd]);               // truncated 3-byte
assert.deepStrictEqual(dec('e28241'), [0xfffd, 0x41]);
assert.deepStrictEqual(dec('eda080'), [0xfffd, 0xfffd, 0xfffd]);  // encoded surrogate
assert.deepStrictEqual(dec('f4908080'), [0xfffd, 0xfffd, 0xfffd, 0xfffd]);  // > U+10FFFF
assert.deepStrictEqual(dec('f09f98'), [0xfffd]);             // truncated 4-byte
assert.deepStrictEqual(dec('f09f9841'), [0xfffd, 0x41]);
assert.deepStrictEqual(dec('41f09f988042'), [0x41, 0xd83d, 0xde00, 0x42]);
assert.deepStrictEqual(dec('e0808f'), [0xfffd, 0xfffd, 0xfffd]);
assert.deepStrictEqual(dec('f8888080'), [0xfffd, 0xfffd, 0xfffd, 0xfffd]);
assert.deepStrictEqual(
  dec('f09f9880c328e282eda080f490808041f09f98'),
  [0xd83d, 0xde00, 0xfffd, 0x28, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0x41, 0xfffd]);
// Replacement characters re-encode as EF BF BD.
assert.strictEqual(hex(Buffer.from(Buffer.from('ff', 'hex').toString())), 'efbfbd');

// toString with ranges.
var b = Buffer.from('hello world');
assert.strictEqual(b.toString('utf8', 6), 'world');
assert.strictEqual(b.toString('utf8', 0, 5), 'hello');
assert.strictEqual(b.toString(undefined, 6, 8), 'wo');
assert.strictEqual(b.toString('utf8', -1, 100), 'hello world');
assert.strictEqual(b.toString('utf8', 8, 2), '');
assert.strictEqual(b.toString('utf8', 20), '');
assert.strictEqual(b.toString('utf8', 1.7, 3.2), 'el');
assert.strictEqual(b.toString('utf8', '2', '4'), 'll');
assert.strictEqual(b.toString('utf8', NaN, 2), 'he');
assert.strictEqual(b.toString('utf8', 0, -3), '');
// Cutting a multi-byte character in half yields U+FFFD.
var e = Buffer.from('a€b');
assert.deepStrictEqual(codes(e.toString('utf8', 0, 2)), [0x61, 0xfffd]);
assert.deepStrictEqual(codes(e.toString('utf8', 2)), [0xfffd, 0xfffd, 0x62]);

// String conversion goes through toString().
var hi = Buffer.from('héllo \ud83d\ude00');
assert.strictEqual(String(hi), 'héllo \ud83d\ude00');
assert.strictEqual('' + hi, 'héllo \ud83d\ude00');
assert.strictEqual(hi + '!', 'héllo \ud83d\ude00!');
var acc = '';
acc += Buffer.from('ab');
acc += Buffer.from('cé');
acc += Buffer.from([0xf0, 0x9f, 0x98, 0x80]);
assert.strictEqual(acc, 'abcé\ud83d\ude00');
assert.strictEqual(acc.length, 6);
assert.strictEqual([Buffer.from('x'), Buffer.from('y')].join('-'), 'x-y');
assert.strictEqual(JSON.stringify({ s: String(Buffer.from('q')) }), '{"s":"q"}');

// write(): whole characters only.
var w = Buffer.alloc(5);
assert.strictEqual(w.write('a€€'), 4);
assert.strictEqual(hex(w), '61e282ac00');
w = Buffer.alloc(3);
assert.strictEqual(w.write('\ud83d\ude00'), 0);
assert.strictEqual(hex(w), '000000');
w = Buffer.alloc(6);
assert.strictEqual(w.write('x\ud83d\ude00'), 5);
assert.strictEqual(hex(w), '78f09f988000');
w = Buffer.alloc(4);
assert.strictEqual(w.write('\ud83d'), 3);
assert.strictEqual(hex(w), 'efbfbd00');
w = Buffer.alloc(8);
assert.strictEqual(w.write('hello', 2), 5);
assert.strictEqual(w.toString('utf8', 2, 7), 'hello');
assert.strictEqual(w.write('abcdef', 6), 2);
assert.strictEqual(w.toString(), '\u0000\u0000hellab');
assert.strictEqual(w.write('xyz', 1, 1), 1);
assert.strictEqual(w[1], 0x78);
assert.strictEqual(w[2], 0x68);
assert.strictEqual(w.write('zz', 8), 0);
assert.strictEqual(w.write('', 0), 0);
assert.strictEqual(w.write('q', 0, 'utf8'), 1);
assert.strictEqual(w.write('r', 'utf-8'), 1);
assert.strictEqual(w.toString('utf8', 0, 1), 'r');

// Round trips of every BMP non-surrogate range boundary.
[0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff].forEach(function (cp) {
  var s = String.fromCharCode(cp);
  assert.strictEqual(Buffer.from(s).toString(), s, 'cp ' + cp);
});
// A long mixed string round-trips.
var long = '';
for (var i = 0; i < 2000; i++) long += String.fromCharCode(32 + (i * 7919) % 0xd000) + (i % 50 === 0 ? '\ud83d\ude00' : '');
assert.strictEqual(Buffer.from(long).toString(), long);
assert.strictEqual(Buffer.byteLength(long), Buffer.from(long).length);
