'use strict';
// Node's util module in ES5 for Duktape: inherits, format, inspect (a port of the parts of Node's
// lib/internal/util/inspect.js that matter for script output), type predicates and deprecate.
// inspect() and format() must never throw on odd values: getters are shown, not invoked, and every
// host lookup that could throw is guarded.

var hasSymbol = typeof Symbol === 'function' && typeof Symbol() === 'symbol';
var hasMap = typeof Map === 'function';
var hasSet = typeof Set === 'function';

var objToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;

var customInspectSymbol = hasSymbol ? Symbol['for']('nodejs.util.inspect.custom') : 'inspect';
var toStringTagSymbol = hasSymbol && typeof Symbol.toStringTag === 'symbol' ? Symbol.toStringTag : void 0;
var iteratorSymbol = hasSymbol && typeof Symbol.iterator === 'symbol' ? Symbol.iterator : void 0;

function tagOf(v) {
  try {
    return objToString.call(v);
  } catch (e) {
    return '[object Object]';
  }
}

// ---- type predicates -------------------------------------------------------------------------

function isArray(v) { return Array.isArray(v); }
function isBoolean(v) { return typeof v === 'boolean'; }
function isNull(v) { return v === null; }
function isNullOrUndefined(v) { return v === null || v === void 0; }
function isNumber(v) { return typeof v === 'number'; }
function isString(v) { return typeof v === 'string'; }
function isSymbol(v) { return typeof v === 'symbol'; }
function isUndefined(v) { return v === void 0; }
function isObject(v) { return v !== null && typeof v === 'object'; }
function isFunction(v) { return typeof v === 'function'; }
function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }
function isRegExp(v) { return isObject(v) && tagOf(v) === '[object RegExp]'; }
function isDate(v) { return isObject(v) && tagOf(v) === '[object Date]'; }
function isError(v) {
  if (!isObject(v)) return false;
  if (tagOf(v) === '[object Error]') return true;
  try {
    return v instanceof Error;
  } catch (e) {
    return false;
  }
}
function isBuffer(v) {
  if (typeof Buffer === 'undefined' || !Buffer || typeof Buffer.isBuffer !== 'function') return false;
  try {
    return Buffer.isBuffer(v) === true;
  } catch (e) {
    return false;
  }
}

var typedArrayTags = {
  '[object Int8Array]': 'Int8Array',
  '[object Uint8Array]': 'Uint8Array',
  '[object Uint8ClampedArray]': 'Uint8ClampedArray',
  '[object Int16Array]': 'Int16Array',
  '[object Uint16Array]': 'Uint16Array',
  '[object Int32Array]': 'Int32Array',
  '[object Uint32Array]': 'Uint32Array',
  '[object Float32Array]': 'Float32Array',
  '[object Float64Array]': 'Float64Array',
  '[object BigInt64Array]': 'BigInt64Array',
  '[object BigUint64Array]': 'BigUint64Array'
};

function isTypedArray(v) {
  if (!isObject(v)) return false;
  if (typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function') {
    try {
      if (!ArrayBuffer.isView(v)) return false;
    } catch (e) {
      return false;
    }
  }
  return hasOwn.call(typedArrayTags, tagOf(v));
}
function isUint8Array(v) { return isObject(v) && tagOf(v) === '[object Uint8Array]'; }
function isArrayBuffer(v) { return isObject(v) && tagOf(v) === '[object ArrayBuffer]'; }
function isDataView(v) { return isObject(v) && tagOf(v) === '[object DataView]'; }
function isMap(v) {
  if (!hasMap || !isObject(v)) return false;
  try { Map.prototype.has.call(v, void 0); return true; } catch (e) { return false; }
}
function isSet(v) {
  if (!hasSet || !isObject(v)) return false;
  try { Set.prototype.has.call(v, void 0); return true; } catch (e) { return false; }
}
function isPromise(v) { return isObject(v) && tagOf(v) === '[object Promise]'; }
function isArgumentsObject(v) { return isObject(v) && tagOf(v) === '[object Arguments]'; }
function isNumberObject(v) { return isObject(v) && tagOf(v) === '[object Number]'; }
function isStringObject(v) { return isObject(v) && tagOf(v) === '[object String]'; }
function isBooleanObject(v) { return isObject(v) && tagOf(v) === '[object Boolean]'; }
function isSymbolObject(v) { return isObject(v) && tagOf(v) === '[object Symbol]'; }
function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isSymbolObject(v);
}

