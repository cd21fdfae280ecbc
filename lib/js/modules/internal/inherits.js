'use strict';
// util.inherits, in a module of its own: the stream and net modules need it at load time and must not
// pull the whole util module (inspect, format) into every start-up.

function inherits(ctor, superCtor) {
  var errors = require('internal/errors');
  if (ctor === void 0 || ctor === null) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('ctor', 'of type function', ctor);
  }
  if (superCtor === void 0 || superCtor === null) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === void 0) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true, enumerable: false
  });
  if (typeof Object.setPrototypeOf === 'function') {
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  } else {
    ctor.prototype = Object.create(superCtor.prototype, {
      constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
    });
  }
}

module.exports = inherits;
