'use strict';
// `require('test')`: tape's test(name, [opts], function (t) { ... }) (internal/tape/), so device
// test scripts written for tape run unchanged and print the same TAP, which `netjs test` reads to
// report each test() on its own. On the function, helpers after Node's test/common: call-count
// checks that are verified when the process exits, a deadline, and port-0 listening so tests never
// fight over fixed port numbers. Their failures throw AssertionError from an 'exit' listener, so the
// test exits 1 with the reason on stderr, which is what `netjs test` reports.

var harness = null;

function getHarness() {
  if (!harness) {
    var Harness = require('internal/tape/harness');
    harness = new Harness();
  }
  return harness;
}

function test(name, opts, cb) { return getHarness().add(name, opts, cb); }
module.exports = exports = test;
test.test = test;

var onlyUsed = false;
test.only = function only(name, opts, cb) {
  if (onlyUsed) throw new Error('there can only be one only test');
  if (process.env.NODE_TAPE_NO_ONLY_TEST === 'true' || process.env.NODE_TAPE_NO_ONLY_TEST === '1') {
    throw new Error('`only` tests are prohibited');
  }
  onlyUsed = true;
  var t = test(name, opts, cb);
  getHarness().only = t;
  return t;
};

// Unlike tape 5, whose test.skip() makes a test it never runs nor prints, a skipped test is listed
// ("# SKIP name"), as one with { skip: true } is.
test.skip = function skip(name, opts, cb) {
  var args = require('internal/tape/test_case').testArgs(name, opts, cb);
  var o = {};
  for (var k in args.opts) o[k] = args.opts[k];
  o.skip = true;
  return test(args.name, o, args.cb);
};

function assertModule() { return require('assert'); }

var pending = [];
var exitHooked = false;

function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', function (code) {
    // A test that already failed keeps its own error; piling call-count errors on it only hides it.
    if (code !== 0) return;
    for (var i = 0; i < pending.length; i++) {
      var e = pending[i];
      if (e.exact !== void 0 && e.actual !== e.exact) {
        assertModule().fail('mustCall ' + e.name + ': expected ' + e.exact + ' call(s), got ' + e.actual + '\n' + e.stack);
      }
      if (e.minimum !== void 0 && e.actual < e.minimum) {
        assertModule().fail('mustCallAtLeast ' + e.name + ': expected at least ' + e.minimum + ' call(s), got ' +
                    e.actual + '\n' + e.stack);
      }
    }
  });
}

function counted(fn, entry) {
  hookExit();
  pending.push(entry);
  return function () {
    entry.actual++;
    if (fn) return fn.apply(this, arguments);
  };
}

// The caller's caller's frame ("    at fn (file:line)"): the line that created the wrapper, which is
// what the author looks for when a count is wrong.
function where() {
  var stack = String(new Error().stack).split('\n');
  return stack[3] || '';
}

// fn wrapped so that it must be called exactly `exact` times (default 1) before the process exits.
exports.mustCall = function (fn, exact) {
  if (typeof fn === 'number') { exact = fn; fn = void 0; }
  if (exact === void 0) exact = 1;
  return counted(fn, { name: (fn && fn.name) || '<anonymous>', exact: exact, actual: 0, stack: where() });
};

// fn wrapped so that it must be called at least `minimum` times (default 1).
exports.mustCallAtLeast = function (fn, minimum) {
  if (typeof fn === 'number') { minimum = fn; fn = void 0; }
  if (minimum === void 0) minimum = 1;
  return counted(fn, { name: (fn && fn.name) || '<anonymous>', minimum: minimum, actual: 0, stack: where() });
};

// A function that fails the test if it is ever called.
exports.mustNotCall = function (msg) {
  var stack = where();
  return function () {
    throw new (assertModule().AssertionError)({
      message: (msg || 'function should not have been called') + '\n' + stack,
      operator: 'mustNotCall'
    });
  };
};

// Fails the test (exit 1) if it is still running after `ms`. Unref'd: it never keeps a test alive,
// so a finished test exits at once. Returns the timer (clearTimeout() it to disarm).
exports.deadline = function (ms) {
  var t = setTimeout(function () {
    process.stderr.write('test deadline of ' + ms + ' ms exceeded\n');
    process.exit(1);
  }, ms);
  t.unref();
  return t;
};

// server.listen() on a port the kernel picks, then cb(port): no fixed port numbers, so tests can run
// in parallel. `host` defaults to 127.0.0.1.
exports.listen = function (server, host, cb) {
  if (typeof host === 'function') { cb = host; host = void 0; }
  server.listen(0, host || '127.0.0.1', function () {
    cb(server.address().port);
  });
  return server;
};
