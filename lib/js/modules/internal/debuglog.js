'use strict';
// util.debuglog(section) (also util.debug): a logger that writes "SECTION PID: message" to stderr
// when NODE_DEBUG names the section (comma-separated, case-insensitive, * as a wildcard), as Node's.
// NODE_DEBUG is read on the first call of any logger, as Node reads it once.

var testEnabled = null;

function initialize() {
  var env = process.env.NODE_DEBUG;
  if (!env) {
    testEnabled = function () { return false; };
    return;
  }
  var pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
  var re = new RegExp('^(' + pattern + ')$', 'i');
  testEnabled = function (section) { return re.test(section); };
}

function isEnabled(section) {
  if (testEnabled === null) initialize();
  return testEnabled(section);
}

function noop() {}

function makeLogger(section) {
  var util = require('util');
  var prefix = section.toUpperCase() + ' ' + process.pid + ': ';
  return function debug() {
    process.stderr.write(prefix + util.format.apply(null, arguments) + '\n');
  };
}

module.exports = function debuglog(section, callback) {
  var impl = null;
  function init() {
    impl = isEnabled(section) ? makeLogger(section) : noop;
    if (typeof callback === 'function') callback(impl);
  }
  function logger(a, b, c, d) {
    if (impl === null) init();
    if (impl === noop) return;
    switch (arguments.length) {
      case 0: impl(); break;
      case 1: impl(a); break;
      case 2: impl(a, b); break;
      case 3: impl(a, b, c); break;
      case 4: impl(a, b, c, d); break;
      default: impl.apply(null, arguments);
    }
  }
  Object.defineProperty(logger, 'enabled', {
    get: function () {
      if (impl === null) init();
      return impl !== noop;
    },
    configurable: true,
    enumerable: true
  });
  return logger;
};
