'use strict';
// Node-style errors: `code` property, message, and a name that reads "TypeError [ERR_X]" when
// printed, as script authors see in Node.

function makeNodeError(Base, code, message) {
  var err = new Base(message);
  err.code = code;
  Object.defineProperty(err, 'toString', {
    value: function () { return Base.prototype.name + ' [' + code + ']: ' + this.message; },
    enumerable: false, configurable: true, writable: true
  });
  return err;
}

function describeValue(value) {
  if (value === null) return 'null';
  if (value === void 0) return 'undefined';
  if (typeof value === 'function') return 'function ' + (value.name || '<anonymous>');
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return 'an instance of ' + value.constructor.name;
    return 'an instance of Object';
  }
  var shown = String(value);
  if (shown.length > 25) shown = shown.slice(0, 25) + '...';
  if (typeof value === 'string') shown = "'" + shown + "'";
  return 'type ' + typeof value + ' (' + shown + ')';
}

// How ERR_INVALID_ARG_VALUE shows the value: Node's util.inspect, cut at 128 characters.
function inspectValue(value) {
  var shown;
  if (typeof value === 'string') shown = "'" + value + "'";
  else if (value === null || typeof value !== 'object' && typeof value !== 'function') shown = String(value);
  else shown = require('util').inspect(value);
  return shown.length > 128 ? shown.slice(0, 128) + '...' : shown;
}

var codes = {
  ERR_INVALID_ARG_TYPE: function (name, expected, actual) {
    // As Node: "The last argument must ...", 'The "options.x" property must ...'.
    var what = / argument$/.test(name) ? name : '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument');
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The ' + what + ' must be ' + expected + '. Received ' + describeValue(actual));
  },
  ERR_INVALID_ARG_VALUE: function (name, value, reason) {
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument '" + name + "' " + (reason || 'is invalid') + '. Received ' + inspectValue(value));
  },
  ERR_OUT_OF_RANGE: function (name, range, value) {
    return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + String(value));
  },
  ERR_UNKNOWN_ENCODING: function (enc) {
    return makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
  },
  ERR_MISSING_ARGS: function (name) {
    return makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
  },
  ERR_UNHANDLED_ERROR: function (value) {
    return makeNodeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + describeValue(value) + ')');
  }
};

// Generic constructor for codes a module defines locally: makeNodeError(RangeError, 'ERR_X', 'msg').
exports.makeNodeError = makeNodeError;
exports.describeValue = describeValue;
exports.codes = codes;