// ---- inherits --------------------------------------------------------------------------------

var inherits = require('internal/inherits');

// ---- inspect ---------------------------------------------------------------------------------

var inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};

var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;
var kMinLineWidth = 16;

var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var numberRegExp = /^(0|[1-9][0-9]*)$/;

function repeat(s, n) {
  n = Math.floor(n);
  var out = '';
  while (n-- > 0) out += s;
  return out;
}

function stylizeNoColor(str) {
  return str;
}

var meta = [];
(function () {
  for (var i = 0; i < 0x20; i++) {
    var h = i.toString(16).toUpperCase();
    meta[i] = '\\x' + (h.length < 2 ? '0' + h : h);
  }
  meta[8] = '\\b';
  meta[9] = '\\t';
  meta[10] = '\\n';
  meta[12] = '\\f';
  meta[13] = '\\r';
})();

function strEscape(str) {
  var singleQuote = 39;
  var quote = "'";
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) {
      singleQuote = -2;
      quote = '"';
    } else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
      singleQuote = -1;
      quote = '`';
    }
  }
  var result = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    var rep;
    if (c === singleQuote || c === 92 || c < 32 || c === 127) {
      if (c === 92) rep = '\\\\';
      else if (c === singleQuote) rep = "\\'";
      else if (c === 127) rep = '\\x7F';
      else rep = meta[c];
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        var n = str.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = '\\u' + c.toString(16).toUpperCase();
    } else {
      continue;
    }
    result += str.slice(last, i) + rep;
    last = i + 1;
  }
  if (last === 0) return quote + str + quote;
  return quote + result + str.slice(last) + quote;
}

function formatNumber(fn, n) {
  if (n === 0 && 1 / n < 0) return fn('-0', 'number');
  return fn('' + n, 'number');
}

