'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding) over Buffer's codecs: UTF-8 both ways, and for
// decoding also UTF-16LE and windows-1252 (decoded as latin1, as Node v20 does), with Node's labels,
// fatal/ignoreBOM options, streaming, and errors.

var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');

function encodingNotSupported(label) {
  return errors.makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + label + '" encoding is not supported');
}

function invalidData(encoding) {
  return errors.makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    'The encoded data was not valid for encoding ' + encoding);
}

// --- TextEncoder -------------------------------------------------------------------------------
function TextEncoder() {}

Object.defineProperty(TextEncoder.prototype, 'encoding', {
  get: function () { return 'utf-8'; }, enumerable: true, configurable: true
});

TextEncoder.prototype.encode = function encode(input) {
  var bytes = Buffer.from(input === void 0 ? '' : String(input), 'utf8');
  return new Uint8Array(bytes);  // a plain Uint8Array, as Node returns, not a Buffer
};

// Writes the UTF-8 of as many whole characters of `source` as fit into `dest`.
TextEncoder.prototype.encodeInto = function encodeInto(source, dest) {
  source = String(source);
  if (!(dest instanceof Uint8Array)) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('dest', 'an instance of Uint8Array', dest);
  }
  var read = 0;
  var written = 0;
  var room = dest.length;
  while (read < source.length) {
    var c = source.charCodeAt(read);
    var units = 1;
    var size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (c >= 0xD800 && c <= 0xDBFF && read + 1 < source.length) {
      var next = source.charCodeAt(read + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        units = 2;
        size = 4;
      }
    }
    if (written + size > room) break;
    written += Buffer.from(source.slice(read, read + units), 'utf8').copy(dest, written);
    read += units;
  }
  return { read: read, written: written };
};

// --- TextDecoder -------------------------------------------------------------------------------
var labels = {
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8',
  'unicode20utf8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'ucs-2': 'utf-16le', 'unicode': 'utf-16le',
  'csunicode': 'utf-16le', 'iso-10646-ucs-2': 'utf-16le', 'unicodefeff': 'utf-16le',
  'windows-1252': 'windows-1252', 'latin1': 'windows-1252', 'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252', 'iso88591': 'windows-1252', 'iso_8859-1': 'windows-1252',
  'l1': 'windows-1252', 'ascii': 'windows-1252', 'us-ascii': 'windows-1252', 'cp1252': 'windows-1252',
  'cp819': 'windows-1252', 'ibm819': 'windows-1252', 'x-cp1252': 'windows-1252', 'csisolatin1': 'windows-1252'
};
var codecs = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'windows-1252': 'latin1' };

// Where an incomplete trailing UTF-8 sequence starts (bytes.length when there is none).
function utf8CompleteEnd(bytes) {
  var len = bytes.length;
  for (var i = len - 1; i >= 0 && i >= len - 3; i--) {
    var b = bytes[i];
    if ((b & 0xC0) === 0x80) continue;
    var need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 1;
    return len - i < need ? i : len;
  }
  return len;
}

function toBuffer(input) {
  if (input === void 0) return Buffer.alloc(0);
  if (input instanceof ArrayBuffer) return Buffer.from(input);
  if (ArrayBuffer.isView(input)) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function TextDecoder(label, options) {
  var name = label === void 0 ? 'utf-8' : String(label).trim().toLowerCase();
  var encoding = labels[name];
  if (encoding === void 0) throw encodingNotSupported(label);
  if (options !== void 0 && options !== null && typeof options !== 'object') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  }
  this._encoding = encoding;
  this._fatal = !!(options && options.fatal);
  this._ignoreBOM = !!(options && options.ignoreBOM);
  this._pending = null;     // bytes of an incomplete character kept by a streaming decode
  this._bomChecked = false;
}

['encoding', 'fatal', 'ignoreBOM'].forEach(function (name) {
  Object.defineProperty(TextDecoder.prototype, name, {
    get: function () { return this['_' + name]; }, enumerable: true, configurable: true
  });
});

TextDecoder.prototype.decode = function decode(input, options) {
  var bytes = toBuffer(input);
  var stream = !!(options && options.stream);
  if (this._pending !== null) {
    bytes = Buffer.concat([this._pending, bytes]);
    this._pending = null;
  }
  var codec = codecs[this._encoding];
  var end = bytes.length;
  if (stream) {
    if (codec === 'utf8') end = utf8CompleteEnd(bytes);
    else if (codec === 'utf16le') end = bytes.length - (bytes.length % 2);
    if (end < bytes.length) this._pending = Buffer.from(bytes.slice(end));
  }
  var text = bytes.toString(codec, 0, end);
  if (this._fatal && !isFaithful(codec, text, bytes, end)) {
    this._pending = null;
    this._bomChecked = false;
    throw invalidData(this._encoding);
  }
  if (!this._ignoreBOM && !this._bomChecked && text.length > 0) {
    if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
    this._bomChecked = true;
  }
  if (!stream) {
    this._bomChecked = false;
    if (codec === 'utf16le' && end % 2 === 1) text += '\ufffd';  // a lone last byte
  }
  return text;
};

// Whether the text is what the bytes say, with nothing replaced: UTF-8 that encodes back to the same
// bytes, UTF-16 with no lone surrogate, an even byte count at the end of a stream.
function isFaithful(codec, text, bytes, end) {
  if (codec === 'utf8') return Buffer.from(text, 'utf8').equals(bytes.slice(0, end));
  if (codec === 'utf16le') return end % 2 === 0 && !/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/.test(text);
  return true;
}

if (typeof Symbol === 'function' && typeof Symbol.toStringTag === 'symbol') {
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
}

exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
