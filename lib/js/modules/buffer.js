'use strict';
// Node's Buffer API over Duktape's built-in Node.js buffer objects.
//
// Buffers are Duktape buffer objects of type DUK_BUFOBJ_NODEJS_BUFFER (Uint8Array subclass). The
// native network code creates them with duk_push_buffer_object(), so they inherit Duktape's own
// Buffer.prototype. This module therefore keeps that prototype object, replaces or adds the methods
// whose behaviour differs from Node, and exports a new Buffer function whose .prototype is that same
// object: natively created buffers are `instanceof Buffer` and get the full API. Byte work and the
// string codecs are native (lib/js/bindings/buffer_binding.cpp); this file does argument handling and errors.

var errors = require('internal/errors');
var codes = errors.codes;
var makeNodeError = errors.makeNodeError;
var describeValue = errors.describeValue;

var binding = process._binding('buffer');
var nativeAlloc = binding.alloc;
var nativeAllocUnsafe = binding.allocUnsafe;
var nativeView = binding.view;
var nativeFromString = binding.fromString;
var nativeByteLength = binding.byteLength;
var nativeDecode = binding.decode;
var nativeWrite = binding.write;
var nativeFill = binding.fill;
var nativeIndexOf = binding.indexOf;
var nativeCompare = binding.compare;
var nativeCompareOffset = binding.compareOffset;
var nativeCopy = binding.copy;
var nativeConcat = binding.concat;

var kMaxLength = binding.kMaxLength;
var kMaxStringLength = 0x7fffffff;

// Duktape's built-in Buffer.prototype: taken from a native buffer rather than from the global, so it
// does not matter whether global.Buffer has already been replaced.
var proto = Object.getPrototypeOf(nativeAlloc(0));

// Encoding codes shared with buffer_binding.cpp.
var UTF8 = 1;
var HEX = 2;
var BASE64 = 3;
var BASE64URL = 4;
var LATIN1 = 5;
var ASCII = 6;
var UCS2 = 7;

function encodingCodeExact(enc) {
  switch (enc) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'base64url': return BASE64URL;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
  }
  return 0;
}

// Encoding name -> code, case-insensitive; 0 when unknown. Non-strings are stringified as Node does.
function encodingCode(enc) {
  var code = encodingCodeExact(enc);
  if (code !== 0) return code;
  return encodingCodeExact(('' + enc).toLowerCase());
}

// As encodingCode, but throws ERR_UNKNOWN_ENCODING.
function requireEncoding(enc) {
  var code = encodingCode(enc);
  if (code === 0) throw codes.ERR_UNKNOWN_ENCODING(enc);
  return code;
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

function invalidArgType(name, expected, value) {
  return codes.ERR_INVALID_ARG_TYPE(name, expected, value);
}

function bufferOutOfBounds(name) {
  return makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
}

function isInteger(value) {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

// Node's validateNumber(value, name, min, max).
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (value < min || value > max || value !== value) {
    throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  }
}

// Node's validateOffset(value, name, min = 0, max = kMaxLength).
function validateOffset(value, name, min, max) {
  if (min === void 0) min = 0;
  if (max === void 0) max = kMaxLength;
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

// ---- construction -------------------------------------------------------------------------------------

// Deprecated Buffer(arg[, encodingOrOffset[, length]]) / new Buffer(...); a number allocates zeroed.
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = proto;
Object.defineProperty(proto, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  var code;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    code = UTF8;
  } else {
    code = requireEncoding(encoding);
  }
  return nativeFromString(string, code);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === void 0) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === void 0) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return nativeView(obj, Math.floor(byteOffset), Math.floor(length));
}

