'use strict';
// One test() of a tape-style test script: its assertions, plan, end, nested tests, timeout and
// teardown, with tape 5's rules and messages (a device script written for tape runs unchanged and
// prints the same TAP). What it reports goes to the harness (harness.js), which numbers and prints it.

var inspect = require('internal/tape/inspect');
var deepEqual = require('internal/tape/deep_equal');

// The first argument that is not undefined.
function defined(a, b, c) { return a !== void 0 ? a : b !== void 0 ? b : c; }

function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }

function isRegExp(x) { return Object.prototype.toString.call(x) === '[object RegExp]'; }

function isErrorConstructor(C) {
  return Error.prototype.isPrototypeOf(C.prototype) && C.prototype !== Error.prototype;
}

// name, opts and callback in any order, as tape takes them.
function testArgs(a, b, c) {
  var out = { name: '(anonymous)', opts: {}, cb: void 0 };
  var args = [a, b, c];
  for (var i = 0; i < 3; i++) {
    var arg = args[i];
    if (typeof arg === 'string') out.name = arg;
    else if (typeof arg === 'object') out.opts = arg || out.opts;
    else if (typeof arg === 'function') out.cb = arg;
  }
  return out;
}

// The caller's frame that is the test script's (the first with an absolute path: built-in modules
// have relative names), as tape's "at: fn (file:line:col)"; Duktape knows no column.
var FRAME = /^\s*at (.*?) \((\/.*?:\d+)\)/;
function callerFrame() {
  var lines = String(new Error('exception').stack).split('\n');
  for (var i = 1; i < lines.length; i++) {
    var m = FRAME.exec(lines[i]);
    if (m) return (m[1] === '[anon]' ? '<anonymous>' : m[1]) + ' (' + m[2] + ')';
  }
  return void 0;
}

function Test(harness, name, opts, cb) {
  var args = testArgs(name, opts, cb);
  this._harness = harness;
  this._id = ++harness.lastId;
  this._parentId = 0;
  this.name = args.name || '(anonymous)';
  this.assertCount = 0;
  this.pendingCount = 0;
  this._skip = args.opts.skip || false;
  this._todo = args.opts.todo || false;
  this._timeout = args.opts.timeout;
  this._objectPrintDepth = args.opts.objectPrintDepth || 5;
  this._plan = void 0;
  this._cb = args.cb;
  this.ended = false;
  this.calledEnd = false;
  this._planError = false;
  this._progeny = [];
  this._teardown = [];
  this._onEnd = [];
  this._onPrerun = [];
  // Bound, as tape's are: scripts pass t.end as a callback.
  for (var key in Test.prototype) {
    if (typeof Test.prototype[key] === 'function') this[key] = Test.prototype[key].bind(this);
  }
}

Test.testArgs = testArgs;

Test.prototype.run = function run() {
  this._harness.header(this);
  for (var i = 0; i < this._onPrerun.length; i++) this._onPrerun[i]();
  if (!this._cb || this._skip) {
    this._end();
    return;
  }
  if (this._timeout !== void 0 && this._timeout !== null) this.timeoutAfter(this._timeout);
  var ret = this._cb(this);
  // An async function or a returned promise ends the test when it settles.
  if (ret && (typeof ret === 'object' || typeof ret === 'function') && typeof ret.then === 'function') {
    var self = this;
    ret.then(function () {
      if (!self.calledEnd) self.end();
    }, function (err) {
      if (err instanceof Error || Object.prototype.toString.call(err) === '[object Error]') self.error(err);
      else self.fail(err);
      self.end();
    });
  }
};

Test.prototype.test = function test(name, opts, cb) {
  var self = this;
  var t = new Test(this._harness, name, opts, cb);
  t._parentId = this._id;
  this._progeny.push(t);
  this.pendingCount++;
  t._onPrerun.push(function () { self.assertCount++; });
  if (!this._pendingAsserts()) setImmediate(function () { self._end(); });
  // A parent with nested tests and no plan need not call end(): it ends when its callback has run.
  setImmediate(function () {
    if (!self._plan && self.pendingCount === self._progeny.length) self._end();
  });
};

