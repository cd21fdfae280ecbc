'use strict';
// destroy()/errorOrDestroy()/construct() shared by Readable, Writable and Duplex.
//
// destroy(err, cb): idempotent. Marks both sides destroyed, calls stream._destroy(err, onDestroy);
// when _destroy calls back, `closed` is set, cb runs, and on the next tick 'error' (if any, once)
// then 'close' (if emitClose) are emitted.

var utils = require('internal/streams/utils');
var codes = utils.codes;
// Internal code queues ticks through its own reference, as Node's internals do (one identifier
// lookup instead of a global one and a property read, on every tick).
var nextTick = process.nextTick;

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  var r = this._readableState;
  var w = this._writableState;
  var s = w || r;

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (!s.constructed) {
    var self = this;
    addQueued(this, '_destroyQueue', function (er) {
      _destroy(self, aggregateTwoErrors(er, err), cb);
    });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function aggregateTwoErrors(inner, outer) {
  return inner || outer || null;
}

function addQueued(stream, key, fn) {
  var q = stream[key];
  if (!q) {
    q = [];
    Object.defineProperty(stream, key, { value: q, writable: true, configurable: true, enumerable: false });
  }
  q.push(fn);
  return q.length;
}

function runQueued(stream, key, arg) {
  var q = stream[key];
  if (!q || q.length === 0) return;
  stream[key] = [];
  for (var i = 0; i < q.length; i++) q[i].call(stream, arg);
}

function _destroy(self, err, cb) {
  var called = false;

  function onDestroy(err2) {
    if (called) return;
    called = true;
    var r = self._readableState;
    var w = self._writableState;
    checkError(err2, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err2);
    if (err2) nextTick(emitErrorCloseNT, self, err2);
    else nextTick(emitCloseNT, self);
  }

  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState;
  var w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  var r = self._readableState;
  var w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  var r = this._readableState;
  var w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Used by the stream machinery for errors it detects: destroys the stream when autoDestroy is
// set, otherwise records the error and emits 'error' (on the next tick when sync).
function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState;
  var w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct(cb) on the next tick; until it calls back, the stream is not
// `constructed` (no _read/_write/_final). `cb` runs (with this = stream) once construction is done.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState;
  var w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  // A Duplex calls this twice (readable and writable parts); only start construction once.
  if (addQueued(stream, '_constructQueue', cb) > 1) return;
  nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;

  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    var r = stream._readableState;
    var w = stream._writableState;
    var s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) {
      stream._constructQueue = [];
      runQueued(stream, '_destroyQueue', err);
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      runQueued(stream, '_constructQueue');
    }
  }

  try {
    stream._construct(function (err) { nextTick(onConstruct, err); });
  } catch (err) {
    nextTick(onConstruct, err);
  }
}

// Destroys any stream-like object (used by pipeline()).
function destroyer(stream, err) {
  if (!stream || utils.isDestroyed(stream)) return;
  if (!err && !utils.isFinished(stream)) err = codes.AbortError();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) nextTick(function () { stream.emit('error', err); });
  else nextTick(function () { stream.emit('close'); });
  if (!stream.destroyed) stream._isDestroyedMark = true;
}

exports.construct = construct;
exports.destroyer = destroyer;
exports.destroy = destroy;
exports.undestroy = undestroy;
exports.errorOrDestroy = errorOrDestroy;
