'use strict';
// Shared helpers for the stream implementation: error constructors with Node's codes and
// messages, state predicates used by finished()/pipeline(), and small argument helpers.

var errors = require('internal/errors');
var makeNodeError = errors.makeNodeError;

var CHUNK_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';

var codes = {
  ERR_INVALID_ARG_TYPE: errors.codes.ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE: errors.codes.ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS: errors.codes.ERR_MISSING_ARGS,
  ERR_UNKNOWN_ENCODING: errors.codes.ERR_UNKNOWN_ENCODING,
  ERR_OUT_OF_RANGE: errors.codes.ERR_OUT_OF_RANGE,
  ERR_INVALID_CHUNK: function (chunk) {
    return errors.codes.ERR_INVALID_ARG_TYPE('chunk', CHUNK_TYPES, chunk);
  },
  ERR_METHOD_NOT_IMPLEMENTED: function (method) {
    return makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + method + ' method is not implemented');
  },
  ERR_MULTIPLE_CALLBACK: function () {
    return makeNodeError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
  },
  ERR_STREAM_ALREADY_FINISHED: function (method) {
    return makeNodeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
      'Cannot call ' + method + ' after a stream was finished');
  },
  ERR_STREAM_CANNOT_PIPE: function () {
    return makeNodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
  },
  ERR_STREAM_DESTROYED: function (method) {
    return makeNodeError(Error, 'ERR_STREAM_DESTROYED',
      'Cannot call ' + method + ' after a stream was destroyed');
  },
  ERR_STREAM_NULL_VALUES: function () {
    return makeNodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  },
  ERR_STREAM_PREMATURE_CLOSE: function () {
    return makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
  },
  ERR_STREAM_PUSH_AFTER_EOF: function () {
    return makeNodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
  },
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: function () {
    return makeNodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
  },
  ERR_STREAM_WRITE_AFTER_END: function () {
    return makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
  },
  AbortError: function () {
    var err = new Error('The operation was aborted');
    err.code = 'ABORT_ERR';
    err.name = 'AbortError';
    return err;
  }
};
exports.codes = codes;

function nop() {}
exports.nop = nop;

// Returns a function that forwards to fn the first time only.
function once(fn) {
  var called = false;
  return function (a, b) {
    if (called) return;
    called = true;
    return fn.call(this, a, b);
  };
}
exports.once = once;

function isUint8Array(value) {
  return typeof Uint8Array !== 'undefined' && value instanceof Uint8Array;
}
exports.isUint8Array = isUint8Array;

var hasIsView = typeof ArrayBuffer !== 'undefined' && typeof ArrayBuffer.isView === 'function';
function isArrayBufferView(value) {
  return hasIsView ? ArrayBuffer.isView(value) : isUint8Array(value);
}
exports.isArrayBufferView = isArrayBufferView;

function uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
exports.uint8ArrayToBuffer = uint8ArrayToBuffer;

function isEncoding(enc) {
  if (typeof Buffer.isEncoding === 'function') return Buffer.isEncoding(enc);
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': case 'hex': case 'base64': case 'base64url': case 'ascii':
    case 'latin1': case 'binary': case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
      return true;
    default:
      return false;
  }
}
exports.isEncoding = isEncoding;

// highWaterMark from options (with the Duplex-specific key), validated as in Node.
var defaultHighWaterMarkBytes = 16 * 1024;
var defaultHighWaterMarkObjectMode = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}
exports.getDefaultHighWaterMark = getDefaultHighWaterMark;

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !(value >= 0) || Math.floor(value) !== value) {
    throw codes.ERR_INVALID_ARG_VALUE('value', value);
  }
  if (objectMode) defaultHighWaterMarkObjectMode = value;
  else defaultHighWaterMarkBytes = value;
}
exports.setDefaultHighWaterMark = setDefaultHighWaterMark;

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  var hwm = options.highWaterMark != null ? options.highWaterMark : (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (typeof hwm !== 'number' || !isFinite(hwm) || Math.floor(hwm) !== hwm || hwm < 0) {
      var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The property '" + name + "' is invalid. Received " + String(hwm));
    }
    return hwm;
  }
  return getDefaultHighWaterMark(state.objectMode);
}
exports.getHighWaterMark = getHighWaterMark;

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  return emitter.on(event, fn);
}
exports.prependListener = prependListener;

// --- predicates, mirroring Node's internal/streams/utils ------------------------------------------

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
exports.isReadableNodeStream = isReadableNodeStream;

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
exports.isWritableNodeStream = isWritableNodeStream;

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}
exports.isDuplexNodeStream = isDuplexNodeStream;

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
exports.isNodeStream = isNodeStream;

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream._isDestroyedMark || (state && state.destroyed));
}
exports.isDestroyed = isDestroyed;

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}
exports.isWritableEnded = isWritableEnded;

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
exports.isWritableFinished = isWritableFinished;

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
exports.isReadableFinished = isReadableFinished;

function isReadable(stream) {
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
exports.isReadable = isReadable;

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
exports.isWritable = isWritable;

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}
exports.isFinished = isFinished;

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  var w = stream._writableState;
  return (w && w.errored) || null;
}
exports.isWritableErrored = isWritableErrored;

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  var r = stream._readableState;
  return (r && r.errored) || null;
}
exports.isReadableErrored = isReadableErrored;

function isErrored(stream) {
  return !!(stream && (stream.errored || stream.readableErrored || stream.writableErrored ||
    (stream._writableState && stream._writableState.errorEmitted) ||
    (stream._writableState && stream._writableState.errored) ||
    (stream._readableState && stream._readableState.errorEmitted) ||
    (stream._readableState && stream._readableState.errored)));
}
exports.isErrored = isErrored;

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  var w = stream._writableState;
  var r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  return null;
}
exports.isClosed = isClosed;

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
exports.willEmitClose = willEmitClose;

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}
exports.isDisturbed = isDisturbed;
