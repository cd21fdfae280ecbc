'use strict';
// Duplex: a Readable that is also a Writable (Writable's methods are mixed in).
//
// allowHalfOpen (default true): when false, the writable side is ended automatically (on the
// next tick) after the readable side emits 'end'. With autoDestroy, the stream is destroyed only
// once both sides are done.

var inherits = require('internal/inherits');
var Stream = require('internal/streams/legacy');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var destroyImpl = require('internal/streams/destroy');
// What Stream's constructor does (EventEmitter's setup), without the two calls in between.
var initEmitter = require('events').init;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    // An own property only where it differs from the prototype's (true for Duplex, false for a socket).
    var allowHalfOpen = options.allowHalfOpen !== false;
    if (this.allowHalfOpen !== allowHalfOpen) this.allowHalfOpen = allowHalfOpen;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }

    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }

  initEmitter.call(this, options);

  if (this._construct != null) destroyImpl.construct(this, onConstructed);
}
inherits(Duplex, Readable);
Duplex.prototype.allowHalfOpen = true;

function onConstructed() {
  Readable._onConstructed.call(this);
  Writable._onConstructed.call(this);
}

// Mix in Writable's methods that Readable does not define, then Writable's property accessors.
(function () {
  var keys = Object.keys(Writable.prototype);
  var i;
  for (i = 0; i < keys.length; i++) {
    var method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
  var accessors = ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
    'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain',
    'writableAborted'];
  for (i = 0; i < accessors.length; i++) {
    Object.defineProperty(Duplex.prototype, accessors[i],
      Object.getOwnPropertyDescriptor(Writable.prototype, accessors[i]));
  }
})();

// Writable's destroy() fails pending writes; it covers the readable side as well.
Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get: function () {
    if (this._readableState === void 0 || this._writableState === void 0) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set: function (value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  enumerable: false,
  configurable: true
});

module.exports = Duplex;
