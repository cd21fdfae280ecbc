'use strict';
// group/groupEnd indentation, count/countReset, time/timeLog/timeEnd.
var assert = require('assert');
var capture = require('../common').capture;

// group
var r = capture(function () {
  console.log('level 0');
  console.group('Group A');
  console.log('level 1');
  console.group();
  console.log('level 2\nsecond line');
  console.error('err at 2');
  console.groupEnd();
  console.groupCollapsed('Collapsed');
  console.info('in collapsed');
  console.groupEnd();
  console.groupEnd();
  console.groupEnd();
  console.log('back to 0');
});
assert.strictEqual(r.out, [
  'level 0',
  'Group A',
  '  level 1',
  '    level 2',
  '    second line',
  '  Collapsed',
  '    in collapsed',
  'back to 0',
  ''
].join('\n'));
assert.strictEqual(r.err, '    err at 2\n');

// count / countReset
r = capture(function () {
  console.count();
  console.count();
  console.count('x');
  console.count('default');
  console.countReset();
  console.count();
  console.count('x');
  console.countReset('never-counted');
});
assert.strictEqual(r.out, 'default: 1\ndefault: 2\nx: 1\ndefault: 3\ndefault: 1\nx: 2\n');
assert.strictEqual(r.warnings.length, 1);
assert.ok(/Count for 'never-counted' does not exist/.test(r.warnings[0]), r.warnings[0]);

// time / timeLog / timeEnd
r = capture(function () {
  console.time('t');
  console.timeLog('t', 'extra', { n: 1 });
  console.timeEnd('t');
  console.timeEnd('t');
  console.time();
  console.time();
  console.timeEnd();
  console.timeLog('missing');
});
var lines = r.out.split('\n');
assert.ok(/^t: \d+(\.\d+)?ms extra \{ n: 1 \}$/.test(lines[0]), lines[0]);
assert.ok(/^t: \d+(\.\d+)?ms$/.test(lines[1]), lines[1]);
assert.ok(/^default: \d+(\.\d+)?ms$/.test(lines[2]), lines[2]);
assert.strictEqual(lines.length, 4);
assert.strictEqual(r.warnings.length, 3);
assert.ok(/No such label 't' for console\.timeEnd\(\)/.test(r.warnings[0]), r.warnings[0]);
assert.ok(/Label 'default' already exists for console\.time\(\)/.test(r.warnings[1]), r.warnings[1]);
assert.ok(/No such label 'missing' for console\.timeLog\(\)/.test(r.warnings[2]), r.warnings[2]);
