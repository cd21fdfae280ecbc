'use strict';
// Node's assert module in ES5 for Duktape. Messages follow Node v20 (lib/assert.js,
// lib/internal/assert/assertion_error.js, lib/internal/util/comparisons.js), without colours.

var util = require('util');
var errors = require('internal/errors');
var inspect = util.inspect;

var objToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;
var hasSymbols = typeof Symbol === 'function' && typeof Object.getOwnPropertySymbols === 'function';

function objectIs(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isNaNValue(v) {
  return typeof v === 'number' && v !== v;
}

// ---- AssertionError --------------------------------------------------------------------------

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

var kMaxShortLength = 12;

function repeat(s, n) {
  var out = '';
  while (n-- > 0) out += s;
  return out;
}

function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true
  });
}

function getErrorMessage(operator, message) {
  return message || kReadableOperator[operator];
}

function createErrDiff(actual, expected, operator, message) {
  var other = '';
  var res = '';
  var end = '';
  var skipped = false;
  var actualInspected = inspectValue(actual);
  var actualLines = actualInspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  var i = 0;
  var indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    var actualRaw = actualLines[0];
    var expectedRaw = expectedLines[0];
    var inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return getErrorMessage(operator, message) + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject') {
      var maxLen = 80;
      if (inputLength < maxLen) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = '\n  ' + repeat(' ', i) + '^';
          i = 0;
        }
      }
    }
  }

  var a = actualLines[actualLines.length - 1];
  var b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = '\n  ' + a + end;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  var maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    var lines0 = actualInspected.split('\n');
    if (lines0.length > 50) {
      lines0[46] = '...';
      while (lines0.length > 47) lines0.pop();
    }
    return kReadableOperator.notIdentical + '\n\n' + lines0.join('\n') + '\n';
  }

  if (i >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }

  var printedLines = 0;
  var identical = 0;
  var msg = getErrorMessage(operator, message) + '\n+ actual - expected';
  var skippedMsg = ' ... Lines skipped';

  var lines = actualLines;
  var plusMinus = '+';
  var maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    maxLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) {
              res += '\n  ' + lines[i - 3];
              printedLines++;
            } else {
              res += '\n...';
              skipped = true;
            }
          }
          res += '\n  ' + lines[i - 2];
          printedLines++;
        }
        res += '\n  ' + lines[i - 1];
        printedLines++;
      }
      identical = 0;
      if (lines === actualLines) {
        res += '\n' + plusMinus + ' ' + lines[i];
      } else {
        other += '\n' + plusMinus + ' ' + lines[i];
      }
      printedLines++;
    } else {
      var expectedLine = expectedLines[i];
      var actualLine = actualLines[i];
      var divergingLines = actualLine !== expectedLine &&
        (actualLine.slice(-1) !== ',' || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && expectedLine.slice(-1) === ',' && expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        if (identical > 2) {
          if (identical > 3) {
            if (identical > 4) {
              if (identical === 5) {
                res += '\n  ' + actualLines[i - 3];
                printedLines++;
              } else {
                res += '\n...';
                skipped = true;
              }
            }
            res += '\n  ' + actualLines[i - 2];
            printedLines++;
          }
          res += '\n  ' + actualLines[i - 1];
          printedLines++;
        }
        identical = 0;
        res += '\n+ ' + actualLine;
        other += '\n- ' + expectedLine;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + actualLine;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
    }
  }
  return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  var res;
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    var base = kReadableOperator[operator];
    var resLines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (resLines.length > 50) {
      resLines[46] = '...';
      while (resLines.length > 47) resLines.pop();
    }
    if (resLines.length === 1) {
      return base + (resLines[0].length > 5 ? '\n\n' : ' ') + resLines[0];
    }
    return base + '\n\n' + resLines.join('\n') + '\n';
  }
  res = inspectValue(actual);
  var other = inspectValue(expected);
  var knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = knownOperator + '\n\n' + res;
    if (res.length > 1024) res = res.slice(0, 1021) + '...';
    return res;
  }
  if (res.length > 512) res = res.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else {
    var newOp = kReadableOperator[operator + 'Unequal'];
    if (newOp) res = newOp + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
    else other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

// Built on a real Error so Duktape records a traceback, then re-prototyped.
function AssertionError(options) {
  if (options === null || typeof options !== 'object') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  }
  var message = options.message;
  var operator = options.operator;
  var actual = options.actual;
  var expected = options.expected;
  var text;
  if (message !== void 0 && message !== null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      try {
        text = createErrDiff(actual, expected, operator, message);
      } catch (e) {
        text = String(message);
      }
    } else {
      text = String(message);
    }
  } else {
    try {
      if (isErrorObject(actual) && isErrorObject(expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generateMessage(actual, expected, operator);
    } catch (e) {
      text = 'Assertion failed';
    }
  }
  var err = new Error(text);
  Object.setPrototypeOf(err, AssertionError.prototype);
  err.generatedMessage = !message;
  err.code = 'ERR_ASSERTION';
  err.actual = actual;
  err.expected = expected;
  err.operator = operator;
  fixStack(err, text);
  return err;
}

AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, configurable: true, enumerable: false },
  name: { value: 'AssertionError', writable: true, configurable: true, enumerable: false }
});
Object.defineProperty(AssertionError.prototype, 'toString', {
  value: function () { return this.name + ' [' + this.code + ']: ' + this.message; },
  writable: true, configurable: true, enumerable: false
});

