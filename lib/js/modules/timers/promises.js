'use strict';
// require('timers/promises'): setTimeout and setImmediate as promises of a value, setInterval as an
// async iterator of it, and scheduler.

var timers = require('timers');
var errors = require('internal/errors');

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  }
  if (options.signal !== void 0) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "options.signal" property must be an instance of AbortSignal. Received ' + errors.describeValue(options.signal));
  }
  if (options.ref !== void 0 && typeof options.ref !== 'boolean') {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "options.ref" property must be of type boolean. Received ' + errors.describeValue(options.ref));
  }
}

// The promise of a timer: start(resolve) starts it and returns its handle. As Node, bad options reject
// the promise rather than throw.
function timerPromise(options, start) {
  if (options === void 0) options = {};
  try {
    validateOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise(function (resolve) {
    var handle = start(resolve);
    if (options.ref === false) handle.unref();
  });
}

function setTimeout(after, value, options) {
  return timerPromise(options, function (resolve) { return timers.setTimeout(resolve, after, value); });
}

function setImmediate(value, options) {
  return timerPromise(options, function (resolve) { return timers.setImmediate(resolve, value); });
}

// Node's setInterval is an async generator; this engine has none, so this is the object one gives:
// next() promises the next tick's value (ticks not yet taken are counted, each taken in turn), return()
// stops it. As a generator's body, the interval starts with the first next(); bad options reject it.
function setInterval(after, value, options) {
  if (options === void 0) options = {};
  var optionsError = null;
  try {
    validateOptions(options);
  } catch (e) {
    optionsError = e;
  }
  var handle = null;
  var done = false;
  var notYielded = 0;
  var waiting = [];
  function finish() {
    done = true;
    if (handle !== null) timers.clearInterval(handle);
    handle = null;
    var pending = waiting;
    waiting = [];
    for (var i = 0; i < pending.length; i++) pending[i]({ value: void 0, done: true });
  }
  function onInterval() {
    notYielded++;
    while (notYielded > 0 && waiting.length > 0) {
      notYielded--;
      waiting.shift()({ value: value, done: false });
    }
  }
  var iterator = {
    next: function next() {
      if (optionsError !== null) {
        var err = optionsError;
        optionsError = null;
        done = true;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: void 0, done: true });
      if (handle === null) {
        handle = timers.setInterval(onInterval, after);
        if (options.ref === false) handle.unref();
      }
      if (notYielded > 0) {
        notYielded--;
        return Promise.resolve({ value: value, done: false });
      }
      return new Promise(function (resolve) { waiting.push(resolve); });
    },
    return: function (returned) {
      finish();
      return Promise.resolve({ value: returned, done: true });
    },
    throw: function (err) {
      finish();
      return Promise.reject(err);
    }
  };
  if (typeof Symbol === 'function' && typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }
  return iterator;
}

exports.setTimeout = setTimeout;
exports.setInterval = setInterval;
exports.setImmediate = setImmediate;
exports.scheduler = {
  wait: function wait(delay, options) { return setTimeout(delay, void 0, options); },
  yield: function yieldNow() { return setImmediate(); }
};
