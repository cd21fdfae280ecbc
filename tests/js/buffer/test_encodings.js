'use strict';
// hex, base64, base64url, latin1/binary, ascii and ucs2/utf16le: from(), toString(), write().
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}
function codes(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) out.push(str.charCodeAt(i));
  return out;
}

// ---- hex
assert.strictEqual(Buffer.from([0, 1, 0x7f, 0x80, 0xab, 0xff]).toString('hex'), '00017f80abff');
assert.deepStrictEqual(bytes(Buffer.from('00017F80ABff', 'hex')), [0, 1, 0x7f, 0x80, 0xab, 0xff]);
assert.deepStrictEqual(bytes(Buffer.from('abc', 'hex')), [0xab]);          // odd digit dropped
assert.deepStrictEqual(bytes(Buffer.from('abzzcd', 'hex')), [0xab]);       // stops at invalid pair
assert.strictEqual(Buffer.from('zz', 'hex').length, 0);
assert.strictEqual(Buffer.from('a\u00e9', 'hex').length, 0);
assert.strictEqual(Buffer.from('hello').toString('hex', 1, 3), '656c');
assert.strictEqual(Buffer.alloc(0).toString('hex'), '');
var hw = Buffer.alloc(4);
assert.strictEqual(hw.write('a1b2c3d4e5', 'hex'), 4);
assert.strictEqual(hw.toString('hex'), 'a1b2c3d4');
assert.strictEqual(hw.write('ff', 3, 'hex'), 1);
assert.strictEqual(hw.toString('hex'), 'a1b2c3ff');
assert.strictEqual(hw.write('zz', 'hex'), 0);
assert.strictEqual(hw.write('a1b', 'hex'), 1);

// ---- base64
function b64(s) { return Buffer.from(s).toString('base64'); }
assert.strictEqual(b64(''), '');
assert.strictEqual(b64('f'), 'Zg==');
assert.strictEqual(b64('fo'), 'Zm8=');
assert.strictEqual(b64('foo'), 'Zm9v');
assert.strictEqual(b64('foob'), 'Zm9vYg==');
assert.strictEqual(b64('fooba'), 'Zm9vYmE=');
assert.strictEqual(b64('foobar'), 'Zm9vYmFy');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from('Zm9vYmFy', 'base64').toString(), 'foobar');
assert.strictEqual(Buffer.from('Zm9vYg==', 'base64').toString(), 'foob');
assert.strictEqual(Buffer.from('Zm9vYg', 'base64').toString(), 'foob');      // missing padding
assert.strictEqual(Buffer.from('Zm9vYmE', 'base64').toString(), 'fooba');
assert.strictEqual(Buffer.from('Zm9v\nYmFy\r\n', 'base64').toString(), 'foobar');  // whitespace
assert.strictEqual(Buffer.from(' Zm 9v Ym Fy ', 'base64').toString(), 'foobar');
assert.strictEqual(Buffer.from('Zm9vYmFy\tZm9v', 'base64').toString(), 'foobarfoo');
assert.strictEqual(Buffer.from('YQ==YQ==', 'base64').toString(), 'a');    // stops at '='
assert.strictEqual(Buffer.from('aG*Vs', 'base64').toString(), 'hel');     // junk skipped
assert.deepStrictEqual(bytes(Buffer.from('_-8', 'base64')), [0xff, 0xef]); // url alphabet accepted
assert.strictEqual(Buffer.from('Z', 'base64').length, 0);
assert.strictEqual(Buffer.from('', 'base64').length, 0);
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
assert.ok(Buffer.from(all.toString('base64'), 'base64').equals(all));
assert.strictEqual(Buffer.from('hello').toString('base64', 1, 4), 'ZWxs');
var bw = Buffer.alloc(4);
assert.strictEqual(bw.write('Zm9vYmFy', 'base64'), 4);
assert.strictEqual(bw.toString(), 'foob');
assert.strictEqual(bw.write('YQ', 1, 'base64'), 1);
assert.strictEqual(bw.toString(), 'faob');

// ---- base64url
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from([1, 2, 3]).toString('base64url'), 'AQID');
assert.strictEqual(Buffer.from('f').toString('base64url'), 'Zg');
assert.deepStrictEqual(bytes(Buffer.from('-_8', 'base64url')), [0xfb, 0xff]);
assert.deepStrictEqual(bytes(Buffer.from('+/8=', 'base64url')), [0xfb, 0xff]);
assert.ok(Buffer.from(all.toString('base64url'), 'base64url').equals(all));

