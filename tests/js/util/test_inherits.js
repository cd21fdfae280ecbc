'use strict';
// util.inherits: super_, prototype chain, constructor property, argument validation.
var assert = require('assert');
var util = require('util');

function Base(x) { this.x = x; }
Base.prototype.hello = function () { return 'hello ' + this.x; };
function Child(x) { Base.call(this, x); }
Child.prototype.own = function () { return 'own'; };
util.inherits(Child, Base);

assert.strictEqual(Child.super_, Base);
var c = new Child(3);
assert.ok(c instanceof Child);
assert.ok(c instanceof Base);
assert.strictEqual(c.hello(), 'hello 3');
// Methods defined on the prototype before inherits() survive (Node re-links the prototype).
assert.strictEqual(c.own(), 'own');
assert.strictEqual(Child.prototype.constructor, Child);
assert.strictEqual(Object.getPrototypeOf(Child.prototype), Base.prototype);
// super_ is not enumerable.
assert.deepStrictEqual(Object.keys(Child), []);

// Multi-level chains.
function GrandChild() { Child.call(this, 'g'); }
util.inherits(GrandChild, Child);
var g = new GrandChild();
assert.ok(g instanceof Base);
assert.strictEqual(g.hello(), 'hello g');
assert.strictEqual(GrandChild.super_.super_, Base);

// Validation.
assert.throws(function () { util.inherits(Child, null); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(function () { util.inherits(null, Base); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(function () { util.inherits(Child, function () {}.bind(null)); }, { code: 'ERR_INVALID_ARG_TYPE' });
