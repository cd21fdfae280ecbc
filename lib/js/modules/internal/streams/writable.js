'use strict';
// Writable streams, following Node v20's semantics (lib/internal/streams/writable.js).
//
// Implementors provide _write(chunk, encoding, cb) (and optionally _writev(chunks, cb) taking
// [{chunk, encoding}], used to flush several buffered chunks at once), _final(cb) run before
// 'finish', and _destroy(err, cb). Only one _write/_writev is outstanding at a time; further
// writes are buffered until its callback runs.

var Stream = require('internal/streams/legacy');
// What Stream's constructor does (EventEmitter's setup), without the two calls in between.
var initEmitter = require('events').init;
var inherits = require('internal/inherits');
var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');
var codes = utils.codes;
// Internal code queues ticks through its own reference, as Node's internals do (one identifier
// lookup instead of a global one and a property read, on every tick).
var nextTick = process.nextTick;

var errorOrDestroy = destroyImpl.errorOrDestroy;
var nop = utils.nop;
// Buffer.isBuffer, looked up on the first write so that loading this module does not load buffer.
var isBuffer = function (b) {
  isBuffer = Buffer.isBuffer;
  return isBuffer(b);
};

// isDuplex: the state belongs to a Duplex (writableObjectMode/writableHighWaterMark apply).
// As ReadableState: only values that differ from WritableState.prototype's defaults are own
// properties.
function WritableState(options, stream, isDuplex) {
  var objectMode = !!(options && options.objectMode);
  if (isDuplex) objectMode = objectMode || !!(options && options.writableObjectMode);
  if (objectMode) this.objectMode = true;

  // No highWaterMark option (the usual case): the default, without a call.
  var hwm = options && (options.highWaterMark != null || (isDuplex && options.writableHighWaterMark != null)) ?
    utils.getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    utils.getDefaultHighWaterMark(objectMode);
  if (hwm !== this.highWaterMark) this.highWaterMark = hwm;

  if (options && options.decodeStrings === false) this.decodeStrings = false;
  var defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf-8') defaultEncoding = 'utf8';
  else if (!utils.isEncoding(defaultEncoding)) throw codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
  if (defaultEncoding !== 'utf8') this.defaultEncoding = defaultEncoding;
  if (options && options.emitClose === false) this.emitClose = false;
  if (options && options.autoDestroy === false) this.autoDestroy = false;
  this.onwrite = onwrite.bind(void 0, stream);
}

// Shared empty lists, frozen (see readable.js).
var EMPTY = Object.freeze([]);

var writableDefaults = {
  objectMode: false,
  highWaterMark: utils.getDefaultHighWaterMark(false),
  finalCalled: false,
  needDrain: false,
  ending: false,          // end() was called
  ended: false,           // end() has returned
  finished: false,        // 'finish' emitted
  destroyed: false,
  decodeStrings: true,
  defaultEncoding: 'utf8',
  length: 0,              // bytes (or objects) written but not yet called back
  writing: false,
  corked: 0,
  sync: true,             // inside _write(): its callback must defer to the next tick
  bufferProcessing: false,
  writecb: null,
  writelen: 0,
  afterWriteTickInfo: null,
  afterWritePending: false, // an afterWrite() is scheduled for the next tick
  buffered: EMPTY,        // {chunk, encoding, callback} waiting for the current write
  bufferedIndex: 0,
  allBuffers: true,
  allNoop: true,
  pendingcb: 0,
  constructed: true,
  prefinished: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  errored: null,
  closed: false,
  closeEmitted: false,
  onFinished: EMPTY       // end() callbacks
};
for (var key in writableDefaults) WritableState.prototype[key] = writableDefaults[key];

function resetBuffer(state) {
  state.buffered = EMPTY;
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get: function () { return this.buffered.length - this.bufferedIndex; },
  configurable: true
});

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }

  initEmitter.call(this, options);

  if (this._construct != null) destroyImpl.construct(this, onConstructed);
}

