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

// As Node, bad options reject the promise rather than throw.
function setTimeout(after, value, options) {
  if (options === void 0) options = {};
  try {
    validateOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise(function (resolve) {
    var timer = timers.setTimeout(resolve, after, value);
    if (options.ref === false) timer.unref();
  });
}

function setImmediate(value, options) {
  if (options === void 0) options = {};
  try {
    validateOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise(function (resolve) {
    var immediate = timers.setImmediate(resolve, value);
    if (options.ref === false) immediate.unref();
  });
}

exports.setTimeout = setTimeout;
exports.setImmediate = setImmediate;
exports.scheduler = {
  wait: function wait(delay, options) { return setTimeout(delay, void 0, options); },
  yield: function yieldNow() { return setImmediate(); }
};
