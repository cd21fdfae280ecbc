'use strict';
var assert = require('assert');
assert.throws(function () { require('./fixtures/does-not-exist'); },
  function (err) {
    return err.code === 'MODULE_NOT_FOUND' && /Cannot find module '\.\/fixtures\/does-not-exist'/.test(err.message);
  });
assert.throws(function () { require('no-such-package-anywhere'); }, { code: 'MODULE_NOT_FOUND' });
assert.throws(function () { require('node:no-such-builtin'); }, function (err) {
  return /no-such-builtin/.test(err.message);
});
assert.throws(function () { require('./fixtures/bad_syntax'); }, SyntaxError);
assert.throws(function () { require('./fixtures/throws'); }, /thrown while loading/);
// A module that threw is not cached: requiring it again runs it again.
assert.throws(function () { require('./fixtures/throws'); }, /thrown while loading/);
// Bad ids, with Node's codes and wording (checked against Node v20).
assert.throws(function () { require(''); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''"
});
assert.throws(function () { require(42); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (42)'
});
assert.throws(function () { require(null); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received null'
});
