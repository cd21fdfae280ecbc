'use strict';
// require('dns/promises') (also dns.promises): lookup as a promise of { address, family }, or of
// the list with { all: true }.

var dns = require('dns');

function lookup(hostname, options) {
  // Bad arguments throw, as in Node; an address or an empty name resolves at once; errors reject.
  var result = {};
  var promise = new Promise(function (resolve, reject) {
    result.resolve = resolve;
    result.reject = reject;
  });
  dns._lookupAnswering(hostname, options, function (err, address, family) {
    if (err) result.reject(err);
    else if (Array.isArray(address)) result.resolve(address);
    else result.resolve({ address: address, family: family });
  }, dns._answerNow);
  return promise;
}

exports.lookup = lookup;
exports.ADDRCONFIG = dns.ADDRCONFIG;
exports.V4MAPPED = dns.V4MAPPED;
exports.ALL = dns.ALL;
exports.NOTFOUND = dns.NOTFOUND;
