'use strict';
// string_decoder: multi-byte sequences split across writes (utf8, utf16le), base64 groups,
// end() flushing incomplete input.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

function byteByByte(enc, buf) {
  var d = new StringDecoder(enc);
  var out = '';
  for (var i = 0; i < buf.length; i++) out += d.write(buf.slice(i, i + 1));
  return out + d.end();
}

var text = 'a\u00e9\u20ac\ud83d\ude00z';
var utf8 = Buffer.from(text, 'utf8');
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
assert.strictEqual(byteByByte('utf8', utf8), text);
assert.strictEqual(byteByByte('utf16le', Buffer.from(text, 'utf16le')), text);
assert.strictEqual(byteByByte('hex', utf8), utf8.toString('hex'));
assert.strictEqual(byteByByte('base64', utf8), utf8.toString('base64'));
assert.strictEqual(byteByByte('latin1', Buffer.from([0x61, 0xe9])), 'a\u00e9');

// A split 4-byte character: nothing until it is complete.
(function () {
  var d = new StringDecoder('utf8');
  var smile = Buffer.from('\ud83d\ude00');
  assert.strictEqual(d.write(smile.slice(0, 1)), '');
  assert.strictEqual(d.write(smile.slice(1, 3)), '');
  assert.strictEqual(d.write(Buffer.concat([smile.slice(3), Buffer.from('!')])), '\ud83d\ude00!');
  assert.strictEqual(d.end(), '');
})();

// Incomplete at end -> U+FFFD.
(function () {
  var d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0x41, 0xe2, 0x82])), 'A');
  assert.strictEqual(d.end(), '\ufffd');
  // The decoder is reusable after end().
  assert.strictEqual(d.write(Buffer.from('ok')), 'ok');
})();

// end(buf) decodes the final chunk too.
(function () {
  var d = new StringDecoder('utf8');
  var euro = Buffer.from('\u20ac');
  assert.strictEqual(d.write(euro.slice(0, 2)), '');
  assert.strictEqual(d.end(euro.slice(2)), '\u20ac');
})();

// Unknown encoding.
assert.throws(function () { return new StringDecoder('klingon'); }, function (e) {
  return e.code === 'ERR_UNKNOWN_ENCODING';
});