// Runs (this = stream) once _construct has called back.
function onConstructed() {
  var state = this._writableState;
  if (!state.writing) clearBuffer(this, state);
  if (state.ending) finishMaybe(this, state);
}
Writable._onConstructed = onConstructed;
inherits(Writable, Stream);

Writable.WritableState = WritableState;

// A Duplex is a Writable too (it mixes in Writable's methods).
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (typeof this === 'function' && this.prototype && typeof this.prototype === 'object' &&
        this.prototype.isPrototypeOf(object)) {
      return true;
    }
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, codes.ERR_STREAM_CANNOT_PIPE());
};

function _write(stream, chunk, encoding, cb) {
  var state = stream._writableState;

  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw codes.ERR_STREAM_NULL_VALUES();

  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !utils.isEncoding(encoding)) throw codes.ERR_UNKNOWN_ENCODING(encoding);

    if (typeof chunk === 'string') {
      if (state.decodeStrings) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (Buffer.isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (utils.isArrayBufferView(chunk)) {
      chunk = utils.uint8ArrayToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw codes.ERR_INVALID_CHUNK(chunk);
    }
  }

  var err;
  if (state.ending) err = codes.ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = codes.ERR_STREAM_DESTROYED('write');

  if (err) {
    nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var state = this._writableState;
  if (encoding == null && !state.objectMode && !state.ending && !state.destroyed && chunk !== null &&
      typeof chunk === 'object' && isBuffer(chunk)) {
    // A Buffer with no encoding (what sockets and pipes write): _write()'s checks reduce to these.
    if (typeof cb !== 'function') cb = nop;
    state.pendingcb++;
    return writeOrBuffer(this, state, chunk, 'buffer', cb) === true;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!utils.isEncoding(encoding)) throw codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Hands the chunk to _write now if idle, otherwise queues it. Returns false once the amount
// not yet called back reaches highWaterMark ('drain' follows when it drops to zero).
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    if (state.buffered === EMPTY) state.buffered = [];
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  var ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;

  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(codes.ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;

  if (typeof cb !== 'function') {
    errorOrDestroy(stream, codes.ERR_MULTIPLE_CALLBACK());
    return;
  }

  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);

    if (sync) {
      // The callback must not run inside write(): defer it. Consecutive synchronous writes with
      // the same callback share one tick; with no callback and no 'drain' due, skip the tick.
      var needTick = (state.needDrain && state.length === 0) || state.destroyed || cb !== nop;
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          state.afterWritePending = true;
          nextTick(afterWrite, stream, state, 1, cb);
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else if (needTick) {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        state.afterWritePending = true;
        nextTick(afterWriteTick, state.afterWriteTickInfo);
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  var needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  if (state.destroyed) errorBuffer(state);

  if (state.ending) finishMaybe(stream, state, true);
}

// Fails every buffered write (and end() callback) after destroy.
function errorBuffer(state) {
  if (state.writing) return;

  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var entry = state.buffered[n];
    var len = state.objectMode ? 1 : entry.chunk.length;
    state.length -= len;
    entry.callback(state.errored || codes.ERR_STREAM_DESTROYED('write'));
  }

  callFinishedCallbacks(state, state.errored || codes.ERR_STREAM_DESTROYED('end'));

  resetBuffer(state);
}

// Writes out the buffered chunks: all at once through _writev when there is more than one and
// _writev exists, otherwise one at a time until a write goes asynchronous.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;

  var buffered = state.buffered;
  var bufferedIndex = state.bufferedIndex;
  var objectMode = state.objectMode;
  var bufferedLength = buffered.length - bufferedIndex;

  if (!bufferedLength) return;

  var i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;

    var callback = state.allNoop ? nop : makeWritevCallback(buffered, i);
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;

    doWrite(stream, state, true, state.length, chunks, '', callback);

    resetBuffer(state);
  } else {
    do {
      var entry = buffered[i];
      buffered[i++] = null;
      var len = objectMode ? 1 : entry.chunk.length;
      doWrite(stream, state, false, len, entry.chunk, entry.encoding, entry.callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

function makeWritevCallback(buffered, start) {
  return function (err) {
    for (var n = start; n < buffered.length; ++n) buffered[n].callback(err);
  };
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk: chunk, encoding: encoding }], cb);
  } else {
    throw codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  var state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  var err;

  if (chunk !== null && chunk !== void 0) {
    var ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() fully uncorks.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // Already reported by _write.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = codes.ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) nextTick(cb, err);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state.finished) nextTick(cb, null);
    else if (state.onFinished === EMPTY) state.onFinished = [cb];
    else state.onFinished.push(cb);
  }

  return this;
};

function needFinish(state) {
  return (state.ending &&
          !state.destroyed &&
          state.constructed &&
          state.length === 0 &&
          !state.errored &&
          state.buffered.length === 0 &&
          !state.finished &&
          !state.writing &&
          !state.errorEmitted &&
          !state.closeEmitted);
}

function callFinishedCallbacks(state, err) {
  if (state.onFinished.length === 0) return;
  var callbacks = state.onFinished;
  state.onFinished = EMPTY;
  for (var i = 0; i < callbacks.length; i++) callbacks[i](err);
}

// _final's callback.
function onFinish(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err != null ? err : codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // 'finish' is always asynchronous relative to the _final callback.
    state.pendingcb++;
    nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;

  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(function (err) { onFinish(stream, state, err); });
    } catch (err) {
      onFinish(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick(finishMaybeNT, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishMaybeNT(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  callFinishedCallbacks(state, null);

  stream.emit('finish');

  if (state.autoDestroy) {
    // A Duplex is destroyed only once its readable side has ended as well.
    var rState = stream._readableState;
    var autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function defineGetter(name, get, set) {
  var desc = { get: get, enumerable: false, configurable: true };
  if (set) desc.set = set;
  Object.defineProperty(Writable.prototype, name, desc);
}

defineGetter('closed', function () {
  return this._writableState ? this._writableState.closed : false;
});
defineGetter('destroyed', function () {
  return this._writableState ? this._writableState.destroyed : false;
}, function (value) {
  if (this._writableState) this._writableState.destroyed = value;
});
defineGetter('writable', function () {
  var w = this._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}, function (val) {
  if (this._writableState) this._writableState.writable = !!val;
});
defineGetter('writableFinished', function () {
  return this._writableState ? this._writableState.finished : false;
});
defineGetter('writableObjectMode', function () {
  return this._writableState ? this._writableState.objectMode : false;
});
defineGetter('writableBuffer', function () {
  return this._writableState && this._writableState.getBuffer();
});
defineGetter('writableEnded', function () {
  return this._writableState ? this._writableState.ending : false;
});
defineGetter('writableNeedDrain', function () {
  var w = this._writableState;
  if (!w) return false;
  return !w.destroyed && !w.ending && w.needDrain;
});
defineGetter('writableHighWaterMark', function () {
  return this._writableState && this._writableState.highWaterMark;
});
defineGetter('writableCorked', function () {
  return this._writableState ? this._writableState.corked : 0;
});
defineGetter('writableLength', function () {
  return this._writableState && this._writableState.length;
});
defineGetter('errored', function () {
  return this._writableState ? this._writableState.errored : null;
});
defineGetter('writableAborted', function () {
  var w = this._writableState;
  return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
});

Writable.prototype.destroy = function (err, cb) {
  var state = this._writableState;

  // Fail pending writes and end() callbacks once destroy has run (next tick).
  if (!state.destroyed &&
      (state.buffered.length > 0 || state.onFinished.length > 0)) {
    nextTick(errorBuffer, state);
  }

  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};

module.exports = Writable;
