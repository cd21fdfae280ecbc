'use strict';
// TextEncoder / TextDecoder (globals, and on util): UTF-8 both ways, UTF-16LE and latin1 decoding,
// labels, BOM handling, streaming, fatal mode and Node's errors.
var assert = require('assert');
var util = require('util');

function bytes(list) { return new Uint8Array(list); }
function arr(u8) { return Array.prototype.slice.call(u8); }

assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);

// TextEncoder
var enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
var out = enc.encode('h\u20ac\ud83d\ude00');
assert.strictEqual(Object.prototype.toString.call(out), '[object Uint8Array]');
assert.strictEqual(Buffer.isBuffer(out), false);
assert.deepStrictEqual(arr(out), [104, 226, 130, 172, 240, 159, 152, 128]);
assert.strictEqual(enc.encode().length, 0);
assert.deepStrictEqual(arr(enc.encode(12)), [49, 50]);
var dest = new Uint8Array(4);
assert.deepStrictEqual(enc.encodeInto('a\u20acb', dest), { read: 2, written: 4 });
assert.deepStrictEqual(arr(dest), [97, 226, 130, 172]);
dest = new Uint8Array(5);
assert.deepStrictEqual(enc.encodeInto('\ud83d\ude00x', dest), { read: 3, written: 5 });
dest = new Uint8Array(3);
assert.deepStrictEqual(enc.encodeInto('\ud83d\ude00', dest), { read: 0, written: 0 }, 'a character that does not fit is not split');
assert.throws(function () { enc.encodeInto('x', []); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array'
});

// TextDecoder: labels
assert.strictEqual(new TextDecoder().encoding, 'utf-8');
assert.strictEqual(new TextDecoder(' UTF8 ').encoding, 'utf-8');
assert.strictEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');
assert.strictEqual(new TextDecoder('ascii').encoding, 'windows-1252');
assert.throws(function () { return new TextDecoder('foo'); }, {
  name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: 'The "foo" encoding is not supported'
});
var d = new TextDecoder();
assert.strictEqual(d.fatal, false);
assert.strictEqual(d.ignoreBOM, false);
assert.strictEqual(Object.prototype.toString.call(d), '[object TextDecoder]');

// decoding: views, ArrayBuffers, Buffers; replacement; BOM
assert.strictEqual(d.decode(bytes([0x68, 0xe2, 0x82, 0xac])), 'h\u20ac');
assert.strictEqual(d.decode(bytes([0x41, 0x42]).buffer), 'AB');
assert.strictEqual(d.decode(new DataView(bytes([0x43]).buffer)), 'C');
assert.strictEqual(d.decode(Buffer.from('zz')), 'zz');
assert.strictEqual(d.decode(), '');
assert.strictEqual(d.decode(bytes([0x61, 0xf0, 0x9f, 0x98, 0x62])), 'a\ufffdb');
assert.strictEqual(d.decode(bytes([0xef, 0xbb, 0xbf, 0x41])), 'A');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes([0xef, 0xbb, 0xbf, 0x41])), '\ufeffA');
assert.strictEqual(new TextDecoder('utf-16le').decode(bytes([0x41, 0, 0x3d, 0xd8, 0x00, 0xde])), 'A\ud83d\ude00');
assert.strictEqual(new TextDecoder('latin1').decode(bytes([0xe9, 0x41])), '\u00e9A');
assert.throws(function () { d.decode(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.'
});

// streaming: a character split across chunks comes out whole; an unfinished one at the end is U+FFFD
var s = new TextDecoder();
assert.strictEqual(s.decode(bytes([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(s.decode(bytes([0xac, 0x41]), { stream: true }), '\u20acA');
assert.strictEqual(s.decode(), '');
assert.strictEqual(s.decode(bytes([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(s.decode(), '\ufffd');

// fatal
var f = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(f.fatal, true);
assert.throws(function () { f.decode(bytes([0xff])); }, {
  name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: 'The encoded data was not valid for encoding utf-8'
});
assert.strictEqual(f.decode(bytes([0xef, 0xbf, 0xbd])), '\ufffd', 'an encoded U+FFFD is valid');
assert.strictEqual(f.decode(bytes([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(f.decode(bytes([0xac])), '\u20ac');
assert.throws(function () { f.decode(bytes([0xe2, 0x82])); }, { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
console.log('text encoding ok');
