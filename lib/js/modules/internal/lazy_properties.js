'use strict';
// Properties computed on first read: each name gets an accessor pair that, on first get, stores
// load(name) as a plain data property (a set stores the value given instead). Start-up defines the
// globals and process.stdout this way, so a module is loaded only when a script uses it. One getter
// and one setter serve every name of a call: Duktape passes the property's key to accessors.

module.exports = function defineLazyProperties(target, names, load, enumerable) {
  function define(name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: enumerable });
  }
  function get(name) {
    var value = load(name);
    define(name, value);
    return value;
  }
  function set(value, name) { define(name, value); }
  for (var i = 0; i < names.length; i++) {
    Object.defineProperty(target, names[i], { configurable: true, enumerable: enumerable, get: get, set: set });
  }
};