function fromArrayLike(obj) {
  var length = obj.length;
  if (!(length > 0)) return nativeAlloc(0);
  if (isUint8Array(obj)) {
    var copy = nativeAllocUnsafe(length);
    nativeCopy(obj, copy, 0, 0, length);
    return copy;
  }
  length = Math.floor(length);
  var b = nativeAllocUnsafe(length);
  for (var i = 0; i < length; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== void 0 || obj.buffer instanceof ArrayBuffer) {
    if (typeof obj.length !== 'number') return nativeAlloc(0);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return void 0;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer) return fromArrayBuffer(value, encodingOrOffset, length);

    var valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    var b = fromObject(value);
    if (b) return b;

    if (typeof Symbol === 'function' && Symbol.toPrimitive &&
        typeof value[Symbol.toPrimitive] === 'function') {
      var primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array ' +
    'or an Array-like Object. Received ' + describeValue(value));
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  size = Math.floor(size);
  if (fill !== void 0 && fill !== 0 && size > 0) {
    return fillImpl(nativeAllocUnsafe(size), fill, 0, size, encoding);
  }
  return nativeAlloc(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return nativeAllocUnsafe(Math.floor(size));
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return nativeAllocUnsafe(Math.floor(size));
};

// Deprecated: an uninitialised, unpooled buffer.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return nativeAllocUnsafe(Math.floor(size));
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingCode(encoding) !== 0;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', buf1);
  if (!isUint8Array(buf2)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', buf2);
  if (buf1 === buf2) return 0;
  return nativeCompare(buf1, buf2);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  var n = list.length;
  if (n === 0) return nativeAlloc(0);
  var total = 0;
  for (var i = 0; i < n; i++) {
    var buf = list[i];
    if (!isUint8Array(buf)) {
      throw invalidArgType('list[' + i + ']', 'an instance of Buffer or Uint8Array', buf);
    }
    total += buf.length;
  }
  if (length === void 0) {
    length = total;
  } else {
    validateOffset(length, 'length');
  }
  return nativeConcat(list, length);
};

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  var len = string.length;
  if (len === 0) return 0;
  var code = encoding ? encodingCode(encoding) : UTF8;
  switch (code) {
    case LATIN1: case ASCII: return len;
    case UCS2: return len * 2;
    case HEX: return len >>> 1;
    case BASE64: case BASE64URL: return base64ByteLength(string, len);
  }
  return nativeByteLength(string, UTF8);
}

Buffer.byteLength = byteLength;

// ---- prototype: strings ---------------------------------------------------------------------------

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return nativeDecode(this, UTF8);
  var len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.floor(start) || 0;  // start is positive here: floor == trunc
  if (end === void 0 || end > len) end = len;
  else end = (end > 0 ? Math.floor(end) : Math.ceil(end)) || 0;
  if (end <= start) return '';
  if (encoding === void 0) return nativeDecode(this, UTF8, start, end);
  return nativeDecode(this, requireEncoding(encoding), start, end);
};

proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  var len = this.length;
  if (offset === void 0) return nativeWrite(this, string, 0, len, UTF8);
  if (length === void 0 && typeof offset === 'string') {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, len);
    var remaining = len - offset;
    if (length === void 0) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, len);
      if (length > remaining) length = remaining;
    }
  }
  var code = (!encoding || encoding === 'utf8') ? UTF8 : requireEncoding(encoding);
  return nativeWrite(this, string, offset, length, code);
};

proto.toJSON = function toJSON() {
  var len = this.length;
  var data = new Array(len);
  for (var i = 0; i < len; i++) data[i] = this[i];
  return { type: 'Buffer', data: data };
};

// Node's internal per-encoding helpers (some libraries call them directly).
function defineCodecMethods(name, code) {
  proto[name + 'Slice'] = function (start, end) { return nativeDecode(this, code, start, end); };
  proto[name + 'Write'] = function (string, offset, length) {
    if (typeof string !== 'string') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    return nativeWrite(this, string, offset, length, code);
  };
}
defineCodecMethods('utf8', UTF8);
defineCodecMethods('hex', HEX);
defineCodecMethods('base64', BASE64);
defineCodecMethods('base64url', BASE64URL);
defineCodecMethods('latin1', LATIN1);
defineCodecMethods('ascii', ASCII);
defineCodecMethods('ucs2', UCS2);

exports.INSPECT_MAX_BYTES = 50;

proto.inspect = function inspect() {
  var max = exports.INSPECT_MAX_BYTES;
  var shown = this.length > max ? max : this.length;
  var str = nativeDecode(this, HEX, 0, shown).replace(/(.{2})/g, '$1 ').trim();
  var remaining = this.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return '<' + this.constructor.name + ' ' + str + '>';
};

// ---- prototype: views, comparison, search, copy, fill ------------------------------------------

// Native, using `this`: a view sharing memory with Node's index clamping (negative from the end,
// NaN -> 0, crossed -> empty). Duktape's own slice() would give each view a separate .buffer.
proto.slice = binding.slice;
proto.subarray = binding.slice;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return nativeCompare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  if (arguments.length === 1) return nativeCompare(this, target);

  if (targetStart === void 0) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === void 0) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === void 0) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === void 0) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (targetStart > target.length) throw codes.ERR_OUT_OF_RANGE('targetStart', '<= ' + target.length, targetStart);
  if (sourceStart > this.length) throw codes.ERR_OUT_OF_RANGE('sourceStart', '<= ' + this.length, sourceStart);
  return nativeCompareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = void 0;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : buffer.length;

  if (typeof val === 'number') return nativeIndexOf(buffer, val >>> 0, byteOffset, UTF8, dir);

  var code = encoding === void 0 ? UTF8 : encodingCode(encoding);
  if (typeof val === 'string') {
    if (code === 0) throw codes.ERR_UNKNOWN_ENCODING(encoding);
    return nativeIndexOf(buffer, val, byteOffset, code, dir);
  }
  if (isUint8Array(val)) return nativeIndexOf(buffer, val, byteOffset, code === 0 ? UTF8 : code, dir);

  throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
};