function symbolToString(sym) {
  try {
    return String(sym);
  } catch (e) {
    return 'Symbol()';
  }
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    var trailer = '';
    if (ctx.maxStringLength !== null && value.length > ctx.maxStringLength) {
      var remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
    }
    if (ctx.compact !== true && value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      var parts = splitNewLines(value);
      if (parts.length > 1) {
        var lines = [];
        for (var i = 0; i < parts.length; i++) lines.push(fn(strEscape(parts[i]), 'string'));
        return lines.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
      }
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value);
  if (typeof value === 'boolean') return fn('' + value, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  if (typeof value === 'symbol') return fn(symbolToString(value), 'symbol');
  if (typeof value === 'bigint') return fn(String(value) + 'n', 'bigint');
  return fn(String(value), 'special');
}

// Split after each '\n', keeping it with the preceding line (Duktape lacks regexp lookbehind).
function splitNewLines(str) {
  var parts = [];
  var last = 0;
  var idx;
  while ((idx = str.indexOf('\n', last)) !== -1 && idx < str.length - 1) {
    parts.push(str.slice(last, idx + 1));
    last = idx + 1;
  }
  parts.push(str.slice(last));
  return parts;
}

function safeGetPrototypeOf(obj) {
  try {
    return Object.getPrototypeOf(obj);
  } catch (e) {
    return null;
  }
}

function safeDescriptor(obj, key) {
  try {
    return Object.getOwnPropertyDescriptor(obj, key);
  } catch (e) {
    return void 0;
  }
}

function getConstructorName(obj) {
  var depth = 0;
  var firstProto;
  var cur = obj;
  while (cur !== null && cur !== void 0 && depth < 1000) {
    var desc = safeDescriptor(cur, 'constructor');
    if (desc !== void 0 && typeof desc.value === 'function' && typeof desc.value.name === 'string' &&
        desc.value.name !== '') {
      var isInst = false;
      try {
        isInst = desc.value.prototype !== void 0 && obj instanceof desc.value;
      } catch (e) {
        isInst = false;
      }
      if (isInst) return desc.value.name;
    }
    cur = safeGetPrototypeOf(cur);
    if (firstProto === void 0) firstProto = cur;
    depth++;
  }
  if (firstProto === null) return null;
  return 'Object';
}

function getPrefix(constructor, tag, fallback, size) {
  if (size === void 0) size = '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

function getKeys(value, showHidden) {
  var keys;
  var i;
  try {
    keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  } catch (e) {
    keys = [];
  }
  if (hasSymbol && typeof Object.getOwnPropertySymbols === 'function') {
    var symbols;
    try {
      symbols = Object.getOwnPropertySymbols(value);
    } catch (e2) {
      symbols = [];
    }
    for (i = 0; i < symbols.length; i++) {
      if (showHidden || propIsEnum.call(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

function isIndexKey(key) {
  return typeof key === 'string' && numberRegExp.test(key) && +key < 4294967295;
}

function getOwnNonIndexProperties(value, showHidden, dropLength) {
  var all = getKeys(value, showHidden);
  var out = [];
  for (var i = 0; i < all.length; i++) {
    var k = all[i];
    if (isIndexKey(k)) continue;
    if (dropLength && k === 'length') continue;
    out.push(k);
  }
  return out;
}

function functionName(fn) {
  var name;
  try {
    name = fn.name;
  } catch (e) {
    name = '';
  }
  return typeof name === 'string' ? name : '';
}

function getFunctionBase(value, constructor, tag) {
  var type = 'Function';
  var src = '';
  try {
    src = Function.prototype.toString.call(value);
  } catch (e) {
    src = '';
  }
  var name = functionName(value);
  if (src.slice(0, 5) === 'class' && src.slice(-1) === '}') {
    var cbase = '[class';
    cbase += name === '' ? ' (anonymous)' : ' ' + name;
    if (constructor !== 'Function' && constructor !== null) cbase += ' [' + constructor + ']';
    return cbase + ']';
  }
  if (/^async\s/.test(src)) type = 'Async' + type;
  if (/^(async\s+)?function\s*\*/.test(src)) type = 'Generator' + type;
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  if (name === '') base += ' (anonymous)';
  else base += ': ' + name;
  base += ']';
  if (constructor !== type && constructor !== null && constructor !== 'Function') base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

function errorToString(err) {
  try {
    return Error.prototype.toString.call(err);
  } catch (e) {
    return '[Error]';
  }
}

function formatError(err, constructor, tag, ctx, keys) {
  var stack;
  try {
    stack = err.stack;
  } catch (e) {
    stack = void 0;
  }
  if (typeof stack !== 'string' || stack === '') stack = errorToString(err);
  // Drop 'cause'/own 'message'/'stack' style keys that are already part of the stack.
  for (var i = keys.length - 1; i >= 0; i--) {
    if (keys[i] === 'stack' || keys[i] === 'message') keys.splice(i, 1);
  }
  var name;
  try {
    name = err.name ? String(err.name) : 'Error';
  } catch (e2) {
    name = 'Error';
  }
  if (constructor === null ||
      (name.slice(-5) === 'Error' && stack.slice(0, name.length) === name &&
       (stack.length === name.length || stack[name.length] === ':' || stack[name.length] === '\n'))) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      stack = '[' + fallback + ': null prototype]' + (fallback.length ? stack.slice(fallback.length) : ' ' + stack);
    } else if (constructor !== name && constructor && name.indexOf(constructor) === -1 &&
               constructor.indexOf(name) === -1 && /^[A-Za-z_$][\w$]*$/.test(constructor)) {
      stack = constructor + ' [' + name + ']' + stack.slice(name.length);
    }
  }
  var stackStart = stack.indexOf('\n    at');
  if (stackStart === -1) stack = '[' + stack + ']';
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, '\n' + repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  var type;
  var prim;
  try {
    if (isNumberObject(value)) {
      type = 'Number';
      prim = Number.prototype.valueOf.call(value);
    } else if (isStringObject(value)) {
      type = 'String';
      prim = String.prototype.valueOf.call(value);
      var n = prim.length;
      for (var i = keys.length - 1; i >= 0; i--) {
        if (isIndexKey(keys[i]) && +keys[i] < n) keys.splice(i, 1);
      }
    } else if (isBooleanObject(value)) {
      type = 'Boolean';
      prim = Boolean.prototype.valueOf.call(value);
    } else {
      type = 'Symbol';
      prim = Symbol.prototype.valueOf.call(value);
    }
  } catch (e) {
    return '[Object]';
  }
  var base = '[' + type;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ' (' + constructor + ')';
  }
  base += ': ' + formatPrimitive(stylizeNoColor, prim, ctx) + ']';
  if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
  return base;
}

function formatBuffer(ctx, value, recurseTimes) {
  var max = 50;
  var len = value.length;
  var actualMax = Math.min(max, len);
  var parts = [];
  for (var i = 0; i < actualMax; i++) {
    var h = (value[i] & 0xff).toString(16);
    parts.push(h.length < 2 ? '0' + h : h);
  }
  var str = parts.join(' ');
  var remaining = len - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  var extras = getOwnNonIndexProperties(value, false, true);
  if (extras.length) {
    var out = [];
    ctx.indentationLvl += 2;
    for (var k = 0; k < extras.length; k++) {
      out.push(formatProperty(ctx, value, recurseTimes, extras[k], kObjectType));
    }
    ctx.indentationLvl -= 2;
    str += ', ' + out.join(', ');
  }
  var name = 'Buffer';
  try {
    if (value.constructor && typeof value.constructor.name === 'string' && value.constructor.name) {
      name = value.constructor.name;
    }
  } catch (e) {
    name = 'Buffer';
  }
  return '<' + name + ' ' + str + '>';
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  if (isBuffer(value) && ctx.customInspect) {
    return formatBuffer(ctx, value, recurseTimes);
  }

  if (ctx.customInspect) {
    var maybeCustom;
    try {
      maybeCustom = value[customInspectSymbol];
    } catch (e) {
      maybeCustom = void 0;
    }
    var isProto = false;
    try {
      isProto = !!(value.constructor && value.constructor.prototype === value);
    } catch (e2) {
      isProto = false;
    }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect && !isProto) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var opts = getUserOptions(ctx);
      var ret = maybeCustom.call(value, depth, opts, inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replace(/\n/g, '\n' + repeat(' ', ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1;
    if (ctx.circular === void 0) {
      ctx.circular = { keys: [value], values: [index] };
    } else {
      var pos = ctx.circular.keys.indexOf(value);
      if (pos === -1) {
        index = ctx.circular.keys.length + 1;
        ctx.circular.keys.push(value);
        ctx.circular.values.push(index);
      } else {
        index = ctx.circular.values[pos];
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getUserOptions(ctx) {
  var ret = {};
  for (var k in inspectDefaultOptions) {
    if (hasOwn.call(inspectDefaultOptions, k)) ret[k] = ctx[k];
  }
  ret.stylize = ctx.stylize;
  ret.indentationLvl = ctx.indentationLvl;
  return ret;
}

function getStringTag(value) {
  if (toStringTagSymbol === void 0) return '';
  var tag;
  try {
    tag = value[toStringTagSymbol];
  } catch (e) {
    return '';
  }
  if (typeof tag !== 'string') return '';
  if (tag !== '' && propIsEnum.call(value, toStringTagSymbol)) return '';
  return tag;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys;
  var constructor = getConstructorName(value);
  var tag = getStringTag(value);
  // Duktape reports typed arrays and the like with an own toStringTag equal to the constructor.
  if (tag !== '' && constructor !== null && tag === constructor) tag = '';
  var base = '';
  var formatter = getEmptyFormatArray;
  var braces;
  var noIterator = true;
  var extrasType = kObjectType;
  var size;
  var prefix;
  var valueTag = tagOf(value);

  var isArr = false;
  try {
    isArr = Array.isArray(value);
  } catch (e) {
    isArr = false;
  }

  if (isArr) {
    noIterator = false;
    prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
    keys = getOwnNonIndexProperties(value, ctx.showHidden, !ctx.showHidden);
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatArray;
  } else if (isSet(value)) {
    noIterator = false;
    size = value.size;
    prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
    keys = getKeys(value, ctx.showHidden);
    formatter = formatSet;
    if (size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
  } else if (isMap(value)) {
    noIterator = false;
    size = value.size;
    prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
    keys = getKeys(value, ctx.showHidden);
    formatter = formatMap;
    if (size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
  } else if (isTypedArray(value)) {
    noIterator = false;
    keys = getOwnNonIndexProperties(value, ctx.showHidden, true);
    var fallback = typedArrayTags[valueTag];
    size = value.length;
    prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
    formatter = formatTypedArray;
    extrasType = kArrayExtrasType;
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (ctx.showHidden) {
        // Only show the interesting hidden properties of functions.
        for (var fi = keys.length - 1; fi >= 0; fi--) {
          if (keys[fi] === 'fileName' || keys[fi] === 'caller' || keys[fi] === 'arguments') keys.splice(fi, 1);
        }
      }
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object' && !isError(value) && !isRegExp(value) && !isDate(value) &&
               !isBoxedPrimitive(value)) {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0) return braces[0] + '}';
    } else if (isRegExp(value)) {
      try {
        base = RegExp.prototype.toString.call(value);
      } catch (e3) {
        base = '/(?:)/';
      }
      prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if (keys.length === 0 || (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      var t = Date.prototype.getTime.call(value);
      base = t !== t ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (isArrayBuffer(value)) {
      keys = getKeys(value, ctx.showHidden);
      prefix = getPrefix(constructor, tag, 'ArrayBuffer');
      formatter = formatArrayBuffer;
      braces[0] = prefix + '{';
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0) return base;
    } else if (isPromise(value)) {
      braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else {
      if (keys.length === 0) return getPrefix(constructor, tag, 'Object') + '{}';
      braces[0] = getPrefix(constructor, tag, 'Object') + '{';
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    var cname = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (isArr) cname = getPrefix(constructor, tag, 'Array').slice(0, -1);
    if (constructor !== null) cname = '[' + cname + ']';
    return ctx.stylize(cname, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output;
  var i;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
  } catch (err) {
    ctx.seen.pop();
    return '[' + (constructor || 'Object') + ': Inspection interrupted]';
  }
  if (ctx.circular !== void 0) {
    var cpos = ctx.circular.keys.indexOf(value);
    if (cpos !== -1) {
      var reference = ctx.stylize('<ref *' + ctx.circular.values[cpos] + '>', 'special');
      if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
      else braces[0] = reference + ' ' + braces[0];
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    var cmp = ctx.sorted === true ? void 0 : ctx.sorted;
    if (extrasType === kObjectType) {
      output = output.sort(cmp);
    } else if (keys.length > 1) {
      var sortedPart = output.slice(output.length - keys.length).sort(cmp);
      output = output.slice(0, output.length - keys.length).concat(sortedPart);
    }
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function getEmptyFormatArray() {
  return [];
}

function remainingText(remaining) {
  return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var remaining = valLen - len;
  var output = [];
  for (var i = 0; i < len; i++) {
    if (!hasOwn.call(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  var keys = Object.keys(value);
  var index = i;
  var msg;
  for (; i < keys.length && output.length < maxLength; i++) {
    var key = keys[i];
    var tmp = +key;
    if (tmp > 4294967294) break;
    if ('' + index !== key) {
      if (!numberRegExp.test(key)) break;
      var emptyItems = tmp - index;
      msg = '<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>';
      output.push(ctx.stylize(msg, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  var remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      msg = '<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>';
      output.push(ctx.stylize(msg, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  var length = value.length;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength;
  var output = [];
  for (var i = 0; i < maxLength; ++i) {
    var v = value[i];
    output.push(typeof v === 'number' ? formatNumber(ctx.stylize, v) : formatPrimitive(ctx.stylize, v, ctx));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    var extra = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (var k = 0; k < extra.length; k++) {
      var str;
      try {
        str = formatValue(ctx, value[extra[k]], recurseTimes, true);
      } catch (e) {
        str = 'undefined';
      }
      output.push('[' + extra[k] + ']: ' + str);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  var bytes;
  try {
    bytes = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  var parts = [];
  var n = Math.min(50, bytes.length);
  for (var i = 0; i < n; i++) {
    var h = bytes[i].toString(16);
    parts.push(h.length < 2 ? '0' + h : h);
  }
  var str = parts.join(' ');
  var remaining = bytes.length - n;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return ['[Uint8Contents]: <' + str + '>', 'byteLength: ' + formatNumber(ctx.stylize, bytes.length)];
}

function formatPromise(ctx, value, recurseTimes) {
  // Only a promise made by the global Promise gets here: its module is loaded already.
  var info = require('internal/promise').inspectPromise(value);
  if (info === null) return ['<unknown>'];
  if (info.state === 'pending') return ['<pending>'];
  ctx.indentationLvl += 2;
  var shown = formatValue(ctx, info.result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [info.state === 'rejected' ? '<rejected> ' + shown : shown];
}

function formatSet(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v) {
    output.push(formatValue(ctx, v, recurseTimes));
  });
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v, k) {
    output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
  });
  ctx.indentationLvl -= 2;
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  var name;
  var str;
  var extra = ' ';
  var desc = safeDescriptor(value, key);
  if (desc === void 0) {
    var v;
    try {
      v = value[key];
    } catch (e) {
      v = void 0;
    }
    desc = { value: v, enumerable: true };
  }
  if (desc.value !== void 0) {
    var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < str.length) {
      extra = '\n' + repeat(' ', ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== void 0) {
    var label = desc.set !== void 0 ? 'Getter/Setter' : 'Getter';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === void 0) ||
        (ctx.getters === 'set' && desc.set !== void 0))) {
      try {
        var tmp = desc.get.call(value);
        ctx.indentationLvl += 2;
        if (tmp === null) str = '[' + label + ': null]';
        else if (typeof tmp === 'object') str = '[' + label + '] ' + formatValue(ctx, tmp, recurseTimes);
        else str = '[' + label + ': ' + formatPrimitive(ctx.stylize, tmp, ctx) + ']';
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = '[' + label + ': <Inspection threw (' + safeMessage(err) + ')>]';
      }
    } else {
      str = ctx.stylize('[' + label + ']', 'special');
    }
  } else if (desc.set !== void 0) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(symbolToString(key), 'symbol') + ']';
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + (keyStrRegExp.test(key) ? key : strEscape(String(key))) + ']';
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  return name + ':' + extra + str;
}

function safeMessage(err) {
  try {
    return String(err && err.message !== void 0 ? err.message : err);
  } catch (e) {
    return 'unknown';
  }
}

function isBelowBreakLength(ctx, output, start, base) {
  var totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    totalLength += output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i = 0;
  var outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // This makes sure the "... n more items" part is not taken into account.
    outputLength--;
  }
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    var len = output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var approxCharHeights = 2.5;
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15
    );
    if (columns <= 1) return output;
    var tmp = [];
    var maxLineLength = [];
    var j;
    for (i = 0; i < columns; i++) {
      var lineLength = 0;
      for (j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    var padStart = true;
    if (value !== void 0) {
      for (i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (i = 0; i < outputLength; i += columns) {
      var max = Math.min(i + columns, outputLength);
      var str = '';
      j = i;
      for (; j < max - 1; j++) {
        var cell = output[j] + ', ';
        var padding = maxLineLength[j - i];
        str += padStart ? padLeft(cell, padding) : padRight(cell, padding);
      }
      if (padStart) {
        str += padLeft(output[j], maxLineLength[j - i] - separatorSpace);
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function padLeft(s, n) {
  return s.length >= n ? s : repeat(' ', n - s.length) + s;
}

function padRight(s, n) {
  return s.length >= n ? s : s + repeat(' ', n - s.length);
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var start;
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    var indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  var ind = '\n' + repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + ind + '  ';
  return braces[0] + ln + output.join(',' + ind + '  ') + ' ' + braces[1];
}

function inspect(value, opts) {
  var ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2 && arguments[2] !== void 0) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== void 0) ctx.colors = arguments[3];
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts !== null && typeof opts === 'object') {
      var keys = Object.keys(opts);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
      }
    }
  }
  if (ctx.colors) ctx.colors = false;
  ctx.stylize = stylizeNoColor;
  if (ctx.depth === Infinity) ctx.depth = null;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  try {
    return formatValue(ctx, value, 0);
  } catch (e) {
    if (e && e.name === 'RangeError') return '[Inspection interrupted: ' + safeMessage(e) + ']';
    throw e;
  }
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get: function () { return inspectDefaultOptions; },
  set: function (options) {
    if (options === null || typeof options !== 'object') {
      throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
    }
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) inspectDefaultOptions[keys[i]] = options[keys[i]];
  },
  enumerable: true,
  configurable: true
});
inspect.colors = Object.create(null);
inspect.styles = Object.create(null);

// ---- format ----------------------------------------------------------------------------------

var builtInObjects = {};
['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp',
 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
 'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView',
 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'JSON', 'Math'
].forEach(function (name) { builtInObjects[name] = true; });

function hasBuiltInToString(value) {
  var ts;
  try {
    ts = value.toString;
  } catch (e) {
    return true;
  }
  if (typeof ts !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  var pointer = value;
  do {
    pointer = safeGetPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn.call(pointer, 'toString'));
  if (pointer === null) return true;
  var descriptor = safeDescriptor(pointer, 'constructor');
  return descriptor !== void 0 && typeof descriptor.value === 'function' &&
    hasOwn.call(builtInObjects, functionName(descriptor.value));
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    return '[Circular]';
  }
}

function safeString(v) {
  try {
    return String(v);
  } catch (e) {
    return inspect(v);
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';
  var value;

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var tempStr;
    var lastPos = 0;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        var nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              var tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumber(stylizeNoColor, tempArg);
              } else if (typeof tempArg === 'bigint') {
                tempStr = String(tempArg) + 'n';
              } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                tempStr = safeString(tempArg);
              } else {
                tempStr = inspect(tempArg, mergeOptions(inspectOptions, { depth: 0, colors: false, compact: 3 }));
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              var tempNum = args[++a];
              if (typeof tempNum === 'bigint') tempStr = String(tempNum) + 'n';
              else if (typeof tempNum === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, toNumberSafe(tempNum));
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], mergeOptions(inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 105: { // 'i'
              var tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') tempStr = String(tempInteger) + 'n';
              else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, parseInt(safeString(tempInteger), 10));
              break;
            }
            case 102: { // 'f'
              var tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, parseFloat(safeString(tempFloat)));
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Any other character is not a correct placeholder
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function toNumberSafe(v) {
  try {
    return Number(v);
  } catch (e) {
    return NaN;
  }
}

function mergeOptions(base, extra) {
  var out = {};
  var k;
  if (base) for (k in base) if (hasOwn.call(base, k)) out[k] = base[k];
  for (k in extra) if (hasOwn.call(extra, k)) out[k] = extra[k];
  return out;
}

function format() {
  var args = new Array(arguments.length);
  for (var i = 0; i < args.length; i++) args[i] = arguments[i];
  return formatWithOptionsInternal(void 0, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'of type object', inspectOptions);
  }
  var args = new Array(arguments.length - 1);
  for (var i = 0; i < args.length; i++) args[i] = arguments[i + 1];
  return formatWithOptionsInternal(inspectOptions, args);
}

// ---- deprecate -------------------------------------------------------------------------------

var codesWarned = {};

function emitWarning(msg, type, code) {
  if (typeof process !== 'undefined' && process) {
    if (process.noDeprecation && type === 'DeprecationWarning') return;
    if (typeof process.emitWarning === 'function') {
      process.emitWarning(msg, type, code);
      return;
    }
  }
  var line = '(netjs) ' + (code ? '[' + code + '] ' : '') + type + ': ' + msg + '\n';
  if (typeof process !== 'undefined' && process && process.stderr && typeof process.stderr.write === 'function') {
    process.stderr.write(line);
  } else if (typeof console !== 'undefined' && console && typeof console.error === 'function') {
    console.error(line.slice(0, -1));
  }
}

function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('fn', 'of type function', fn);
  }
  if (typeof process !== 'undefined' && process && process.noDeprecation === true) return fn;
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code !== void 0) {
        if (!codesWarned[code]) {
          codesWarned[code] = true;
          emitWarning(msg, 'DeprecationWarning', code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (this instanceof deprecated) {
      var obj = Object.create(fn.prototype);
      var r = fn.apply(obj, arguments);
      return (r !== null && (typeof r === 'object' || typeof r === 'function')) ? r : obj;
    }
    return fn.apply(this, arguments);
  }
  if (typeof Object.setPrototypeOf === 'function') {
    try {
      Object.setPrototypeOf(deprecated, fn);
    } catch (e) { /* ignore */ }
  }
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- misc ------------------------------------------------------------------------------------

// Node's pattern for ANSI escape sequences (CSI and OSC), compiled on first use.
var ansiPattern = null;
function ansiRegExp() {
  return ansiPattern || (ansiPattern = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g'));
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('str', 'of type string', str);
  return str.replace(ansiRegExp(), '');
}

// Lone surrogates become U+FFFD.
function toUSVString(str) {
  str = String(str);
  var out = '';
  var start = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < str.length) {
      var next = str.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) { i++; continue; }
    }
    out += str.slice(start, i) + '\ufffd';
    start = i + 1;
  }
  return start === 0 ? str : out + str.slice(start);
}

function getSystemErrorName(err) {
  var codes = require('internal/errors').codes;
  if (typeof err !== 'number') throw codes.ERR_INVALID_ARG_TYPE('err', 'of type number', err);
  if (err >= 0 || Math.floor(err) !== err || err < -9007199254740991) {
    throw codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return process._binding('errors').errname(err);  // "Unknown system error -N" for one libuv does not know
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad2(n) { return n < 10 ? '0' + n : String(n); }

// "3 Dec 19:22:58 - message"
function log() {
  var d = new Date();
  var time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
  console.log('%s - %s', d.getDate() + ' ' + months[d.getMonth()] + ' ' + time, format.apply(null, arguments));
}

function isDeepStrictEqual(a, b) {
  return require('assert').__isDeepStrictEqual(a, b);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

var types = {
  isDate: isDate,
  isRegExp: isRegExp,
  isNativeError: function (v) { return isObject(v) && tagOf(v) === '[object Error]'; },
  isTypedArray: isTypedArray,
  isUint8Array: isUint8Array,
  isArrayBuffer: isArrayBuffer,
  isAnyArrayBuffer: isArrayBuffer,
  isArrayBufferView: function (v) {
    return typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function' && ArrayBuffer.isView(v);
  },
  isDataView: isDataView,
  isMap: isMap,
  isSet: isSet,
  isPromise: isPromise,
  isArgumentsObject: isArgumentsObject,
  isBoxedPrimitive: isBoxedPrimitive,
  isNumberObject: isNumberObject,
  isStringObject: isStringObject,
  isBooleanObject: isBooleanObject,
  isSymbolObject: isSymbolObject,
  isWeakMap: function (v) { return isObject(v) && tagOf(v) === '[object WeakMap]'; },
  isWeakSet: function (v) { return isObject(v) && tagOf(v) === '[object WeakSet]'; },
  isExternal: function () { return false; },  // only native addons make externals
  isGeneratorFunction: function () { return false; },
  isAsyncFunction: function () { return false; }
};

exports.inherits = inherits;
// promisify/callbackify live in their own module, loaded on first use.
require('internal/lazy_properties')(exports, ['promisify', 'callbackify'], function (name) {
  return require('internal/promisify')[name];
}, true);
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.inspect = inspect;
exports.isArray = isArray;
exports.isBoolean = isBoolean;
exports.isNull = isNull;
exports.isNullOrUndefined = isNullOrUndefined;
exports.isNumber = isNumber;
exports.isString = isString;
exports.isSymbol = isSymbol;
exports.isUndefined = isUndefined;
exports.isRegExp = isRegExp;
exports.isObject = isObject;
exports.isDate = isDate;
exports.isError = isError;
exports.isFunction = isFunction;
exports.isPrimitive = isPrimitive;
exports.isBuffer = isBuffer;
exports.deprecate = deprecate;
exports.debuglog = exports.debug = require('internal/debuglog');
exports.stripVTControlCharacters = stripVTControlCharacters;
exports.toUSVString = toUSVString;
exports.getSystemErrorName = getSystemErrorName;
exports.log = log;
require('internal/lazy_properties')(exports, ['TextEncoder', 'TextDecoder'], function (name) {
  return require('internal/encoding')[name];
}, true);
exports.types = types;
exports.isDeepStrictEqual = isDeepStrictEqual;
exports._extend = _extend;
