'use strict';
// dns.lookup on libuv's getaddrinfo (the resolver the net module uses too).

var binding = process._binding('dns');
var tcp = process._binding('tcp');
var errors = require('internal/errors');
var netErrors = require('internal/net_errors');

function normalizeFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  if (family === undefined || family === null) return 0;
  if (family !== 0 && family !== 4 && family !== 6) {
    throw errors.codes.ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
  }
  return family;
}

// lookup(hostname[, options], callback(err, address, family)) or with {all: true}
// callback(err, [{address, family}]).
function lookup(hostname, options, callback) {
  var family = 0;
  var all = false;
  var hints = 0;
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', callback);
  }
  if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('hostname', 'of type string', hostname);
  }
  if (typeof options === 'number') {
    family = normalizeFamily(options);
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
    family = normalizeFamily(options.family);
    all = options.all === true;
    hints = options.hints >>> 0;
  }

  if (!hostname) {
    // Node answers an empty name with no address, asynchronously.
    process.nextTick(function () {
      if (all) callback(null, []);
      else callback(null, null, family === 6 ? 6 : 4);
    });
    return {};
  }

  var literal = tcp.isIP(hostname);
  if (literal) {
    process.nextTick(function () {
      if (all) callback(null, [{ address: hostname, family: literal }]);
      else callback(null, hostname, literal);
    });
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
exports.ADDRCONFIG = 1024;
exports.V4MAPPED = 2048;
exports.ALL = 256;
exports.NOTFOUND = 'ENOTFOUND';
