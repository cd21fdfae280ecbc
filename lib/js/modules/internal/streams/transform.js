'use strict';
// Transform: a Duplex whose output is computed from its input by _transform(chunk, enc, cb);
// _flush(cb) runs when the writable side ends, before the readable side is ended.

var inherits = require('internal/inherits');
var Duplex = require('internal/streams/duplex');
var utils = require('internal/streams/utils');
var codes = utils.codes;

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A zero readable highWaterMark would stall the transform; keep Node's adjustment.
  var readableHighWaterMark = options ?
    utils.getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    var copy = {};
    for (var k in options) if (Object.prototype.hasOwnProperty.call(options, k)) copy[k] = options[k];
    copy.highWaterMark = null;
    copy.readableHighWaterMark = readableHighWaterMark;
    copy.writableHighWaterMark = options.writableHighWaterMark || 0;
    options = copy;
  }

  Duplex.call(this, options);

  // Output is produced in response to writes, never synchronously inside _read.
  this._readableState.sync = false;

  this._pendingCallback = null;   // write callback held back while the readable side is full
  this._pendingLength = 0;
  var self = this;
  this._afterTransform = function (err, val) { afterTransform(self, err, val); };

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  this.on('prefinish', prefinish);
}
inherits(Transform, Duplex);

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  this._writeCallback = callback;
  this._pendingLength = this._readableState.length;
  this._transform(chunk, encoding, this._afterTransform);
};

function afterTransform(self, err, val) {
  var callback = self._writeCallback;
  self._writeCallback = null;
  if (typeof callback !== 'function') {
    // The transform callback was called twice: let the writable side report it.
    callback = self._writableState.onwrite;
  }
  if (err) {
    callback(err);
    return;
  }

  var rState = self._readableState;
  var wState = self._writableState;

  if (val != null) self.push(val);

  if (rState.ended) {
    // push(null) inside the transform: defer so the ended state is seen first.
    process.nextTick(callback);
  } else if (wState.ended || self._pendingLength === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    self._pendingCallback = callback;
  }
}

Transform.prototype._read = function () {
  if (this._pendingCallback) {
    var callback = this._pendingCallback;
    this._pendingCallback = null;
    callback();
  }
};

module.exports = Transform;