// ---- latin1 / binary
assert.deepStrictEqual(bytes(Buffer.from('h\u00e9\u00ff', 'latin1')), [0x68, 0xe9, 0xff]);
assert.deepStrictEqual(bytes(Buffer.from('h\u00e9\u00ff', 'binary')), [0x68, 0xe9, 0xff]);
assert.deepStrictEqual(bytes(Buffer.from('\u20ac\u0100', 'latin1')), [0xac, 0x00]);   // low 8 bits
assert.deepStrictEqual(bytes(Buffer.from('\ud83d\ude00', 'latin1')), [0x3d, 0x00]);
var l = Buffer.from([0x41, 0x80, 0xe9, 0xff]).toString('latin1');
assert.deepStrictEqual(codes(l), [0x41, 0x80, 0xe9, 0xff]);
assert.strictEqual(l, 'A\u0080\u00e9\u00ff');
assert.strictEqual(Buffer.from([0xe9]).toString('binary'), '\u00e9');
assert.ok(Buffer.from(all.toString('latin1'), 'latin1').equals(all));
assert.strictEqual(Buffer.from('abc').toString('latin1', 1), 'bc');
var lw = Buffer.alloc(3);
assert.strictEqual(lw.write('\u00e9\u00e8\u00e7\u00e6', 'latin1'), 3);
assert.deepStrictEqual(bytes(lw), [0xe9, 0xe8, 0xe7]);

// ---- ascii: encode takes the low 8 bits, decode clears the high bit
assert.deepStrictEqual(bytes(Buffer.from('abc', 'ascii')), [0x61, 0x62, 0x63]);
assert.deepStrictEqual(bytes(Buffer.from('\u00e9\u20ac\ud83d\ude00', 'ascii')), [0xe9, 0xac, 0x3d, 0x00]);
assert.strictEqual(Buffer.from([0xe9, 0x41, 0xff]).toString('ascii'), 'iA\u007f');
assert.strictEqual(Buffer.from('hello').toString('ascii'), 'hello');
var aw = Buffer.alloc(2);
assert.strictEqual(aw.write('xyz', 'ascii'), 2);
assert.strictEqual(aw.toString('ascii'), 'xy');

// ---- ucs2 / utf16le
assert.deepStrictEqual(bytes(Buffer.from('ab', 'ucs2')), [0x61, 0, 0x62, 0]);
assert.deepStrictEqual(bytes(Buffer.from('\u20ac', 'utf16le')), [0xac, 0x20]);
assert.deepStrictEqual(bytes(Buffer.from('\ud83d\ude00', 'utf16le')), [0x3d, 0xd8, 0x00, 0xde]);
assert.deepStrictEqual(bytes(Buffer.from('\ud83d', 'utf-16le')), [0x3d, 0xd8]);  // lone surrogate kept
assert.strictEqual(Buffer.from([0x61, 0, 0x62, 0]).toString('ucs2'), 'ab');
assert.strictEqual(Buffer.from([0x61, 0x62]).toString('utf16le'), '\u6261');
assert.strictEqual(Buffer.from([0x61]).toString('utf16le'), '');                 // odd byte dropped
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('ucs-2'), 'a');
var pair = Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le');
assert.deepStrictEqual(codes(pair), [0xd83d, 0xde00]);
assert.strictEqual(pair, '\ud83d\ude00');
assert.strictEqual(Buffer.from(pair).toString('hex'), 'f09f9880');
var lone = Buffer.from([0x00, 0xdc, 0x41, 0x00]).toString('utf16le');
assert.deepStrictEqual(codes(lone), [0xdc00, 0x41]);
var mixed = 'h\u00e9\u20ac\ud83d\ude00\u0000z';
assert.strictEqual(Buffer.from(mixed, 'ucs2').toString('ucs2'), mixed);
assert.strictEqual(Buffer.from(mixed, 'UTF-16LE').length, mixed.length * 2);
var uw = Buffer.alloc(5);
assert.strictEqual(uw.write('abc', 'ucs2'), 4);
assert.deepStrictEqual(bytes(uw), [0x61, 0, 0x62, 0, 0]);

// ---- hex and base64 look at the low 8 bits of each UTF-16 code unit, as Node does
assert.deepStrictEqual(bytes(Buffer.from('\u0161b', 'hex')), [0xab]);
assert.deepStrictEqual(bytes(Buffer.from('\u0161\u0162', 'hex')), [0xab]);
assert.deepStrictEqual(bytes(Buffer.from('\u0161\u0162\u0163\u0164', 'base64')), [0x69, 0xb7, 0x1d]);
assert.deepStrictEqual(bytes(Buffer.from('YW\u00e9Jj', 'base64')), [0x61, 0x62, 0x63]);
assert.strictEqual(Buffer.byteLength('\u0161\u0162', 'hex'), 1);

// ---- mixed-case encoding names; unknown encodings throw
assert.strictEqual(Buffer.from('abc').toString('HEX'), '616263');
assert.strictEqual(Buffer.from('YWJj', 'Base64').toString('Utf-8'), 'abc');
assert.strictEqual(Buffer.from('abc').toString('BINARY'), 'abc');
assert.throws(function () { Buffer.from('abc').toString('utf9'); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
assert.throws(function () { Buffer.from('abc', 'utf9'); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
assert.throws(function () { Buffer.alloc(4).write('abc', 'utf9'); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
assert.throws(function () { Buffer.from('abc').toString(null); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
