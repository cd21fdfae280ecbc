'use strict';
// process members whose argument checks are Node's (and whose code need not load at start-up):
// bootstrap.js defines each as a stub that calls in here.

var binding = process._binding('process');
var codes = require('internal/errors').codes;
var makeNodeError = require('internal/errors').makeNodeError;

// A number, or an octal string such as '022'.
exports.umask = function umask(mask) {
  if (mask === void 0) return binding.umask(void 0);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  if (typeof mask !== 'number') throw codes.ERR_INVALID_ARG_TYPE('mask', 'of type number', mask);
  if (Math.floor(mask) !== mask) throw codes.ERR_OUT_OF_RANGE('mask', 'an integer', mask);
  if (mask < 0 || mask > 4294967295) throw codes.ERR_OUT_OF_RANGE('mask', '>= 0 && <= 4294967295', mask);
  return binding.umask(mask);
};

function validUsage(n) { return typeof n === 'number' && n >= 0 && n <= 9007199254740991; }

function badUsage(name, value) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'of type number', value);
  return makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
    "The property '" + name + "' is invalid. Received " + String(value));
}

// { user, system } in microseconds, or the difference from an earlier result.
exports.cpuUsage = function cpuUsage(prevValue) {
  var now = binding.cpuUsage();
  if (prevValue) {
    if (typeof prevValue !== 'object') throw codes.ERR_INVALID_ARG_TYPE('prevValue', 'of type object', prevValue);
    if (!validUsage(prevValue.user)) throw badUsage('prevValue.user', prevValue.user);
    if (!validUsage(prevValue.system)) throw badUsage('prevValue.system', prevValue.system);
    return { user: now[0] - prevValue.user, system: now[1] - prevValue.system };
  }
  return { user: now[0], system: now[1] };
};

