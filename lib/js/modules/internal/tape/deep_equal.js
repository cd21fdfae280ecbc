'use strict';
// Structural equality as tape's t.deepEqual (strict: Object.is for leaves, same prototypes) and
// t.deepLooseEqual (loose: == for leaves) decide it, after the deep-equal package tape uses: arrays
// and plain objects by their own enumerable keys, Dates by time, RegExps by source and flags,
// Errors by name and message too, Buffers by bytes; cycles compare equal where both sides cycle.

function is(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function toStr(obj) { return Object.prototype.toString.call(obj); }

function isBuffer(x) {
  return typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' && Buffer.isBuffer(x);
}

function equal(a, b, strict, seen) {
  if (strict ? is(a, b) : a === b) return true;
  var aObj = a !== null && typeof a === 'object';
  var bObj = b !== null && typeof b === 'object';
  if (!aObj || !bObj) {
    if (strict) return false;
    if (aObj || bObj) return a == b;  // eslint-disable-line eqeqeq
    return a == b || (a !== a && b !== b);  // eslint-disable-line eqeqeq
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var tag = toStr(a);
  if (tag !== toStr(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (tag === '[object Date]') {
    if (a.getTime() !== b.getTime() && !(a.getTime() !== a.getTime() && b.getTime() !== b.getTime())) return false;
  } else if (tag === '[object RegExp]') {
    if (String(a) !== String(b)) return false;
  } else if (tag === '[object Error]' || a instanceof Error) {
    if (a.name !== b.name || a.message !== b.message) return false;
  } else if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]') {
    if (!is(a.valueOf(), b.valueOf())) return false;
  }
  if (isBuffer(a) || isBuffer(b)) {
    if (!isBuffer(a) || !isBuffer(b) || a.length !== b.length) return false;
    for (var j = 0; j < a.length; j++) {
      if (a[j] !== b[j]) return false;
    }
    return true;
  }

  // A pair already being compared further up: assume equal, as a cycle on both sides is.
  for (var s = 0; s < seen.length; s += 2) {
    if (seen[s] === a && seen[s + 1] === b) return true;
  }
  seen.push(a, b);
  var ka = Object.keys(a);
  var kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  ka.sort();
  kb.sort();
  for (var i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
  }
  for (i = 0; i < ka.length; i++) {
    if (!equal(a[ka[i]], b[ka[i]], strict, seen)) return false;
  }
  seen.length -= 2;
  return true;
}

module.exports = function deepEqual(a, b, strict) { return equal(a, b, !!strict, []); };
