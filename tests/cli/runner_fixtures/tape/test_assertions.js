// Assertions and how a failure shows its values (object-inspect's format, as tape prints them).
var test = require('test');
function Point(x) { this.x = x; }
var circ = { name: 'c' }; circ.self = circ;
var nullProto = Object.create(null); nullProto.k = 1;
test('values as tape shows them', function (t) {
  t.equal('it\'s\n\ttab\u0001', 'x');
  t.equal(-0, 0);
  t.equal(NaN, 1);
  t.deepEqual([1, [2, [3, [4, [5, [6]]]]]], []);
  t.deepEqual({ 'a-b': 1, c: undefined, d: null }, {});
  t.deepEqual(new Point(1), { x: 1 });
  t.equal(function named() {}, null);
  t.equal(function () {}, null);
  t.equal(/re+/g, null);
  t.deepEqual(circ, nullProto);
  t.equal(true, false);
  t.deepEqual([], {});
  t.equal(new Error('boom'), 1);
  var e = new TypeError('with code'); e.code = 'E_X';
  t.equal(e, 1);
  t.end();
});
test('deep equality', function (t) {
  t.deepEqual(NaN, NaN, 'NaN');
  t.notDeepEqual(0, -0, '0 and -0 differ strictly');
  t.deepLooseEqual({ a: 1 }, { a: '1' }, 'loose leaves');
  t.notDeepLooseEqual({ a: 1 }, { a: 2 }, 'loose differs');
  t.notDeepEqual({ a: 1 }, { a: '1' }, 'strict leaves');
  t.deepEqual([1, 2], [1, 2], 'arrays');
  t.notDeepEqual([1, 2], { 0: 1, 1: 2, length: 2 }, 'array and object');
  t.deepEqual(new Date(5), new Date(5), 'dates');
  t.notDeepEqual(new Date(5), new Date(6), 'other dates');
  t.deepEqual(/a/g, /a/g, 'regexps');
  t.notDeepEqual(/a/g, /a/i, 'other flags');
  t.notDeepEqual(new Point(1), { x: 1 }, 'prototypes count');
  t.deepEqual(Buffer.from('ab'), Buffer.from('ab'), 'buffers');
  t.notDeepEqual(Buffer.from('ab'), Buffer.from('ac'), 'other buffers');
  var a = { v: 1 }; a.self = a; var b = { v: 1 }; b.self = b;
  t.deepEqual(a, b, 'cycles');
  t.notDeepEqual({ a: 1, b: 2 }, { a: 1 }, 'missing key');
  t.end();
});
test('throws', function (t) {
  function thrower() { var e = new RangeError('out of range'); e.code = 'E_RANGE'; throw e; }
  t.throws(thrower, RangeError, 'constructor');
  t.throws(thrower, /out of/, 'regexp on the string form');
  t.throws(thrower, { code: 'E_RANGE', message: /range/ }, 'validation object');
  t.throws(thrower, function (err) { return err.code === 'E_RANGE'; }, 'validation function');
  t.throws(thrower, TypeError, 'wrong constructor');
  t.throws(thrower, /nope/, 'regexp that does not match');
  t.throws(thrower, { code: 'OTHER' }, 'object that does not match');
  t.throws(function () { throw 'a string'; }, 'thrown string');
  t.doesNotThrow(function () {}, 'nothing thrown');
  try {
    t.equal(1);
  } catch (err) {
    t.equal(err.message, 'two arguments must be provided to compare', 'one argument');
  }
  try {
    t.throws(function () { throw new Error('same'); }, 'same');
  } catch (err2) {
    t.ok(err2 instanceof TypeError, 'ambiguous message');
  }
  t.match('abc', /b/, 'match');
  t.doesNotMatch('abc', /x/);
  t.match('abc', /x/);
  t.match(5, /x/);
  t.end();
});
test('aliases', function (t) {
  t.is(1, 1); t.same([1], [1]); t.strictEqual('a', 'a'); t.equals(2, 2); t.isEqual(3, 3);
  t.notStrictEqual(1, 2); t.isNot(1, 2); t.not(1, 2); t.notSame([1], [2]); t.deepEquals({}, {});
  t.assert(true); t['true'](1); t['false'](0); t.notok(0); t.ifError(null); t.iferror(undefined);
  t.looseEquals(1, '1'); t.notLooseEqual(1, 2); t.isEquivalent([], []);
  t.end();
});
