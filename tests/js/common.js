// Test helpers shared by the JS test scripts. Plain ES5 that runs unchanged on netjs and on Node,
// so the same test files can be compared against Node v20.
'use strict';
var assert = require('assert');

var pending = [];

// Returns a wrapper of fn that must be called exactly `exact` times (default 1) before exit.
exports.mustCall = function (fn, exact) {
  if (typeof fn === 'number') { exact = fn; fn = undefined; }
  if (exact === undefined) exact = 1;
  var entry = { name: (fn && fn.name) || '<anonymous>', expected: exact, actual: 0, stack: new Error().stack };
  pending.push(entry);
  return function () {
    entry.actual++;
    if (fn) return fn.apply(this, arguments);
  };
};

// Like mustCall, but at least `minimum` times (default 1).
exports.mustCallAtLeast = function (fn, minimum) {
  if (typeof fn === 'number') { minimum = fn; fn = undefined; }
  if (minimum === undefined) minimum = 1;
  var entry = { name: (fn && fn.name) || '<anonymous>', minimum: minimum, actual: 0, stack: new Error().stack };
  pending.push(entry);
  return function () {
    entry.actual++;
    if (fn) return fn.apply(this, arguments);
  };
};

exports.mustNotCall = function (msg) {
  var where = new Error().stack;
  return function () {
    var err = new Error((msg || 'function should not have been called') + '\n' + where);
    throw err;
  };
};

process.on('exit', function (code) {
  if (code !== 0) return;
  pending.forEach(function (e) {
    if (e.expected !== undefined && e.actual !== e.expected) {
      assert.fail('mustCall ' + e.name + ': expected ' + e.expected + ' call(s), got ' + e.actual + '\n' + e.stack);
    }
    if (e.minimum !== undefined && e.actual < e.minimum) {
      assert.fail('mustCallAtLeast ' + e.name + ': expected >= ' + e.minimum + ', got ' + e.actual + '\n' + e.stack);
    }
  });
});

// Runs fn and returns what it threw; fails if it did not throw.
exports.catchErr = function (fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

// Runs fn with process.stdout/stderr writes and process.emitWarning captured instead of printed:
// { out, err, warnings }.
exports.capture = function (fn) {
  var out = [];
  var err = [];
  var warnings = [];
  var savedOut = process.stdout.write;
  var savedErr = process.stderr.write;
  var savedWarn = process.emitWarning;
  process.stdout.write = function (chunk) { out.push(String(chunk)); return true; };
  process.stderr.write = function (chunk) { err.push(String(chunk)); return true; };
  process.emitWarning = function (w) { warnings.push(String(w)); };
  try {
    fn();
  } finally {
    process.stdout.write = savedOut;
    process.stderr.write = savedErr;
    process.emitWarning = savedWarn;
  }
  return { out: out.join(''), err: err.join(''), warnings: warnings };
};

// How much slower than native this run is: ctest sets NETJS_TEST_TIME_FACTOR (e.g. 5 under qemu-user).
exports.timeFactor = Math.max(1, Number(process.env.NETJS_TEST_TIME_FACTOR) || 1);
// Running under an emulator (qemu-user, for a cross build): ctest sets NETJS_TEST_EMULATED=1. What
// the emulator does not provide: process.memoryUsage().rss is 0 (qemu's /proc/self/stat has no RSS).
exports.emulated = process.env.NETJS_TEST_EMULATED === '1';
// The command that runs this engine again, for tests that spawn themselves as a child. Under qemu-user
// (a cross build's tests) process.execPath is the target's binary, which the host cannot exec without
// binfmt_misc: the build then names its emulator wrapper in NETJS_TEST_EXEC.
exports.execPath = process.env.NETJS_TEST_EXEC || process.execPath;

// A hard deadline so a broken test fails instead of hanging; unref'd so it never keeps a test alive.
// Scaled by timeFactor.
exports.deadline = function (ms) {
  ms *= exports.timeFactor;
  var t = setTimeout(function () {
    console.error('test deadline of ' + ms + ' ms exceeded');
    process.exit(2);
  }, ms);
  if (t.unref) t.unref();
  return t;
};
