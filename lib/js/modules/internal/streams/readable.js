'use strict';
// Readable streams, following Node v20's semantics (lib/internal/streams/readable.js).
//
// Implementors provide _read(n): start producing data and call push(chunk) for each chunk,
// push(null) at EOF. _read is not called again until push() has been called. push() returns
// false once the buffer reaches highWaterMark: a source should then stop producing until the
// next _read() call.

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

var StringDecoder;   // loaded on first setEncoding()/encoding option
function getStringDecoder() {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  return StringDecoder;
}

// isDuplex: the state belongs to a Duplex (readableObjectMode/readableHighWaterMark apply).
// Only values that differ from ReadableState.prototype's defaults become own properties: a stream
// that is set up and read the usual way keeps a handful, which is most of a socket's idle memory.
function ReadableState(options, stream, isDuplex) {
  var objectMode = !!(options && options.objectMode);
  if (isDuplex) objectMode = objectMode || !!(options && options.readableObjectMode);
  if (objectMode) this.objectMode = true;

  // No highWaterMark option (the usual case): the default, without a call.
  var hwm = options && (options.highWaterMark != null || (isDuplex && options.readableHighWaterMark != null)) ?
    utils.getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    utils.getDefaultHighWaterMark(objectMode);
  if (hwm !== this.highWaterMark) this.highWaterMark = hwm;

  if (options && options.emitClose === false) this.emitClose = false;
  if (options && options.autoDestroy === false) this.autoDestroy = false;
  var defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf-8') defaultEncoding = 'utf8';
  else if (!utils.isEncoding(defaultEncoding)) throw codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
  if (defaultEncoding !== 'utf8') this.defaultEncoding = defaultEncoding;
  if (options && options.encoding) {
    var SD = getStringDecoder();
    this.decoder = new SD(options.encoding);
    this.encoding = this.decoder.encoding;
  }
}

// Shared empty lists: frozen, so code that adds to one without taking its own copy first throws
// instead of corrupting every stream.
var EMPTY = Object.freeze([]);

var readableDefaults = {
  objectMode: false,
  highWaterMark: utils.getDefaultHighWaterMark(false),
  buffer: EMPTY,                  // chunks; entries before bufferIndex are consumed
  bufferIndex: 0,
  length: 0,
  pipes: EMPTY,
  flowing: null,                  // null: no consumer yet; true: flowing; false: paused
  paused: null,                   // explicit pause()/resume() marker
  ended: false,                   // push(null) happened
  endEmitted: false,
  reading: false,                 // a _read() call is outstanding
  constructed: true,
  sync: true,                     // inside _read(): push() must not emit 'data' synchronously
  needReadable: false,
  emittedReadable: false,
  readableListening: false,
  dataListening: false,           // a 'data' listener was added (and not all removed)
  resumeScheduled: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  destroyed: false,
  errored: null,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  awaitDrainWriters: null,        // a dest, or an array of dests when piping to several
  multiAwaitDrain: false,
  readingMore: false,
  dataEmitted: false,
  decoder: null,
  encoding: null
};
for (var key in readableDefaults) ReadableState.prototype[key] = readableDefaults[key];

// The state's own chunk list, to add to.
function ownBuffer(state) {
  if (state.buffer === EMPTY) state.buffer = [];
  return state.buffer;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }

  initEmitter.call(this, options);

  if (this._construct != null) destroyImpl.construct(this, onConstructed);
}

// Runs (this = stream) once _construct has called back.
function onConstructed() {
  var state = this._readableState;
  if (state.needReadable) maybeReadMore(this, state);
}
Readable._onConstructed = onConstructed;
inherits(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};

Readable.prototype.push = function push(chunk, encoding) {
  var state = this._readableState;
  return state.objectMode ?
    pushObjectMode(this, state, chunk, encoding) :
    pushByteMode(this, state, chunk, encoding);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  var state = this._readableState;
  return state.objectMode ?
    unshiftObjectMode(this, state, chunk) :
    unshiftByteMode(this, state, chunk, encoding);
};

function invalidChunk(stream, chunk) {
  errorOrDestroy(stream, codes.ERR_INVALID_CHUNK(chunk));
  return false;
}

function unshiftByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      if (state.encoding) chunk = Buffer.from(chunk, encoding).toString(state.encoding);
      else chunk = Buffer.from(chunk, encoding);
    }
  } else if (utils.isArrayBufferView(chunk)) {
    if (!Buffer.isBuffer(chunk)) chunk = utils.uint8ArrayToBuffer(chunk);
  } else if (chunk !== void 0) {
    return invalidChunk(stream, chunk);
  }
  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (state.endEmitted) errorOrDestroy(stream, codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  else if (state.destroyed || state.errored) return false;
  else addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

// The hot path of a socket: one call per chunk read from the kernel.
function pushByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (Buffer.isBuffer(chunk)) {
    encoding = '';
  } else if (utils.isArrayBufferView(chunk)) {
    chunk = utils.uint8ArrayToBuffer(chunk);
    encoding = '';
  } else if (chunk !== void 0) {
    return invalidChunk(stream, chunk);
  }

  if (!chunk || chunk.length <= 0) {
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }

  if (state.ended) {
    errorOrDestroy(stream, codes.ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }

  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder !== null && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }

  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObjectMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }

  if (state.ended) {
    errorOrDestroy(stream, codes.ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }

  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder !== null && !encoding) chunk = state.decoder.write(chunk);

  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// Room for more: below highWaterMark (or empty, so a zero highWaterMark still gets data).