function isErrorObject(v) {
  return typeof v === 'object' && v !== null && v instanceof Error;
}

// A look-alike of an Error without its stack, so diffs do not show stack traces.
function copyError(source) {
  var target = Object.create(Object.getPrototypeOf(source));
  var keys = Object.keys(source);
  for (var i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  Object.defineProperty(target, 'message', { value: source.message, configurable: true });
  Object.defineProperty(target, 'stack', { value: void 0, configurable: true });
  return target;
}

function fixStack(err, text) {
  // Show "AssertionError [ERR_ASSERTION]: msg" as the first line, as Node does.
  try {
    var stack = err.stack;
    if (typeof stack !== 'string') return;
    var rest = '';
    var at = stack.indexOf('\n    at ');
    if (at !== -1) {
      // Drop the frames inside this module so the trace starts at the failing assertion.
      var frames = stack.slice(at + 1).split('\n');
      var first = 0;
      while (first < frames.length - 1 && /[(\/]assert\.js:\d+\)/.test(frames[first])) first++;
      rest = '\n' + frames.slice(first).join('\n');
    }
    Object.defineProperty(err, 'stack', {
      value: 'AssertionError [ERR_ASSERTION]: ' + text + rest,
      writable: true, configurable: true, enumerable: false
    });
  } catch (e) { /* keep the engine's stack */ }
}

// ---- deep equality ---------------------------------------------------------------------------

var kStrict = true;
var kLoose = false;

function tagOf(v) {
  return objToString.call(v);
}

var typedTags = {
  '[object Int8Array]': 1, '[object Uint8Array]': 1, '[object Uint8ClampedArray]': 1,
  '[object Int16Array]': 1, '[object Uint16Array]': 1, '[object Int32Array]': 1,
  '[object Uint32Array]': 1, '[object Float32Array]': 1, '[object Float64Array]': 1,
  '[object BigInt64Array]': 1, '[object BigUint64Array]': 1
};

function isArrayBufferView(v) {
  if (typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function') {
    try {
      return ArrayBuffer.isView(v);
    } catch (e) {
      return false;
    }
  }
  return false;
}

function isError(v) {
  return tagOf(v) === '[object Error]' || v instanceof Error;
}

function isBoxed(tag) {
  return tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' ||
    tag === '[object Symbol]';
}

function isIndexKey(k) {
  return /^(0|[1-9][0-9]*)$/.test(k) && +k < 4294967295;
}

function ownKeys(obj, strict, skipIndex) {
  var keys = Object.keys(obj);
  var out = [];
  var i;
  for (i = 0; i < keys.length; i++) {
    if (skipIndex && isIndexKey(keys[i])) continue;
    out.push(keys[i]);
  }
  if (strict && hasSymbols) {
    var syms = Object.getOwnPropertySymbols(obj);
    for (i = 0; i < syms.length; i++) {
      if (propIsEnum.call(obj, syms[i])) out.push(syms[i]);
    }
  }
  return out;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  var x = bytesOf(a);
  var y = bytesOf(b);
  for (var i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (var i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function isEqualBoxedPrimitive(a, b, tag) {
  try {
    if (tag === '[object Number]') return objectIs(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    if (tag === '[object String]') return String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    if (tag === '[object Boolean]') return Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    if (tag === '[object Symbol]') return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  } catch (e) {
    return false;
  }
  return false;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    if (val1 !== 0) return true;
    return strict ? objectIs(val1, val2) : true;
  }

  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && val1 !== val1 && val2 !== val2;
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        /* eslint-disable-next-line eqeqeq */
        return val1 == val2 || (isNaNValue(val1) && isNaNValue(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  var val1Tag = tagOf(val1);
  var val2Tag = tagOf(val2);
  if (val1Tag !== val2Tag) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    var keys1 = ownKeys(val1, strict, true);
    var keys2 = ownKeys(val2, strict, true);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, 1, keys1);
  } else if (val1Tag === '[object Object]' && !isBufferLike(val1)) {
    // Plain objects, class instances and Buffers are handled below.
    if (isError(val1) !== isError(val2)) return false;
    return keyCheck(val1, val2, strict, memos, 0);
  } else if (val1Tag === '[object Date]') {
    if (Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (val1Tag === '[object RegExp]') {
    if (val1.source !== val2.source || String(val1.flags !== void 0 ? val1.flags : val1) !==
        String(val2.flags !== void 0 ? val2.flags : val2) || val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isError(val1)) {
    if (!isError(val2) || val1.message !== val2.message || val1.name !== val2.name) return false;
  } else if (isArrayBufferView(val1) || isBufferLike(val1)) {
    if (!isArrayBufferView(val2) && !isBufferLike(val2)) return false;
    if (!strict && (val1Tag === '[object Float32Array]' || val1Tag === '[object Float64Array]')) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    var tkeys1 = ownKeys(val1, strict, true);
    var tkeys2 = ownKeys(val2, strict, true);
    if (tkeys1.length !== tkeys2.length) return false;
    return keyCheck(val1, val2, strict, memos, 0, tkeys1);
  } else if (typeof Set === 'function' && val1Tag === '[object Set]') {
    if (val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 2);
  } else if (typeof Map === 'function' && val1Tag === '[object Map]') {
    if (val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 3);
  } else if (val1Tag === '[object ArrayBuffer]') {
    if (val1.byteLength !== val2.byteLength) return false;
    if (!areSimilarTypedArrays(new Uint8Array(val1), new Uint8Array(val2))) return false;
  } else if (isBoxed(val1Tag)) {
    if (!isEqualBoxedPrimitive(val1, val2, val1Tag)) return false;
  } else if (Array.isArray(val2) || isArrayBufferView(val2) || val2Tag === '[object Date]' ||
             val2Tag === '[object RegExp]' || isError(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, 0);
}

function isBufferLike(v) {
  if (typeof Buffer === 'undefined' || !Buffer || typeof Buffer.isBuffer !== 'function') return false;
  try {
    return Buffer.isBuffer(v) === true;
  } catch (e) {
    return false;
  }
}

// iterationType: 0 object, 1 array, 2 set, 3 map.
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  var i;
  if (aKeys === void 0) {
    aKeys = ownKeys(val1, strict, false);
    var bKeys = ownKeys(val2, strict, false);
    if (aKeys.length !== bKeys.length) return false;
  }
  for (i = 0; i < aKeys.length; i++) {
    if (!hasOwn.call(val2, aKeys[i]) || !propIsEnum.call(val2, aKeys[i])) return false;
  }

  if (aKeys.length === 0 && (iterationType === 0 || (iterationType === 1 && val1.length === 0) ||
      val1.size === 0)) {
    return true;
  }

  // Cycle detection: pairs currently being compared.
  if (memos === void 0) {
    memos = { val1: [], val2: [] };
  } else {
    var idx1 = memos.val1.indexOf(val1);
    if (idx1 !== -1) {
      var idx2 = memos.val2.indexOf(val2);
      if (idx2 !== -1) return idx1 === idx2;
    }
  }
  memos.val1.push(val1);
  memos.val2.push(val2);
  var areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  memos.val1.pop();
  memos.val2.pop();
  return areEq;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  var i;
  if (iterationType === 2) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === 3) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === 1) {
    for (i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining own keys.
        var keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          var key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        if (keysA.length !== Object.keys(b).length) return false;
        return true;
      }
    }
  }
  for (i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (!innerDeepEqual(a[k], b[k], strict, memos)) return false;
  }
  return true;
}

function toArrayFromIter(coll, pairs) {
  var out = [];
  coll.forEach(function (v, k) { out.push(pairs ? [k, v] : v); });
  return out;
}

function setEquiv(a, b, strict, memos) {
  var av = toArrayFromIter(a, false);
  var bv = toArrayFromIter(b, false);
  var used = [];
  for (var i = 0; i < av.length; i++) {
    var v = av[i];
    if ((v === null || typeof v !== 'object') && b.has(v)) continue;
    var found = false;
    for (var j = 0; j < bv.length; j++) {
      if (used[j]) continue;
      if (innerDeepEqual(v, bv[j], strict, memos)) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  var ap = toArrayFromIter(a, true);
  var bp = toArrayFromIter(b, true);
  var used = [];
  for (var i = 0; i < ap.length; i++) {
    var k = ap[i][0];
    var v = ap[i][1];
    if ((k === null || typeof k !== 'object') && b.has(k)) {
      if (!innerDeepEqual(v, b.get(k), strict, memos)) return false;
      continue;
    }
    var found = false;
    for (var j = 0; j < bp.length; j++) {
      if (used[j]) continue;
      if (innerDeepEqual(k, bp[j][0], strict, memos) && innerDeepEqual(v, bp[j][1], strict, memos)) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

// ---- assertions ------------------------------------------------------------------------------

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function missingArgs() {
  return errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
    'The "actual" and "expected" arguments must be specified');
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    var generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message === void 0 || message === null) {
      generatedMessage = true;
      message = inspect(value) + ' == true';
    } else if (message instanceof Error) {
      throw message;
    }
    var err = new AssertionError({
      actual: value, expected: true, message: message, operator: '==', stackStartFn: fn
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(value, message) {
  innerOk(ok, arguments.length, value, message);
}

var assert = module.exports = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  var argsLen = arguments.length;
  var internalMessage = false;
  if ((actual === void 0 || actual === null) && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = void 0;
  } else if (argsLen === 2) {
    operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({
    actual: actual,
    expected: expected,
    operator: operator === void 0 ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message: message
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  /* eslint-disable-next-line eqeqeq */
  if (actual != expected && (!isNaNValue(actual) || !isNaNValue(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==' });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  /* eslint-disable-next-line eqeqeq */
  if (actual == expected || (isNaNValue(actual) && isNaNValue(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=' });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual' });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual' });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual' });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual' });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual' });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual' });
  }
};

function isRegExp(v) {
  return v !== null && typeof v === 'object' && tagOf(v) === '[object RegExp]';
}

function Comparison(obj, keys, actual) {
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key in obj) {
      if (actual !== void 0 && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          obj[key].test(actual[key])) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      var a = new Comparison(actual, keys);
      var b = new Comparison(expected, keys, actual);
      var err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  var generatedMessage = false;
  var throwError = false;
  var err;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      if (expected.test(str)) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' + inspect(expected) +
          '. Input:\n\n' + inspect(str) + '\n';
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      err = new AssertionError({
        actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: fn
      });
      err.operator = fn.name;
      throw err;
    } else {
      var keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          "The argument 'error' may not be an empty object. Received " + inspect(expected));
      }
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].test(actual[key])) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== void 0 && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected) || expected === Error) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isError(actual)) {
        var name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += '"' + name + '"';
        }
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual, { depth: -1 }) + '"';
      }
    }
    throwError = true;
  } else {
    var res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        var fname = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + fname + 'validation function is expected to return "true". Received ' + inspect(res);
        if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
      }
      throwError = true;
    }
  }

  if (throwError) {
    err = new AssertionError({
      actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

var NO_EXCEPTION_SENTINEL = {};

function getActual(fn) {
  if (typeof fn !== 'function') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('fn', 'of type function', fn);
  }
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function validateExpected(error, argc) {
  if (typeof error === 'string') {
    if (argc === 3) {
      throw errors.codes.ERR_INVALID_ARG_TYPE('error', 'of type function or an instance of Error, RegExp, or Object', error);
    }
  } else if (error !== void 0 && error !== null && typeof error !== 'object' && typeof error !== 'function') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('error', 'of type function or an instance of Error, RegExp, or Object', error);
  }
}

function expectsError(stackStartFn, actual, error, message, argc) {
  validateExpected(error, argc);
  if (typeof error === 'string') {
    message = error;
    error = void 0;
  }
  if (actual === NO_EXCEPTION_SENTINEL) {
    var details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    innerFail({
      actual: void 0,
      expected: error,
      operator: stackStartFn.name,
      message: 'Missing expected ' + (stackStartFn === assert.rejects ? 'rejection' : 'exception') + details,
      stackStartFn: stackStartFn
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      return expected.test(String(actual));
    }
    throw errors.codes.ERR_INVALID_ARG_TYPE('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== void 0 && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected) || expected === Error) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = void 0;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    innerFail({
      actual: actual,
      expected: error,
      operator: stackStartFn.name,
      message: 'Got unwanted ' + (stackStartFn === assert.doesNotReject ? 'rejection' : 'exception') + details + '\nActual message: "' + (actual && actual.message) + '"',
      stackStartFn: stackStartFn
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, error, message) {
  expectsError(throws, getActual(promiseFn), error, message, arguments.length);
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
  expectsNoError(doesNotThrow, getActual(fn), error, message);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== void 0) {
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    var newErr = new AssertionError({
      actual: err, expected: null, operator: 'ifError', message: message, stackStartFn: ifError
    });
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('regexp', 'an instance of RegExp', regexp);
  }
  var match = fn.name === 'match';
  if (typeof string !== 'string' || regexp.test(string) !== match) {
    if (message instanceof Error) throw message;
    var generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')' :
      (match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
      inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    var err = new AssertionError({
      actual: string, expected: regexp, message: message, operator: fn.name, stackStartFn: fn
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// assert.rejects / doesNotReject, as Node's async functions: a promiseFn that throws synchronously, or
// returns no promise, makes the returned promise reject with that error. Promise is a lazy global, so it
// is touched only here, on a call.
function checkIsPromise(obj) {
  return obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
    typeof obj.catch === 'function';
}

function waitForActual(promiseFn) {
  return new Promise(function (resolve) {
    var resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = promiseFn();
      if (!checkIsPromise(resultPromise)) {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
          'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
          errors.describeValue(resultPromise) + '.');
      }
    } else if (checkIsPromise(promiseFn)) {
      resultPromise = promiseFn;
    } else {
      throw errors.codes.ERR_INVALID_ARG_TYPE('promiseFn', 'of type function or an instance of Promise', promiseFn);
    }
    resolve(Promise.resolve(resultPromise).then(function () { return NO_EXCEPTION_SENTINEL; },
                                                function (e) { return e; }));
  });
}

assert.rejects = function rejects(promiseFn, error, message) {
  var argc = arguments.length;
  return waitForActual(promiseFn).then(function (actual) {
    expectsError(rejects, actual, error, message, argc);
  });
};

assert.doesNotReject = function doesNotReject(fn, error, message) {
  return waitForActual(fn).then(function (actual) {
    expectsNoError(doesNotReject, actual, error, message);
  });
};

function strict(value, message) {
  innerOk(strict, arguments.length, value, message);
}

var assertKeys = Object.keys(assert);
for (var ki = 0; ki < assertKeys.length; ki++) strict[assertKeys[ki]] = assert[assertKeys[ki]];
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

// Shared with util.isDeepStrictEqual; not part of Node's API, so hidden from enumeration.
Object.defineProperty(assert, '__isDeepStrictEqual', {
  value: isDeepStrictEqual, enumerable: false, writable: false, configurable: false
});
