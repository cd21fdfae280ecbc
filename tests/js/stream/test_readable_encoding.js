'use strict';
// setEncoding(): string 'data' with multi-byte UTF-8 characters split across chunks decoded
// correctly; the encoding option; readableEncoding; hex/base64.
var assert = require('assert');
var common = require('../common');
var Readable = require('stream').Readable;
common.deadline(5000);

var text = 'h\u00e9llo \u20ac \ud83d\ude00 w\u00f6rld';
var bytes = Buffer.from(text, 'utf8');

// One byte per chunk: every multi-byte character is split.
(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  var got = '';
  r.on('data', function (s) {
    assert.strictEqual(typeof s, 'string');
    got += s;
  });
  for (var i = 0; i < bytes.length; i++) r.push(bytes.slice(i, i + 1));
  r.push(null);
  r.on('end', common.mustCall(function () {
    assert.strictEqual(got, text);
  }));
})();

// Encoding via options; chunks split at arbitrary points; string never has U+FFFD.
(function () {
  var r = new Readable({ encoding: 'utf8', read: function () {} });
  assert.strictEqual(r.readableEncoding, 'utf8');
  var parts = [];
  r.on('data', function (s) { parts.push(s); });
  r.push(bytes.slice(0, 2));
  r.push(bytes.slice(2, 9));
  r.push(bytes.slice(9, 15));
  r.push(bytes.slice(15));
  r.push(null);
  r.on('end', common.mustCall(function () {
    assert.strictEqual(parts.join(''), text);
    parts.forEach(function (p) { assert.strictEqual(p.indexOf('\ufffd'), -1); });
  }));
})();

// setEncoding after data is buffered re-decodes the buffer; read(n) counts characters.
(function () {
  var r = new Readable({ read: function () {} });
  r.push(Buffer.from('\u20ac\u20ac'));   // 6 bytes
  assert.strictEqual(r.readableLength, 6);
  r.setEncoding('utf8');
  assert.strictEqual(r.readableLength, 2);
  assert.strictEqual(r.read(1), '\u20ac');
  assert.strictEqual(r.read(), '\u20ac');
  r.destroy();
})();

// hex and base64.
(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('hex');
  r.push(Buffer.from([0xde, 0xad]));
  r.push(Buffer.from([0xbe, 0xef]));
  r.push(null);
  var got = '';
  r.on('data', function (s) { got += s; });
  r.on('end', common.mustCall(function () { assert.strictEqual(got, 'deadbeef'); }));
})();

(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('base64');
  var src = Buffer.from('any carnal pleasure.');
  for (var i = 0; i < src.length; i += 4) r.push(src.slice(i, i + 4));
  r.push(null);
  var got = '';
  r.on('data', function (s) { got += s; });
  r.on('end', common.mustCall(function () {
    assert.strictEqual(got, src.toString('base64'));
  }));
})();

// An incomplete sequence at EOF becomes U+FFFD.
(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0x61, 0xe2, 0x82]));
  r.push(null);
  var got = '';
  r.on('data', function (s) { got += s; });
  r.on('end', common.mustCall(function () { assert.strictEqual(got, 'a\ufffd'); }));
})();

// push(string, encoding) without setEncoding yields Buffers.
(function () {
  var r = new Readable({ read: function () {} });
  r.push('68656c6c6f', 'hex');
  r.push(null);
  r.on('data', common.mustCall(function (b) {
    assert.ok(Buffer.isBuffer(b));
    assert.strictEqual(b.toString(), 'hello');
  }));
})();
