'use strict';
// Values as tape shows them in a failed assertion's "expected:"/"actual:" lines. tape uses the
// object-inspect package, whose format differs from util.inspect ('a' not "a", [Error: m], no line
// wrapping); this is that format for the values tests compare, so the TAP reads the same as tape's.

var IDENTIFIER = /[^\w$]/;
var CONTROL = /[\x00-\x1f]/g;
var SHORT_ESCAPES = { 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

function lowByte(c) {
  var n = c.charCodeAt(0);
  if (SHORT_ESCAPES[n]) return '\\' + SHORT_ESCAPES[n];
  return '\\x' + (n < 0x10 ? '0' : '') + n.toString(16).toUpperCase();
}

function quote(s) {
  return "'" + s.replace(/(['\\])/g, '\\$1').replace(CONTROL, lowByte) + "'";
}

function toStr(obj) { return Object.prototype.toString.call(obj); }

function isError(obj) { return toStr(obj) === '[object Error]' || obj instanceof Error; }

function functionName(f) {
  if (f.name) return f.name;
  var m = /^function\s*([\w$]+)/.exec(Function.prototype.toString.call(f));
  return m ? m[1] : null;
}

function ownKeys(obj, skip) {
  var keys = Object.keys(obj);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    if (skip && skip(keys[i])) continue;
    out.push(keys[i]);
  }
  return out;
}

function entries(obj, keys, depth, seen, maxDepth) {
  var xs = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    xs.push((IDENTIFIER.test(k) ? quote(k) : k) + ': ' + inspect(obj[k], depth + 1, seen, maxDepth));
  }
  return xs;
}

var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n, width) {
  var s = String(Math.abs(n));
  while (s.length < width) s = '0' + s;
  return s;
}

// As V8's Date.prototype.toString (what tape shows under Node): "Thu Jan 01 1970 00:00:00 GMT+0000
// (Coordinated Universal Time)"; Duktape's own format differs. The zone's name is known only for UTC.
function dateString(d) {
  if (d.getTime() !== d.getTime()) return 'Invalid Date';
  var off = -d.getTimezoneOffset();
  return DAYS[d.getDay()] + ' ' + MONTHS[d.getMonth()] + ' ' + pad(d.getDate(), 2) + ' ' + pad(d.getFullYear(), 4) + ' ' +
         pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2) + ' GMT' +
         (off < 0 ? '-' : '+') + pad(Math.floor(Math.abs(off) / 60), 2) + pad(Math.abs(off) % 60, 2) +
         (off === 0 ? ' (Coordinated Universal Time)' : '');
}

function isIndex(k, length) { return /^(0|[1-9]\d*)$/.test(k) && Number(k) < length; }

function inspect(obj, depth, seen, maxDepth) {
  if (depth === void 0) depth = 0;
  if (maxDepth === void 0) maxDepth = 5;
  if (obj === void 0) return 'undefined';
  if (obj === null) return 'null';
  if (typeof obj === 'boolean') return obj ? 'true' : 'false';
  if (typeof obj === 'string') return quote(obj);
  if (typeof obj === 'number') return obj === 0 ? (1 / obj > 0 ? '0' : '-0') : String(obj);
  if (typeof obj === 'symbol') return String(obj);
  if (typeof obj === 'function') {
    var name = functionName(obj);
    var fkeys = ownKeys(obj);
    var tag = '[Function' + (name ? ': ' + name : ' (anonymous)') + ']';
    return fkeys.length ? tag + ' { ' + entries(obj, fkeys, depth, seen || [], maxDepth).join(', ') + ' }' : tag;
  }
  if (depth >= maxDepth) return Array.isArray(obj) ? '[Array]' : '[Object]';
  seen = seen || [];
  if (seen.indexOf(obj) !== -1) return '[Circular]';
  seen = seen.concat([obj]);

  if (Array.isArray(obj)) {
    if (obj.length === 0) return '[]';
    var items = [];
    for (var i = 0; i < obj.length; i++) items.push(inspect(obj[i], depth + 1, seen, maxDepth));
    var extra = entries(obj, ownKeys(obj, function (k) { return isIndex(k, obj.length); }), depth, seen, maxDepth);
    return '[ ' + items.concat(extra).join(', ') + ' ]';
  }
  if (isError(obj)) {
    var ekeys = ownKeys(obj);
    var head = '[' + String(obj) + ']';
    return ekeys.length ? '{ ' + head + ' ' + entries(obj, ekeys, depth, seen, maxDepth).join(', ') + ' }' : head;
  }
  if (toStr(obj) === '[object RegExp]') return RegExp.prototype.toString.call(obj);
  if (toStr(obj) === '[object Date]') return dateString(obj);
  if (toStr(obj) === '[object Number]') return '[Number: ' + inspect(obj.valueOf()) + ']';
  if (toStr(obj) === '[object String]') return '[String: ' + quote(obj.valueOf()) + ']';
  if (toStr(obj) === '[object Boolean]') return '[Boolean: ' + obj.valueOf() + ']';

  var proto = Object.getPrototypeOf(obj);
  var ctor = proto && proto !== Object.prototype && typeof obj.constructor === 'function' ? functionName(obj.constructor) : null;
  var prefix = (ctor ? ctor + ' ' : '') + (proto === null ? '[Object: null prototype] ' : '');
  var okeys = ownKeys(obj);
  if (okeys.length === 0) return prefix + '{}';
  return prefix + '{ ' + entries(obj, okeys, depth, seen, maxDepth).join(', ') + ' }';
}

module.exports = function (value, maxDepth) { return inspect(value, 0, null, maxDepth); };
