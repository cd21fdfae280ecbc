'use strict';
// StringDecoder: turns a sequence of Buffers into strings without splitting multi-byte characters
// across chunk boundaries (utf8, utf16le) or base64 groups. Other encodings decode per chunk.

var errors = require('internal/errors');

function normalizeEncoding(enc) {
  if (enc === void 0 || enc === null || enc === '') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'ascii': return 'ascii';
    case 'hex': return 'hex';
    default: return void 0;
  }
}

function StringDecoder(encoding) {
  var enc = normalizeEncoding(encoding);
  if (enc === void 0) throw errors.codes.ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this._pending = null;   // Buffer holding the bytes of an incomplete trailing unit, or null
}

// Index where an incomplete trailing UTF-8 sequence starts (buf.length when complete).
function utf8CompleteEnd(buf) {
  var len = buf.length;
  var stop = len > 4 ? len - 4 : 0;
  for (var i = len - 1; i >= stop; i--) {
    var b = buf[i];
    if ((b & 0xC0) === 0x80) continue;   // continuation byte: keep looking for the lead byte
    var need = b >= 0xF8 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return (len - i < need) ? i : len;
  }
  return len;
}

function completeEnd(enc, buf) {
  var len = buf.length;
  switch (enc) {
    case 'utf8':
      return utf8CompleteEnd(buf);
    case 'utf16le': {
      var end = len - (len % 2);
      if (end >= 2) {
        var hi = buf[end - 1];
        if (hi >= 0xD8 && hi <= 0xDB) end -= 2;   // lone high surrogate: wait for its pair
      }
      return end;
    }
    case 'base64':
    case 'base64url':
      return len - (len % 3);
    default:
      return len;
  }
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!Buffer.isBuffer(buf)) {
    if (typeof Uint8Array !== 'undefined' && buf instanceof Uint8Array) {
      buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    } else {
      throw errors.codes.ERR_INVALID_ARG_TYPE('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
    }
  }
  var enc = this.encoding;
  if (enc === 'latin1' || enc === 'hex' || enc === 'ascii') {
    return buf.length === 0 ? '' : buf.toString(enc);
  }
  if (this._pending !== null) {
    buf = Buffer.concat([this._pending, buf]);
    this._pending = null;
  }
  var len = buf.length;
  if (len === 0) return '';
  var end = completeEnd(enc, buf);
  if (end < len) {
    this._pending = Buffer.from(buf.slice(end, len));
    if (end === 0) return '';
    return buf.toString(enc, 0, end);
  }
  return buf.toString(enc);
};

StringDecoder.prototype.end = function end(buf) {
  var out = (buf === void 0 || buf === null) ? '' : this.write(buf);
  if (this._pending !== null) {
    var rest = this._pending;
    this._pending = null;
    if (this.encoding === 'utf16le') rest = rest.slice(0, rest.length - (rest.length % 2));
    if (rest.length) out += rest.toString(this.encoding);
  }
  return out;
};

StringDecoder.prototype.text = function text(buf, offset) {
  return this.write(buf.slice(offset || 0));
};

Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
  get: function () { return this._pending === null ? 0 : this._pending.length; },
  configurable: true
});

exports.StringDecoder = StringDecoder;
