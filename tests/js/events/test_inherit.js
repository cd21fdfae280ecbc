'use strict';
// Subclassing EventEmitter ES5-style, and emitters created without running the constructor.
var assert = require('assert');
var EventEmitter = require('events');
var util = require('util');

function MyEmitter(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(MyEmitter, EventEmitter);
MyEmitter.prototype.greet = function () { this.emit('greet', 'hello ' + this.name); };

var m = new MyEmitter('bob');
assert.ok(m instanceof EventEmitter);
assert.ok(m instanceof MyEmitter);
assert.strictEqual(MyEmitter.super_, EventEmitter);
var said;
m.on('greet', function (s) { said = s; assert.strictEqual(this, m); });
m.greet();
assert.strictEqual(said, 'hello bob');

// Two instances do not share listeners.
var m2 = new MyEmitter('alice');
assert.strictEqual(m2.listenerCount('greet'), 0);

// Object.create(EventEmitter.prototype) without calling the constructor works lazily.
var bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.listenerCount('x'), 0);
assert.deepStrictEqual(bare.listeners('x'), []);
assert.deepStrictEqual(bare.eventNames(), []);
var hit = 0;
bare.on('x', function () { hit++; });
bare.emit('x');
assert.strictEqual(hit, 1);
assert.ok(Object.prototype.hasOwnProperty.call(bare, '_events'));

// Methods inherited via a plain prototype mix-in.
function Mixed() { EventEmitter.init.call(this); }
Mixed.prototype = Object.create(EventEmitter.prototype);
Mixed.prototype.constructor = Mixed;
var mixed = new Mixed();
var v;
mixed.once('v', function (x) { v = x; });
mixed.emit('v', 7);
assert.strictEqual(v, 7);

// The default max listeners is read through the instance.
assert.strictEqual(m.getMaxListeners(), EventEmitter.defaultMaxListeners);
