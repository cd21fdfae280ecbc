// A failing assertion: exit 1 with the AssertionError on stderr.
var assert = require('assert');
console.log('some stdout before failing');
assert.strictEqual(1 + 1, 3, 'arithmetic is broken <&> "here"');