function toIntegerOrZero(n) {
  n = +n;
  if (n !== n || n < -9007199254740991 || n > 9007199254740991) return 0;
  return Math.floor(n);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  var sourceLength = this.length;

  if (targetStart === void 0) {
    targetStart = 0;
  } else {
    targetStart = isInteger(targetStart) ? targetStart : toIntegerOrZero(targetStart);
    if (targetStart < 0) throw codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === void 0) {
    sourceStart = 0;
  } else {
    sourceStart = isInteger(sourceStart) ? sourceStart : toIntegerOrZero(sourceStart);
    if (sourceStart < 0 || sourceStart > sourceLength) {
      throw codes.ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + sourceLength, sourceStart);
    }
  }
  if (sourceEnd === void 0) {
    sourceEnd = sourceLength;
  } else {
    sourceEnd = isInteger(sourceEnd) ? sourceEnd : toIntegerOrZero(sourceEnd);
    if (sourceEnd < 0) throw codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return nativeCopy(this, target, targetStart, sourceStart, sourceEnd);
};

function fillImpl(buf, value, offset, end, encoding) {
  var code = UTF8;
  if (typeof value === 'string') {
    if (offset === void 0 || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding != null && encoding !== '') {  // null, undefined and '' mean utf8
      if (typeof encoding !== 'string') throw invalidArgType('encoding', 'of type string', encoding);
      code = requireEncoding(encoding);
    }
    if (value.length === 0) value = 0;
  }

  if (offset === void 0) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === void 0) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (nativeFill(buf, value, offset, end, code) < 0) throw codes.ERR_INVALID_ARG_VALUE('value', value);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

proto.swap16 = function swap16() {
  var len = this.length;
  if (len % 2 !== 0) throw makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 16-bits');
  for (var i = 0; i < len; i += 2) {
    var t = this[i]; this[i] = this[i + 1]; this[i + 1] = t;
  }
  return this;
};

proto.swap32 = function swap32() {
  var len = this.length;
  if (len % 4 !== 0) throw makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 32-bits');
  for (var i = 0; i < len; i += 4) {
    var a = this[i]; var b = this[i + 1];
    this[i] = this[i + 3]; this[i + 1] = this[i + 2]; this[i + 2] = b; this[i + 3] = a;
  }
  return this;
};

proto.swap64 = function swap64() {
  var len = this.length;
  if (len % 8 !== 0) throw makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 64-bits');
  for (var i = 0; i < len; i += 8) {
    for (var k = 0; k < 4; k++) {
      var t = this[i + k]; this[i + k] = this[i + 7 - k]; this[i + 7 - k] = t;
    }
  }
  return this;
};

// ---- prototype: numbers ---------------------------------------------------------------------------
// Same checks, messages and results as Node's lib/internal/buffer.js.