Test.prototype.comment = function comment(msg) {
  var lines = String(msg).trim().split('\n');
  for (var i = 0; i < lines.length; i++) this._harness.comment(lines[i].trim().replace(/^#\s*/, ''));
};

Test.prototype.plan = function plan(n) { this._plan = n; };

Test.prototype.timeoutAfter = function timeoutAfter(ms) {
  if (!ms) throw new Error('timeoutAfter requires a timespan');
  var self = this;
  var timer = setTimeout(function () {
    self.fail(self.name + ' timed out after ' + ms + 'ms');
    self.end();
  }, ms);
  this._onEnd.push(function () { clearTimeout(timer); });
};

Test.prototype.end = function end(err) {
  if (err) this.error(err);
  if (this.calledEnd) this.fail('.end() already called');
  this.calledEnd = true;
  this._end();
};

Test.prototype.teardown = function teardown(fn) {
  if (typeof fn !== 'function') this.fail('teardown: ' + inspect(fn) + ' is not a function');
  else this._teardown.push(fn);
};

Test.prototype._end = function _end() {
  var self = this;
  if (!this._cb && !this._todo && !this._skip) this.fail('# TODO ' + this.name);
  // Nested tests run after their parent's own assertions, one after another.
  if (this._progeny.length) {
    var child = this._progeny.shift();
    child._onEnd.push(function () { self._end(); });
    child.run();
    return;
  }
  while (this._teardown.length) {
    try {
      this._teardown.shift()();
    } catch (e) {
      this.fail(e);
    }
  }
  if (!this.ended) {
    this._harness.ended(this);
    var listeners = this._onEnd;
    this._onEnd = [];
    for (var i = 0; i < listeners.length; i++) listeners[i]();
  }
  if (!this._planError && this._plan !== void 0 && this._pendingAsserts()) {
    this._planError = true;
    this.fail('plan != count', { expected: this._plan, actual: this.assertCount });
  }
  this.ended = true;
};

// At process exit, for a test that has not finished.
Test.prototype._exit = function _exit() {
  if (this._plan !== void 0 && !this._planError && this.assertCount !== this._plan) {
    this._planError = true;
    this.fail('plan != count', { expected: this._plan, actual: this.assertCount, exiting: true });
  } else if (!this.ended) {
    this.fail('test exited without ending: ' + this.name, { exiting: true });
  }
};

Test.prototype._pendingAsserts = function _pendingAsserts() {
  if (this._plan === void 0) return 1;
  return this._plan - (this._progeny.length + this.assertCount);
};

Test.prototype._assert = function _assert(ok, opts) {
  var self = this;
  var extra = opts.extra || {};
  var actualOK = !!ok || !!extra.skip;
  var name = defined(extra.message, opts.message, '(unnamed assert)');
  if (this.calledEnd && opts.operator !== 'fail') {
    this.fail('.end() already called: ' + name);
    return;
  }
  var res = {
    id: this.assertCount++,
    ok: actualOK,
    skip: defined(extra.skip, opts.skip),
    todo: defined(extra.todo, opts.todo, this._todo),
    name: name,
    operator: defined(extra.operator, opts.operator),
    objectPrintDepth: this._objectPrintDepth
  };
  if (has(opts, 'actual') || has(extra, 'actual')) res.actual = defined(extra.actual, opts.actual);
  if (has(opts, 'expected') || has(extra, 'expected')) res.expected = defined(extra.expected, opts.expected);
  if (!actualOK && !res.todo) res.error = defined(extra.error, opts.error, new Error(res.name));
  if (!actualOK) res.at = callerFrame();
  this._harness.result(this, res);

  var pending = this._pendingAsserts();
  if (!pending) {
    if (extra.exiting) this._end();
    else setImmediate(function () { self._end(); });
  }
  if (!this._planError && pending < 0) {
    this._planError = true;
    this.fail('plan != count', { expected: this._plan, actual: this._plan - pending });
  }
};

Test.prototype.fail = function fail(msg, extra) {
  this._assert(false, { message: msg, operator: 'fail', extra: extra });
};

Test.prototype.pass = function pass(msg, extra) {
  this._assert(true, { message: msg, operator: 'pass', extra: extra });
};

Test.prototype.skip = function skip(msg, extra) {
  this._assert(true, { message: msg, operator: 'skip', skip: true, extra: extra });
};

Test.prototype.ok = function ok(value, msg, extra) {
  this._assert(value, { message: defined(msg, 'should be truthy'), operator: 'ok', expected: true, actual: value, extra: extra });
};

Test.prototype.notOk = function notOk(value, msg, extra) {
  this._assert(!value, { message: defined(msg, 'should be falsy'), operator: 'notOk', expected: false, actual: value, extra: extra });
};

Test.prototype.error = function error(err, msg, extra) {
  this._assert(!err, { message: defined(msg, String(err)), operator: 'error', error: err, extra: extra });
};

function needTwo(n) {
  if (n < 2) throw new TypeError('two arguments must be provided to compare');
}

function comparison(operator, defaultMsg, pass) {
  return function (a, b, msg, extra) {
    needTwo(arguments.length);
    this._assert(pass(a, b, this), { message: defined(msg, defaultMsg), operator: operator, actual: a, expected: b, extra: extra });
  };
}

function is(a, b) { return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b; }

Test.prototype.equal = comparison('equal', 'should be strictly equal', is);
Test.prototype.notEqual = comparison('notEqual', 'should not be strictly equal', function (a, b) { return !is(a, b); });
Test.prototype.looseEqual = comparison('looseEqual', 'should be loosely equal', function (a, b) { return a == b; });  // eslint-disable-line eqeqeq
Test.prototype.notLooseEqual = comparison('notLooseEqual', 'should not be loosely equal', function (a, b) { return a != b; });  // eslint-disable-line eqeqeq
Test.prototype.deepEqual = comparison('deepEqual', 'should be deeply equivalent', function (a, b) { return deepEqual(a, b, true); });
Test.prototype.notDeepEqual = comparison('notDeepEqual', 'should not be deeply equivalent', function (a, b) { return !deepEqual(a, b, true); });
Test.prototype.deepLooseEqual = comparison('deepLooseEqual', 'should be loosely deeply equivalent', function (a, b) { return deepEqual(a, b, false); });
Test.prototype.notDeepLooseEqual = comparison('notDeepLooseEqual', 'should not be loosely deeply equivalent', function (a, b) { return !deepEqual(a, b, false); });

// Does the thrown `error` match what throws() was given: a constructor, a validation function, a
// RegExp for its string form, or an object whose properties it must have.
function matches(error, expected) {
  if (typeof expected === 'function') {
    if (expected.prototype !== void 0 && error instanceof expected) return true;
    if (isErrorConstructor(expected)) return false;
    return expected.call({}, error) === true;
  }
  if (isRegExp(expected)) return expected.test(String(error));
  if (expected && typeof expected === 'object') {
    if (!error || typeof error !== 'object') return false;
    var keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    else if (keys.length === 0) throw new TypeError('`throws` validation object must not be empty');
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (typeof error[k] === 'string' && isRegExp(expected[k]) && expected[k].test(error[k])) continue;
      if (k in error && deepEqual(error[k], expected[k], true)) continue;
      return false;
    }
    return true;
  }
  return true;
}

// throws and doesNotThrow: a string in expected's place is the message; fn is called and
// judge(caught, expected) -> { passed, expected, error } says what its exception ({ error }) means.
function throwAssertion(defaultMessage, judge) {
  return function (fn, expected, msg, extra) {
    if (typeof expected === 'string') {
      msg = expected;
      expected = void 0;
    }
    var caught;
    try {
      fn();
    } catch (err) {
      caught = { error: err };
    }
    var verdict = judge(caught, expected);
    this._assert(verdict.passed, {
      message: defined(msg, defaultMessage),
      operator: 'throws',
      actual: caught && caught.error,
      expected: verdict.expected,
      error: verdict.error,
      extra: extra
    });
  };
}

// As tape: the message becomes an own enumerable property, so a failure shows it.
function ownMessage(err) {
  if (err && typeof err === 'object' && 'message' in err && !Object.prototype.propertyIsEnumerable.call(err, 'message')) {
    try {
      var message = err.message;
      delete err.message;
      err.message = message;
    } catch (e) { /* a frozen error keeps its message as it is */ }
  }
}

Test.prototype.throws = throwAssertion('should throw', function (caught, expected) {
  if (!caught) return { passed: false, expected: expected, error: void 0 };
  ownMessage(caught.error);
  if (typeof expected === 'string' && caught.error && caught.error.message === expected) {
    throw new TypeError('The "error/message" argument is ambiguous. The error message ' + inspect(expected) +
                        ' is identical to the message.');
  }
  var passed = matches(caught.error, expected);
  return { passed: passed, expected: isRegExp(expected) ? inspect(expected) : expected, error: !passed && caught.error };
});

Test.prototype.doesNotThrow = throwAssertion('should not throw', function (caught, expected) {
  return { passed: !caught, expected: expected, error: caught && caught.error };
});

function matchAssertion(operator, wanted) {
  return function (string, regexp, msg, extra) {
    if (!isRegExp(regexp)) {
      this._assert(false, {
        message: defined(msg, 'The "regexp" argument must be an instance of RegExp. Received type ' + typeof regexp +
                              ' (' + inspect(regexp) + ')'),
        operator: operator, actual: Object.prototype.toString.call(regexp), expected: '[object RegExp]', extra: extra
      });
    } else if (typeof string !== 'string') {
      this._assert(false, {
        message: defined(msg, 'The "string" argument must be of type string. Received type ' + typeof string +
                              ' (' + inspect(string) + ')'),
        operator: operator, actual: string === null ? null : typeof string, expected: 'string', extra: extra
      });
    } else {
      var m = regexp.test(string);
      var what = m ? (wanted ? 'matched' : 'was expected to not match') : 'did not match';
      this._assert(m === wanted, {
        message: defined(msg, 'The input ' + what + ' the regular expression ' + inspect(regexp) + '. Input: ' + inspect(string)),
        operator: operator, actual: string, expected: regexp, extra: extra
      });
    }
  };
}

Test.prototype.match = matchAssertion('match', true);
Test.prototype.doesNotMatch = matchAssertion('doesNotMatch', false);

// tape's other names for the same assertions.
var ALIASES = {
  ok: ['true', 'assert'],
  notOk: ['false', 'notok'],
  error: ['ifError', 'ifErr', 'iferror'],
  equal: ['equals', 'isEqual', 'strictEqual', 'strictEquals', 'is'],
  notEqual: ['notEquals', 'isNotEqual', 'doesNotEqual', 'isInequal', 'notStrictEqual', 'notStrictEquals', 'isNot', 'not'],
  looseEqual: ['looseEquals'],
  notLooseEqual: ['notLooseEquals'],
  deepEqual: ['deepEquals', 'isEquivalent', 'same'],
  notDeepEqual: ['notDeepEquals', 'notEquivalent', 'notDeeply', 'notSame', 'isNotDeepEqual', 'isNotDeeply',
                 'isNotEquivalent', 'isInequivalent']
};
Object.keys(ALIASES).forEach(function (name) {
  ALIASES[name].forEach(function (alias) { Test.prototype[alias] = Test.prototype[name]; });
});

module.exports = Test;
