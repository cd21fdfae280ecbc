'use strict';
// require('timers/promises'): setTimeout and setImmediate as promises of a value, and scheduler.
// setInterval's async iterator is left out: it needs async generators, which this engine has not.

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

exports.setTimeout = setTimeout;
exports.setImmediate = setImmediate;
exports.scheduler = {
  wait: function wait(delay, options) { return setTimeout(delay, void 0, options); },
  yield: function yieldNow() { return setImmediate(); }
};
