// Exits 0: a pass.
var assert = require('assert');
assert.strictEqual(1 + 1, 2);
console.log('pass output on stdout');