function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.length = 0;
  else state.awaitDrainWriters = null;
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing === true && state.dataListening && !state.sync && state.length === 0) {
    // Fast path: a flowing consumer with nothing buffered gets the chunk directly.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else ownBuffer(state).unshift(chunk);
    } else {
      ownBuffer(state).push(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  var state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  var SD = getStringDecoder();
  var decoder = new SD(enc);
  var state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;

  // Re-decode whatever is already buffered.
  var content = '';
  var buf = state.buffer;
  for (var i = state.bufferIndex; i < buf.length; i++) content += decoder.write(buf[i]);
  state.buffer = content !== '' ? [content] : EMPTY;
  state.bufferIndex = 0;
  state.length = content.length;
  return this;
};

var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // Next power of two.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {   // NaN: read everything (one chunk when flowing)
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === void 0) {
    n = NaN;
  } else if (typeof n !== 'number' || Math.floor(n) !== n) {
    n = parseInt(n, 10);
  }
  var state = this._readableState;
  var nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at EOF): just emit 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read if the buffer is at or below the high water mark after this read.
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have changed how much can be returned.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  var ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }

  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      ownBuffer(state).push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Keep calling _read (via read(0)) while below highWaterMark, until it stops producing
  // synchronously; an asynchronous producer ends the loop through state.reading.
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function (dest, pipeOpts) {
  var src = this;
  var state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = state.awaitDrainWriters ? [state.awaitDrainWriters] : [];
  }

  if (state.pipes === EMPTY) state.pipes = [];
  state.pipes.push(dest);

  var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    !(typeof process !== 'undefined' && (dest === process.stdout || dest === process.stderr));

  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src) {
      if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
  }

  function onend() {
    dest.end();
  }

  var ondrain;
  var cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;

    // If we were waiting for this dest to drain, stop waiting: it can no longer do so.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1 &&
                 state.multiAwaitDrain) {
        if (state.awaitDrainWriters.indexOf(dest) === -1) state.awaitDrainWriters.push(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    var ret = dest.write(chunk);
    if (ret === false) pause();
  }

  // An error on dest unpipes it; rethrow if nobody else handles it.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  utils.prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    var state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      var i = state.awaitDrainWriters.indexOf(dest);
      if (i !== -1) state.awaitDrainWriters.splice(i, 1);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.length === 0) &&
        state.dataListening) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  var state = this._readableState;
  var unpipeInfo = { hasUnpiped: false };

  if (state.pipes.length === 0) return this;

  if (!dest) {
    var dests = state.pipes;
    state.pipes = EMPTY;
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;

  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// Adding a 'data' listener switches to flowing mode unless paused explicitly; adding a
// 'readable' listener switches to paused mode with 'readable' notifications.
Readable.prototype.on = function (ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;

  if (ev === 'data') {
    state.dataListening = true;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === void 0) nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) {
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  var state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners the stream stays in paused mode.
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state.paused = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style stream (emitting 'data'/'end', with pause()/resume()) as a Readable.
Readable.prototype.wrap = function (stream) {
  var paused = false;
  var self = this;

  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });

  this._read = function () {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  var keys = Object.keys(stream);
  for (var i = 1; i < keys.length; i++) {
    var k = keys[i];
    if (this[k] === void 0 && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

// Takes n bytes/characters (or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;

  var buf = state.buffer;
  var idx = state.bufferIndex;
  var len = buf.length;
  var ret;

  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if (state.decoder !== null) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.concat(idx === 0 ? buf : buf.slice(idx), state.length);
      idx = len;
    }
  } else if (n < buf[idx].length) {
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder !== null) {
    ret = '';
    while (idx < len) {
      var str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe ? Buffer.allocUnsafe(n) : Buffer.alloc(n);
    var retLen = n;
    while (idx < len) {
      var data = buf[idx];
      if (n > data.length) {
        data.copy(ret, retLen - n, 0, data.length);
        n -= data.length;
        buf[idx++] = null;
      } else {
        data.copy(ret, retLen - n, 0, n);
        if (n === data.length) buf[idx++] = null;
        else buf[idx] = data.slice(n);
        break;
      }
    }
  }

  if (idx === len) {
    state.buffer = EMPTY;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }

  return ret;
}

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    if (stream._onReadableEnd !== void 0) stream._onReadableEnd();
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side is done as well.
      var wState = stream._writableState;
      var autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  var writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

// Readable.from(iterable): arrays (and array-likes), strings and Buffers; each element becomes
// one chunk. objectMode by default, as in Node.
Readable.from = function (iterable, opts) {
  var items;
  if (typeof iterable === 'string' || Buffer.isBuffer(iterable)) {
    items = [iterable];
  } else if (iterable && typeof iterable.length === 'number') {
    items = Array.prototype.slice.call(iterable);
  } else if (iterable && typeof iterable.next === 'function') {
    items = null;
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('iterable', 'an Iterable', iterable);
  }
  var options = { objectMode: true, highWaterMark: 1 };
  if (opts) {
    for (var k in opts) if (Object.prototype.hasOwnProperty.call(opts, k)) options[k] = opts[k];
  }
  var idx = 0;
  var readable = new Readable(options);
  readable._read = function () {
    for (;;) {
      var value;
      if (items) {
        if (idx >= items.length) { this.push(null); return; }
        value = items[idx++];
      } else {
        var step = iterable.next();
        if (step.done) { this.push(null); return; }
        value = step.value;
      }
      if (value === null) {
        this.destroy(codes.ERR_STREAM_NULL_VALUES());
        return;
      }
      if (!this.push(value)) return;
    }
  };
  return readable;
};

function defineGetter(name, get, set) {
  var desc = { get: get, enumerable: false, configurable: true };
  if (set) desc.set = set;
  Object.defineProperty(Readable.prototype, name, desc);
}

defineGetter('readable', function () {
  var r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function (val) {
  if (this._readableState) this._readableState.readable = !!val;
});
defineGetter('readableDidRead', function () { return this._readableState.dataEmitted; });
defineGetter('readableAborted', function () {
  var r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
defineGetter('readableHighWaterMark', function () { return this._readableState.highWaterMark; });
defineGetter('readableBuffer', function () {
  var state = this._readableState;
  return state && state.buffer.slice(state.bufferIndex);
});
defineGetter('readableFlowing', function () {
  return this._readableState.flowing;
}, function (state) {
  if (this._readableState) this._readableState.flowing = state;
});
defineGetter('readableLength', function () { return this._readableState.length; });
defineGetter('readableObjectMode', function () {
  return this._readableState ? this._readableState.objectMode : false;
});
defineGetter('readableEncoding', function () {
  return this._readableState ? this._readableState.encoding : null;
});
defineGetter('errored', function () {
  return this._readableState ? this._readableState.errored : null;
});
defineGetter('closed', function () {
  return this._readableState ? this._readableState.closed : false;
});
defineGetter('destroyed', function () {
  return this._readableState ? this._readableState.destroyed : false;
}, function (value) {
  if (!this._readableState) return;
  this._readableState.destroyed = value;
});
defineGetter('readableEnded', function () {
  return this._readableState ? this._readableState.endEmitted : false;
});

Readable._fromList = fromList;

module.exports = Readable;
