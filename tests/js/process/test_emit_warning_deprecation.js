'use strict';
// process.noDeprecation silences DeprecationWarnings (other warnings still come);
// process.throwDeprecation turns one into an exception a tick later.
var assert = require('assert');
var common = require('../common');

var seen = [];
process.on('warning', function (w) { seen.push(w.name + ': ' + w.message); });
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning', 'DEP_TEST');
process.emitWarning('shown', 'OtherWarning');
process.nextTick(common.mustCall(function () {
  assert.deepStrictEqual(seen, ['OtherWarning: shown']);
  process.noDeprecation = false;
  process.throwDeprecation = true;
  process.once('uncaughtException', common.mustCall(function (err) {
    assert.strictEqual(err.name, 'DeprecationWarning');
    assert.strictEqual(err.message, 'now thrown');
    assert.strictEqual(err.code, 'DEP_TEST2');
    assert.deepStrictEqual(seen, ['OtherWarning: shown'], 'a thrown warning is not emitted');
  }));
  process.emitWarning('now thrown', 'DeprecationWarning', 'DEP_TEST2');
}));
