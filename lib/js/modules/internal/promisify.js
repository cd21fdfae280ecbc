'use strict';
// util.promisify and util.callbackify, as Node v20 has them. A function may name its promise form
// in fn[util.promisify.custom] (timers do), or the names of the values its callback gets in
// fn[customPromisifyArgs] (dns.lookup: { address, family }).

var errors = require('internal/errors');

var custom = Symbol.for('nodejs.util.promisify.custom');
var customPromisifyArgs = Symbol('customPromisifyArgs');

// The own properties of `from` (the engine has no Object.getOwnPropertyDescriptors), each copied
// if the target lets it be.
function copyOwnProperties(to, from) {
  var names = Object.getOwnPropertyNames(from);
  for (var i = 0; i < names.length; i++) {
    try {
      Object.defineProperty(to, names[i], Object.getOwnPropertyDescriptor(from, names[i]));
    } catch (e) { /* non-configurable on the target (a function's prototype): keep the target's */ }
  }
}

function promisify(original) {
  if (typeof original !== 'function') throw errors.codes.ERR_INVALID_ARG_TYPE('original', 'of type function', original);
  var given = original[custom];
  if (given) {
    if (typeof given !== 'function') {
      throw errors.codes.ERR_INVALID_ARG_TYPE('util.promisify.custom', 'of type function', given);
    }
    Object.defineProperty(given, custom, { value: given, enumerable: false, writable: false, configurable: true });
    return given;
  }
  var argumentNames = original[customPromisifyArgs];
  function fn() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argumentNames !== void 0 && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = arguments[i + 1];
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      original.apply(self, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, custom, { value: fn, enumerable: false, writable: false, configurable: true });
  copyOwnProperties(fn, original);
  return fn;
}
promisify.custom = custom;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would read as success to a callback: Node wraps it.
  if (!reason) {
    var err = errors.makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw errors.codes.ERR_INVALID_ARG_TYPE('original', 'of type function', original);
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw errors.codes.ERR_INVALID_ARG_TYPE('last argument', 'of type function', maybeCb);
    var self = this;
    var cb = function (err, value) { return arguments.length > 1 ? maybeCb.call(self, err, value) : maybeCb.call(self, err); };
    original.apply(this, args).then(function (ret) { process.nextTick(cb, null, ret); },
                                    function (rej) { process.nextTick(callbackifyOnRejected, rej, cb); });
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  copyOwnProperties(callbackified, original);
  return callbackified;
}

exports.promisify = promisify;
exports.callbackify = callbackify;
exports.custom = custom;
exports.customPromisifyArgs = customPromisifyArgs;
