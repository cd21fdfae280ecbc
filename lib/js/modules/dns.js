'use strict';
// dns.lookup on libuv's getaddrinfo (the resolver the net module uses too).

var binding = process._binding('dns');
var tcp = process._binding('tcp');
var errors = require('internal/errors');
var netErrors = require('internal/net_errors');

// name 'family' (a number argument) or 'options.family' (a property), as Node's validateOneOf words it.
function normalizeFamily(family, name) {
  if (family === 'IPv4' && name !== 'family') return 4;
  if (family === 'IPv6' && name !== 'family') return 6;
  if (family === void 0 || family === null) return 0;
  if (family !== 0 && family !== 4 && family !== 6) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The ' + (name.indexOf('.') >= 0 ? 'property' : 'argument') +
      " '" + name + "' must be one of: 0, 4, 6. Received " + require('util').inspect(family));
  }
  return family;
}

var VALID_HINTS = 32 | 8 | 16;  // ADDRCONFIG | V4MAPPED | ALL

// lookup(hostname[, options], callback(err, address, family)) or with {all: true}
// callback(err, [{address, family}]).
function lookup(hostname, options, callback) {
  return lookupAnswering(hostname, options, callback, deferred);
}

function deferred(fn, a, b) { process.nextTick(fn, a, b); }
function now(fn, a, b) { fn(a, b); }

// lookup, with `answer` calling back for the answers known at once (an empty name, an IP address):
// the callback form answers on the next tick, dns.promises at once (its promise settles then).
function lookupAnswering(hostname, options, callback, answer) {
  var family = 0;
  var all = false;
  var hints = 0;
  if (typeof options === 'function') {
    callback = options;
    options = void 0;
  }
  if (typeof callback !== 'function') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', callback);
  }
  if (hostname !== void 0 && hostname !== null && typeof hostname !== 'string') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('hostname', 'of type string', hostname);
  }
  if (typeof options === 'number') {
    family = normalizeFamily(options, 'family');
  } else if (options !== void 0 && options !== null) {
    if (typeof options !== 'object') throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object or integer', options);
    if (options.hints !== void 0 && options.hints !== null) {
      if (typeof options.hints !== 'number') {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "options.hints" property must be of type number. Received ' + require('util').inspect(options.hints));
      }
      hints = options.hints >>> 0;
      if ((hints & ~VALID_HINTS) !== 0) {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'hints' is invalid. Received " + hints);
      }
    }
    family = normalizeFamily(options.family, 'options.family');
    if (options.all !== void 0 && options.all !== null) {
      if (typeof options.all !== 'boolean') {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "options.all" property must be of type boolean. Received ' +
          (typeof options.all === 'string' ? "type string ('" + options.all + "')" : require('util').inspect(options.all)));
      }
      all = options.all;
    }
  }

  if (!hostname) {
    // Node answers an empty name with no address, asynchronously.
    if (all) answer(callback, null, []);
    else answer(function (err) { callback(err, null, family === 6 ? 6 : 4); }, null);
    return {};
  }

  var literal = tcp.isIP(hostname);
  if (literal) {
    if (all) answer(callback, null, [{ address: hostname, family: literal }]);
    else answer(function (err, address) { callback(err, address, literal); }, null, hostname);
    return {};
  }

  var rc = binding.lookup(hostname, family, (hints & exports.ADDRCONFIG) !== 0, function (status, addresses) {
    if (status < 0) {
      callback(netErrors.dnsException(status, 'getaddrinfo', hostname));
      return;
    }
    if (all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
  if (rc < 0) {
    var err = netErrors.dnsException(rc, 'getaddrinfo', hostname);
    process.nextTick(callback, err);
  }
  return {};
}

exports.lookup = lookup;
Object.defineProperty(exports, '_lookupAnswering', { value: lookupAnswering, enumerable: false });
Object.defineProperty(exports, '_answerNow', { value: now, enumerable: false });
// util.promisify(dns.lookup) resolves with { address, family }, as in Node.
Object.defineProperty(lookup, require('internal/promisify').customPromisifyArgs,
  { value: ['address', 'family'], enumerable: false });
require('internal/lazy_properties')(exports, ['promises'], function () { return require('dns/promises'); }, true);
// getaddrinfo's AI_ flags on Linux, the values Node exports.
exports.ADDRCONFIG = 32;
exports.V4MAPPED = 8;
exports.ALL = 16;
exports.NOTFOUND = 'ENOTFOUND';