function checkOffsetType(offset) {
  if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw invalidArgType(type || 'offset', 'of type number', value);
    throw codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw codes.ERR_OUT_OF_RANGE(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

// Validates offset for an access of `size` bytes; returns the offset.
function checkRead(buf, offset, size) {
  if (offset === void 0) offset = 0;
  else checkOffsetType(offset);
  if (buf[offset] === void 0 || buf[offset + size - 1] === void 0) boundsError(offset, buf.length - size);
  return offset;
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw invalidArgType('byteLength', 'of type number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

proto.readUInt8 = function readUInt8(offset) {
  offset = checkRead(this, offset, 1);
  return this[offset];
};

proto.readInt8 = function readInt8(offset) {
  offset = checkRead(this, offset, 1);
  var v = this[offset];
  return v | (v & 0x80) * 0x1fffffe;
};

proto.readUInt16LE = function readUInt16LE(offset) {
  offset = checkRead(this, offset, 2);
  return this[offset] + this[offset + 1] * 0x100;
};

proto.readUInt16BE = function readUInt16BE(offset) {
  offset = checkRead(this, offset, 2);
  return this[offset] * 0x100 + this[offset + 1];
};

proto.readInt16LE = function readInt16LE(offset) {
  offset = checkRead(this, offset, 2);
  var v = this[offset] + this[offset + 1] * 0x100;
  return v | (v & 0x8000) * 0x1fffe;
};

proto.readInt16BE = function readInt16BE(offset) {
  offset = checkRead(this, offset, 2);
  var v = this[offset] * 0x100 + this[offset + 1];
  return v | (v & 0x8000) * 0x1fffe;
};

proto.readUInt32LE = function readUInt32LE(offset) {
  offset = checkRead(this, offset, 4);
  return this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
};

proto.readUInt32BE = function readUInt32BE(offset) {
  offset = checkRead(this, offset, 4);
  return this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
};

proto.readInt32LE = function readInt32LE(offset) {
  offset = checkRead(this, offset, 4);
  return this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (this[offset + 3] << 24);
};

proto.readInt32BE = function readInt32BE(offset) {
  offset = checkRead(this, offset, 4);
  return (this[offset] << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
};

function readUIntLEImpl(buf, offset, byteLength) {
  var v = 0;
  var mul = 1;
  for (var i = 0; i < byteLength; i++) {
    v += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return v;
}

function readUIntBEImpl(buf, offset, byteLength) {
  var v = 0;
  for (var i = 0; i < byteLength; i++) v = v * 0x100 + buf[offset + i];
  return v;
}

function toSigned(v, byteLength) {
  var limit = Math.pow(2, 8 * byteLength - 1);
  return v >= limit ? v - limit * 2 : v;
}

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  if (offset === void 0) throw invalidArgType('offset', 'of type number', offset);
  checkByteLength(byteLength);
  offset = checkRead(this, offset, byteLength);
  return readUIntLEImpl(this, offset, byteLength);
};

proto.readUIntBE = function readUIntBE(offset, byteLength) {
  if (offset === void 0) throw invalidArgType('offset', 'of type number', offset);
  checkByteLength(byteLength);
  offset = checkRead(this, offset, byteLength);
  return readUIntBEImpl(this, offset, byteLength);
};

proto.readIntLE = function readIntLE(offset, byteLength) {
  if (offset === void 0) throw invalidArgType('offset', 'of type number', offset);
  checkByteLength(byteLength);
  offset = checkRead(this, offset, byteLength);
  return toSigned(readUIntLEImpl(this, offset, byteLength), byteLength);
};

proto.readIntBE = function readIntBE(offset, byteLength) {
  if (offset === void 0) throw invalidArgType('offset', 'of type number', offset);
  checkByteLength(byteLength);
  offset = checkRead(this, offset, byteLength);
  return toSigned(readUIntBEImpl(this, offset, byteLength), byteLength);
};

// Floats go through a shared scratch array in host byte order.
var float32Array = new Float32Array(1);
var float32Bytes = new Uint8Array(float32Array.buffer);
var float64Array = new Float64Array(1);
var float64Bytes = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
var bigEndianHost = float32Bytes[3] === 0;

function readFloatImpl(buf, offset, size, littleEndian) {
  offset = checkRead(buf, offset, size);
  var bytes = size === 4 ? float32Bytes : float64Bytes;
  var i;
  if (littleEndian !== bigEndianHost) {
    for (i = 0; i < size; i++) bytes[i] = buf[offset + i];
  } else {
    for (i = 0; i < size; i++) bytes[size - 1 - i] = buf[offset + i];
  }
  return size === 4 ? float32Array[0] : float64Array[0];
}

proto.readFloatLE = function readFloatLE(offset) { return readFloatImpl(this, offset, 4, true); };
proto.readFloatBE = function readFloatBE(offset) { return readFloatImpl(this, offset, 4, false); };
proto.readDoubleLE = function readDoubleLE(offset) { return readFloatImpl(this, offset, 8, true); };
proto.readDoubleBE = function readDoubleBE(offset) { return readFloatImpl(this, offset, 8, false); };

// Node's checkInt(): range of `value`, then the bounds of the write.
function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    var range;
    if (size > 4) {
      range = min === 0 ? '>= 0 and < 2 ** ' + (size * 8)
        : '>= -(2 ** ' + (size * 8 - 1) + ') and < 2 ** ' + (size * 8 - 1);
    } else {
      range = '>= ' + min + ' and <= ' + max;
    }
    throw codes.ERR_OUT_OF_RANGE('value', range, value);
  }
  return checkRead(buf, offset, size);
}

proto.writeUInt8 = function writeUInt8(value, offset) {
  value = +value;
  offset = checkInt(value, 0, 0xff, this, offset, 1);
  this[offset] = value;
  return offset + 1;
};

proto.writeInt8 = function writeInt8(value, offset) {
  value = +value;
  offset = checkInt(value, -0x80, 0x7f, this, offset, 1);
  this[offset] = value;
  return offset + 1;
};

function writeU16(buf, value, offset, min, max, littleEndian) {
  value = +value;
  offset = checkInt(value, min, max, buf, offset, 2);
  if (littleEndian) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
  } else {
    buf[offset] = value >>> 8;
    buf[offset + 1] = value;
  }
  return offset + 2;
}

function writeU32(buf, value, offset, min, max, littleEndian) {
  value = +value;
  offset = checkInt(value, min, max, buf, offset, 4);
  if (littleEndian) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
}

proto.writeUInt16LE = function writeUInt16LE(value, offset) { return writeU16(this, value, offset, 0, 0xffff, true); };
proto.writeUInt16BE = function writeUInt16BE(value, offset) { return writeU16(this, value, offset, 0, 0xffff, false); };
proto.writeInt16LE = function writeInt16LE(value, offset) { return writeU16(this, value, offset, -0x8000, 0x7fff, true); };
proto.writeInt16BE = function writeInt16BE(value, offset) { return writeU16(this, value, offset, -0x8000, 0x7fff, false); };
proto.writeUInt32LE = function writeUInt32LE(value, offset) { return writeU32(this, value, offset, 0, 0xffffffff, true); };
proto.writeUInt32BE = function writeUInt32BE(value, offset) { return writeU32(this, value, offset, 0, 0xffffffff, false); };
proto.writeInt32LE = function writeInt32LE(value, offset) { return writeU32(this, value, offset, -0x80000000, 0x7fffffff, true); };
proto.writeInt32BE = function writeInt32BE(value, offset) { return writeU32(this, value, offset, -0x80000000, 0x7fffffff, false); };

function writeVarImpl(buf, value, offset, byteLength, signed, littleEndian) {
  if (offset === void 0) throw invalidArgType('offset', 'of type number', offset);
  checkByteLength(byteLength);
  value = +value;
  var limit = Math.pow(2, 8 * byteLength);
  var min = signed ? -limit / 2 : 0;
  var max = signed ? limit / 2 - 1 : limit - 1;
  offset = checkInt(value, min, max, buf, offset, byteLength);
  var v = value !== value ? 0 : (value < 0 ? Math.ceil(value) : Math.floor(value));
  if (v < 0) v += limit;
  for (var i = 0; i < byteLength; i++) {
    var b = v % 0x100;
    buf[littleEndian ? offset + i : offset + byteLength - 1 - i] = b;
    v = (v - b) / 0x100;
  }
  return offset + byteLength;
}

proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) { return writeVarImpl(this, value, offset, byteLength, false, true); };
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) { return writeVarImpl(this, value, offset, byteLength, false, false); };
proto.writeIntLE = function writeIntLE(value, offset, byteLength) { return writeVarImpl(this, value, offset, byteLength, true, true); };
proto.writeIntBE = function writeIntBE(value, offset, byteLength) { return writeVarImpl(this, value, offset, byteLength, true, false); };

