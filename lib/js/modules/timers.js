'use strict';
// setTimeout/setInterval over one native timer per Timeout; setImmediate over one shared queue that
// the host drains after each poll phase.

var binding = process._binding('timers');
var errors = require('internal/errors');

var TIMEOUT_MAX = 2147483647;

function validateCallback(fn) {
  if (typeof fn !== 'function') throw errors.codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', fn);
}

function coerceDelay(ms) {
  ms = Number(ms);
  // Node: anything that is not a number in [1, TIMEOUT_MAX] becomes 1, with a warning when too large.
  if (!(ms >= 1 && ms <= TIMEOUT_MAX)) {
    if (ms > TIMEOUT_MAX) {
      process.emitWarning(ms + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
                          'TimeoutOverflowWarning');
    }
    ms = 1;
  }
  return Math.floor(ms);
}

function Timeout(callback, after, args, repeat) {
  this._onTimeout = callback;
  this._idleTimeout = after;
  this._repeat = repeat ? after : null;
  this._args = args;
  this._destroyed = false;
  this._ref = true;
  this._handle = new binding.Timer();
  this._handle.owner = this;
  // Names the timer in `netjs test` hang reports ("timer (setInterval 10 ms)").
  this._handle.setLabel((repeat ? 'setInterval ' : 'setTimeout ') + after + ' ms');
  this._handle.start(after, repeat ? after : 0);
}

Timeout.prototype.ref = function () {
  this._ref = true;
  if (this._handle) this._handle.ref();
  return this;
};

Timeout.prototype.unref = function () {
  this._ref = false;
  if (this._handle) this._handle.unref();
  return this;
};

Timeout.prototype.hasRef = function () { return this._ref && !this._destroyed; };

Timeout.prototype.refresh = function () {
  if (this._handle) this._handle.start(this._idleTimeout, this._repeat || 0);
  return this;
};

Timeout.prototype.close = function () {
  if (this._destroyed) return this;
  this._destroyed = true;
  if (this._handle) {
    this._handle.owner = null;
    this._handle.close();
    this._handle = null;
  }
  return this;
};

Timeout.prototype[Symbol.toPrimitive] = function () { return this._handle ? 1 : 0; };

function onTimeout() {
  var timer = this.owner;
  if (!timer || timer._destroyed) return;
  if (timer._repeat === null) timer.close();  // one-shot: gone before the callback, even if it throws
  var args = timer._args;
  var fn = timer._onTimeout;
  if (args === void 0) fn.call(timer);
  else fn.apply(timer, args);
}

function collectArgs(argsObj, from) {
  if (argsObj.length <= from) return void 0;
  var args = new Array(argsObj.length - from);
  for (var i = from; i < argsObj.length; i++) args[i - from] = argsObj[i];
  return args;
}

function setTimeout(callback, after) {
  validateCallback(callback);
  return new Timeout(callback, coerceDelay(after), collectArgs(arguments, 2), false);
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  return new Timeout(callback, coerceDelay(repeat), collectArgs(arguments, 2), true);
}

function clearTimeout(timer) {
  if (timer && typeof timer.close === 'function' && timer instanceof Timeout) timer.close();
  else if (timer && timer instanceof Immediate) clearImmediate(timer);
}

// --- immediates ------------------------------------------------------------------------------------
var immediateQueue = [];
var refedImmediates = 0;

function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this._ref = true;
}

Immediate.prototype.ref = function () {
  if (!this._ref && !this._destroyed) {
    this._ref = true;
    refedImmediates++;
    updateImmediateHook();
  }
  return this;
};

Immediate.prototype.unref = function () {
  if (this._ref && !this._destroyed) {
    this._ref = false;
    refedImmediates--;
    updateImmediateHook();
  }
  return this;
};

Immediate.prototype.hasRef = function () { return this._ref && !this._destroyed; };

function updateImmediateHook() {
  binding.toggleImmediate(immediateQueue.length > 0, refedImmediates > 0);
}

function processImmediates() {
  // Immediates queued while this batch runs wait for the next loop iteration, as in Node.
  var batch = immediateQueue;
  immediateQueue = [];
  for (var i = 0; i < batch.length; i++) {
    var im = batch[i];
    if (im._destroyed) continue;
    im._destroyed = true;
    if (im._ref) refedImmediates--;
    try {
      if (im._argv === void 0) im._onImmediate();
      else im._onImmediate.apply(im, im._argv);
      process._tickCallback();
    } catch (e) {
      // Keep the rest of the batch for the next iteration, then let the error go to the host.
      immediateQueue = batch.slice(i + 1).concat(immediateQueue);
      updateImmediateHook();
      throw e;
    }
  }
  updateImmediateHook();
}

function setImmediate(callback) {
  validateCallback(callback);
  var im = new Immediate(callback, collectArgs(arguments, 1));
  immediateQueue.push(im);
  refedImmediates++;
  updateImmediateHook();
  return im;
}

function clearImmediate(im) {
  if (!im || !(im instanceof Immediate) || im._destroyed) return;
  im._destroyed = true;
  if (im._ref) refedImmediates--;
  var idx = immediateQueue.indexOf(im);
  if (idx !== -1) immediateQueue.splice(idx, 1);
  updateImmediateHook();
}

binding.setup(onTimeout, processImmediates);

// util.promisify(setTimeout) is timers/promises' setTimeout, loaded when asked for.
[setTimeout, setImmediate].forEach(function (fn) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    configurable: true,
    get: function () { return require('timers/promises')[fn === setTimeout ? 'setTimeout' : 'setImmediate']; }
  });
});

exports.setTimeout = setTimeout;
exports.clearTimeout = clearTimeout;
exports.setInterval = setInterval;
exports.clearInterval = clearTimeout;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;
exports.Timeout = Timeout;
exports.Immediate = Immediate;
