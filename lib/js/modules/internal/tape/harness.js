'use strict';
// The run of a tape-style test script: test() queues a test, the queue runs one test at a time
// (the next starts once the previous has ended), assertions are numbered and printed as TAP
// version 13 in tape 5's format, and at process exit unfinished tests fail ("plan != count", "test
// exited without ending"), the summary is printed and the exit code is 1 if an assertion failed.

var Test = require('internal/tape/test_case');
var inspect = require('internal/tape/inspect');

var YAML_INDICATORS = /:|-|\?/;

function coalesce(str) { return String(str).replace(/\s+/g, ' '); }

function write(s) { process.stdout.write(s); }

// One assertion as tape prints it: the test line, and for a failure a YAML block with the operator,
// expected/actual (a literal block when long or not plain YAML), where, and the error's stack.
function encode(res, n, todoIsOK) {
  var out = (res.ok || (todoIsOK && res.todo) ? 'ok ' : 'not ok ') + n;
  out += res.name ? ' ' + coalesce(res.name) : '';
  if (res.skip) out += ' # SKIP' + (typeof res.skip === 'string' ? ' ' + coalesce(res.skip) : '');
  else if (res.todo) out += ' # TODO' + (typeof res.todo === 'string' ? ' ' + coalesce(res.todo) : '');
  out += '\n';
  if (res.ok) return out;

  var inner = '    ';
  out += '  ---\n' + inner + 'operator: ' + res.operator + '\n';
  if ('expected' in res || 'actual' in res) {
    var ex = inspect(res.expected, res.objectPrintDepth);
    var ac = inspect(res.actual, res.objectPrintDepth);
    if (Math.max(ex.length, ac.length) > 65 || YAML_INDICATORS.test(ex) || YAML_INDICATORS.test(ac)) {
      out += inner + 'expected: |-\n' + inner + '  ' + ex + '\n';
      out += inner + 'actual: |-\n' + inner + '  ' + ac + '\n';
    } else {
      out += inner + 'expected: ' + ex + '\n';
      out += inner + 'actual:   ' + ac + '\n';
    }
  }
  if (res.at) out += inner + 'at: ' + res.at + '\n';
  var actualStack = res.actual && (typeof res.actual === 'object' || typeof res.actual === 'function') ? res.actual.stack : void 0;
  var stack = actualStack !== void 0 ? actualStack : res.error && res.error.stack;
  if (stack) {
    var lines = String(stack).split('\n');
    out += inner + 'stack: |-\n';
    for (var i = 0; i < lines.length; i++) out += inner + '  ' + lines[i] + '\n';
  }
  return out + '  ...\n';
}

// Under `netjs test` (which sets NETJS_TEST_TAP_MARKS=1), lines that tell the runner which test()
// each TAP line belongs to; the runner takes them out of the output. Format: lib/runner/tape_protocol.h.
var MARK = '\x1e';

function Harness() {
  this.marks = process.env.NETJS_TEST_TAP_MARKS === '1';
  // Not for scripts this one starts: their marks would mix with ours.
  if (this.marks) delete process.env.NETJS_TEST_TAP_MARKS;
  this.lastId = 0;
  this.tests = [];    // every top-level test, for the checks at exit
  this.queue = [];    // top-level tests not yet started
  this.only = null;
  this.count = 0;
  this.pass = 0;
  this.fail = 0;
  this.started = false;
  this.exitCode = 0;
  this.todoIsOK = process.env.TODO_IS_OK === '1';
  var self = this;
  process.on('exit', function (code) { self._onExit(code); });
}

Harness.prototype.add = function (name, opts, cb) {
  var t = new Test(this, name, opts, cb);
  this.tests.push(t);
  this.queue.push(t);
  if (!this.started) {
    this.started = true;
    var self = this;
    setImmediate(function () {
      write('TAP version 13\n');
      self._next();
    });
  }
  return t;
};

Harness.prototype._next = function () {
  var self = this;
  for (;;) {
    var t = this.queue.shift();
    if (!t) return;
    if (this.only && t !== this.only) continue;
    t.run();
    if (!t.ended) {
      t._onEnd.push(function () { setImmediate(function () { self._next(); }); });
      return;
    }
  }
};

Harness.prototype._startMark = function (t) {
  if (!this.marks || t._marked) return;
  t._marked = true;
  var flag = t._skip ? 'skip' : t._todo ? 'todo' : '-';
  write(MARK + 'T\t' + t._id + '\t' + t._parentId + '\t' + flag + '\t' + coalesce(t.name).replace(/\t/g, ' ') + '\n');
};

Harness.prototype.ended = function (t) {
  if (this.marks) write(MARK + 'E\t' + t._id + '\n');
};

Harness.prototype.header = function (t) {
  this._startMark(t);
  var pre = t._skip ? 'SKIP ' : t._todo ? 'TODO ' : '';
  var post = t._skip && typeof t._skip === 'string' ? ' ' + coalesce(t._skip) : '';
  write('# ' + pre + coalesce(t.name) + post + '\n');
};

Harness.prototype.comment = function (text) { write('# ' + text + '\n'); };

Harness.prototype.result = function (t, res) {
  if (this.marks) {
    // A test that fails at exit without having started (one queued behind a hung test) is listed too.
    this._startMark(t);
    write(MARK + 'A\t' + t._id + '\n');
  }
  write(encode(res, this.count + 1, this.todoIsOK));
  this.count++;
  if (res.ok || res.todo) {
    this.pass++;
  } else {
    this.fail++;
    this.exitCode = 1;
  }
};

Harness.prototype._onExit = function (code) {
  // A script that is already failing (an uncaught exception, process.exit(n)) keeps its own exit.
  if (typeof code === 'number' && code !== 0) return;
  for (var i = 0; i < this.tests.length; i++) {
    if (!this.only || this.tests[i] === this.only) this.tests[i]._exit();
  }
  write('\n1..' + this.count + '\n# tests ' + this.count + '\n# pass  ' + this.pass + '\n');
  // tape ends with an empty line too.
  write(this.fail ? '# fail  ' + this.fail + '\n\n' : '\n# ok\n\n');
  if (this.exitCode) process.exitCode = this.exitCode;
};

module.exports = Harness;