function writeFloatImpl(buf, value, offset, size, littleEndian) {
  value = +value;
  offset = checkRead(buf, offset, size);
  var bytes;
  if (size === 4) {
    float32Array[0] = value;
    bytes = float32Bytes;
  } else {
    float64Array[0] = value;
    bytes = float64Bytes;
  }
  var i;
  if (littleEndian !== bigEndianHost) {
    for (i = 0; i < size; i++) buf[offset + i] = bytes[i];
  } else {
    for (i = 0; i < size; i++) buf[offset + i] = bytes[size - 1 - i];
  }
  return offset + size;
}

proto.writeFloatLE = function writeFloatLE(value, offset) { return writeFloatImpl(this, value, offset, 4, true); };
proto.writeFloatBE = function writeFloatBE(value, offset) { return writeFloatImpl(this, value, offset, 4, false); };
proto.writeDoubleLE = function writeDoubleLE(value, offset) { return writeFloatImpl(this, value, offset, 8, true); };
proto.writeDoubleBE = function writeDoubleBE(value, offset) { return writeFloatImpl(this, value, offset, 8, false); };

// Lower-case "Uint" aliases, as Node has.
(function () {
  var names = ['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE', 'UIntLE', 'UIntBE'];
  for (var i = 0; i < names.length; i++) {
    var alias = 'Uint' + names[i].slice(4);
    proto['read' + alias] = proto['read' + names[i]];
    proto['write' + alias] = proto['write' + names[i]];
  }
})();

// ---- exports ----------------------------------------------------------------------------------------

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kMaxStringLength;
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kMaxStringLength };
