'use strict';
// assert.rejects / assert.doesNotReject: each case prints how its promise settled, so the Node
// comparison checks the verdicts and the messages; the run ends with a count checked at exit.
var assert = require('assert');
var common = require('../common');

common.deadline(10000);

function boom(msg) { return Promise.reject(new TypeError(msg)); }

var cases = [
  ['rejects: matching class', function () { return assert.rejects(boom('x'), TypeError); }],
  ['rejects: matching object', function () { return assert.rejects(boom('bad'), { name: 'TypeError', message: 'bad' }); }],
  ['rejects: wrong class', function () { return assert.rejects(boom('x'), RangeError); }],
  ['rejects: resolved', function () { return assert.rejects(Promise.resolve(1)); }],
  ['rejects: function returning a rejection', function () { return assert.rejects(function () { return boom('f'); }, /f/); }],
  ['rejects: function returning no promise', function () { return assert.rejects(function () { return 5; }); }],
  ['rejects: function throwing synchronously', function () { return assert.rejects(function () { throw new Error('sync'); }); }],
  ['rejects: not a function or promise', function () { return assert.rejects(42); }],
  ['doesNotReject: resolved', function () { return assert.doesNotReject(Promise.resolve('ok')); }],
  ['doesNotReject: rejected', function () { return assert.doesNotReject(boom('no'), 'custom message'); }],
  ['doesNotReject: function', function () { return assert.doesNotReject(function () { return Promise.resolve(); }); }]
];

var done = 0;
function next(i) {
  if (i === cases.length) return;
  var name = cases[i][0];
  var p;
  try {
    p = cases[i][1]();
  } catch (e) {
    console.log(name + ': threw synchronously ' + e.code);
    return next(i + 1);
  }
  assert.ok(p instanceof Promise, name + ' returns a promise');
  p.then(function (v) {
    console.log(name + ': fulfilled ' + v);
    done++;
    next(i + 1);
  }, function (e) {
    console.log(name + ': rejected ' + e.name + ' ' + (e.code || '') + ' ' + e.message.split('\n')[0]);
    done++;
    next(i + 1);
  });
}
next(0);

process.on('exit', function (code) {
  if (code === 0) assert.strictEqual(done, cases.length);
});
