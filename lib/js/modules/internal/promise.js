'use strict';
// Promise (ES2015, with allSettled/any from later editions) for an engine that has none. Loaded on
// first use of the global. Reactions run as microtasks (internal/microtasks, drained by the host
// after the nextTick queue, as Node drains them), and rejections nobody handled by the end of a
// drain are reported as Node reports them (internal/promise_rejections).
//
// A promise's state lives in a record under a symbol: invisible to Object.keys, JSON and inspect, as
// V8's internal slots are. The reaction jobs take their arguments from the queue, so a then() costs one
// reaction record and no closure.

var microtasks = require('internal/microtasks');
var enqueueMicrotask = microtasks.enqueueMicrotask;
var rejections = require('internal/promise_rejections');

var PENDING = 0;
var FULFILLED = 1;
var REJECTED = 2;

// One non-enumerable symbol-keyed record a promise, so neither Object.keys nor util.inspect sees it.
var kSlots = Symbol('PromiseSlots');

function Slots() {
  this.state = PENDING;
  this.result = void 0;
  this.reactions = null;
  this.handled = false;
  this.rejectionInfo = void 0;  // internal/promise_rejections' note while it counts as unhandled
}

function isObject(v) { return (typeof v === 'object' && v !== null) || typeof v === 'function'; }
var hasOwn = Object.prototype.hasOwnProperty;
// Own, not inherited: Object.create(aPromise) is not a promise.
function isPromise(v) { return isObject(v) && hasOwn.call(v, kSlots); }

function describe(v) {
  if (typeof v === 'function') return v.name ? 'function ' + v.name : 'function';
  if (typeof v === 'string') return '"' + v + '"';
  if (isObject(v)) return '#<' + ((v.constructor && v.constructor.name) || 'Object') + '>';
  return String(v);
}

// --- the promise itself -------------------------------------------------------------------------------

function Promise(executor) {
  if (!(this instanceof Promise) || hasOwn.call(this, kSlots)) {
    throw new TypeError("Promise constructor cannot be invoked without 'new'");
  }
  if (typeof executor !== 'function') throw new TypeError('Promise resolver ' + describe(executor) + ' is not a function');
  initPromise(this);
  var fns = resolvingFunctions(this);
  try {
    executor(fns.resolve, fns.reject);
  } catch (e) {
    fns.reject(e);
  }
}

function initPromise(p) {
  Object.defineProperty(p, kSlots, { value: new Slots() });
}

function newPromise() {
  var p = Object.create(Promise.prototype);
  initPromise(p);
  return p;
}

// The resolve/reject pair handed to an executor: the first call of either wins.
function resolvingFunctions(p) {
  var done = false;
  return {
    resolve: function (value) {
      if (done) return;
      done = true;
      resolvePromise(p, value);
    },
    reject: function (reason) {
      if (done) return;
      done = true;
      rejectPromise(p, reason);
    }
  };
}

// Promise Resolve Functions (ES2015 25.4.1.3.2): a thenable is followed in a job of its own.
function resolvePromise(p, x) {
  if (x === p) {
    rejectPromise(p, new TypeError('Chaining cycle detected for promise #<Promise>'));
    return;
  }
  if (!isObject(x)) {
    settle(p, FULFILLED, x);
    return;
  }
  var then;
  try {
    then = x.then;
  } catch (e) {
    rejectPromise(p, e);
    return;
  }
  if (typeof then !== 'function') {
    settle(p, FULFILLED, x);
    return;
  }
  enqueueMicrotask(resolveThenableJob, p, { thenable: x, then: then });
}

function resolveThenableJob(p, job) {
  var fns = resolvingFunctions(p);
  try {
    job.then.call(job.thenable, fns.resolve, fns.reject);
  } catch (e) {
    fns.reject(e);
  }
}

function rejectPromise(p, reason) {
  var s = p[kSlots];
  if (s.state !== PENDING) return;
  if (!s.handled) rejections.unhandled(p, s, reason);
  settle(p, REJECTED, reason);
}

function settle(p, state, result) {
  var s = p[kSlots];
  if (s.state !== PENDING) return;
  var reactions = s.reactions;
  s.state = state;
  s.result = result;
  s.reactions = null;
  if (reactions === null) return;
  var job = state === FULFILLED ? fulfillJob : rejectJob;
  for (var i = 0; i < reactions.length; i++) enqueueMicrotask(job, reactions[i], result);
}

// A reaction: the handlers of one then() and what they settle: the derived promise (a plain
// Promise), or the resolve/reject of a capability made by a subclass's constructor.
function Reaction(onFulfilled, onRejected, derived, resolve, reject) {
  this.onFulfilled = onFulfilled;
  this.onRejected = onRejected;
  this.derived = derived;
  this.resolve = resolve;
  this.reject = reject;
}

function fulfillJob(reaction, value) {
  var handler = reaction.onFulfilled;
  if (handler === null) {
    settleReaction(reaction, true, value);
    return;
  }
  runHandler(reaction, handler, value);
}

function rejectJob(reaction, reason) {
  var handler = reaction.onRejected;
  if (handler === null) {
    settleReaction(reaction, false, reason);
    return;
  }
  runHandler(reaction, handler, reason);
}

function runHandler(reaction, handler, arg) {
  var result;
  try {
    result = handler(arg);
  } catch (e) {
    settleReaction(reaction, false, e);
    return;
  }
  settleReaction(reaction, true, result);
}

function settleReaction(reaction, ok, value) {
  if (reaction.derived !== null) {
    if (ok) resolvePromise(reaction.derived, value);
    else rejectPromise(reaction.derived, value);
  } else if (reaction.resolve !== null) {
    (ok ? reaction.resolve : reaction.reject)(value);
  }
}

function performThen(p, onFulfilled, onRejected, derived, resolve, reject) {
  var reaction = new Reaction(typeof onFulfilled === 'function' ? onFulfilled : null,
                              typeof onRejected === 'function' ? onRejected : null, derived, resolve, reject);
  var s = p[kSlots];
  var state = s.state;
  if (state === PENDING) {
    if (s.reactions === null) s.reactions = [reaction];
    else s.reactions.push(reaction);
  } else if (state === FULFILLED) {
    enqueueMicrotask(fulfillJob, reaction, s.result);
  } else {
    if (!s.handled) rejections.handled(p, s);
    enqueueMicrotask(rejectJob, reaction, s.result);
  }
  s.handled = true;
}

// NewPromiseCapability(C): a plain Promise needs no capability; a subclass gets one from its constructor.
function Capability(C) {
  var self = this;
  this.resolve = void 0;
  this.reject = void 0;
  this.promise = new C(function (resolve, reject) {
    if (self.resolve !== void 0 || self.reject !== void 0) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    self.resolve = resolve;
    self.reject = reject;
  });
  if (typeof this.resolve !== 'function') throw new TypeError('Promise resolve function is not callable');
  if (typeof this.reject !== 'function') throw new TypeError('Promise reject function is not callable');
}

function requirePromise(p, method) {
  if (!isPromise(p)) {
    throw new TypeError('Method Promise.prototype.' + method + ' called on incompatible receiver ' + describe(p));
  }
}

function speciesConstructor(p) {
  var C = p.constructor;
  if (C === void 0) return Promise;
  if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
  return C;
}

function then(onFulfilled, onRejected) {
  requirePromise(this, 'then');
  var C = speciesConstructor(this);
  if (C === Promise) {
    var derived = newPromise();
    performThen(this, onFulfilled, onRejected, derived, null, null);
    return derived;
  }
  var cap = new Capability(C);
  performThen(this, onFulfilled, onRejected, null, cap.resolve, cap.reject);
  return cap.promise;
}

function promiseCatch(onRejected) {
  return this.then(void 0, onRejected);
}

function promiseFinally(onFinally) {
  if (!isObject(this)) throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' + describe(this));
  if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
  var C = speciesConstructor(this);
  return this.then(function (value) {
    return promiseResolve(C, onFinally()).then(function () { return value; });
  }, function (reason) {
    return promiseResolve(C, onFinally()).then(function () { throw reason; });
  });
}

function promiseResolve(C, x) {
  if (isPromise(x) && x.constructor === C) return x;
  if (C === Promise) {
    var p = newPromise();
    resolvePromise(p, x);
    return p;
  }
  var cap = new Capability(C);
  cap.resolve(x);
  return cap.promise;
}

function requireConstructor(C, method) {
  if (!isObject(C)) throw new TypeError('PromiseResolve called on non-object');
  return C;
}

// --- statics ------------------------------------------------------------------------------------------

function resolve(x) {
  return promiseResolve(requireConstructor(this, 'resolve'), x);
}

function reject(reason) {
  var C = requireConstructor(this, 'reject');
  if (C === Promise) {
    var p = newPromise();
    rejectPromise(p, reason);
    return p;
  }
  var cap = new Capability(C);
  cap.reject(reason);
  return cap.promise;
}

// The engine has no iteration protocol on its built-ins: an object with a Symbol.iterator method is
// iterated through it, anything else with a length (arrays, array-likes, strings) by index.
function forEachOf(iterable, fn) {
  if (iterable === null || iterable === void 0) {
    throw new TypeError(iterable + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
  }
  var iterFn = iterable[Symbol.iterator];
  if (typeof iterFn === 'function') {
    var it = iterFn.call(iterable);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    for (;;) {
      var step = it.next();
      if (!isObject(step)) throw new TypeError('Iterator result ' + describe(step) + ' is not an object');
      if (step.done) return;
      try {
        fn(step.value);
      } catch (e) {
        if (typeof it['return'] === 'function') {
          try { it['return'](); } catch (ignored) { /* the first error wins */ }
        }
        throw e;
      }
    }
  }
  if (typeof iterable === 'string' || (isObject(iterable) && typeof iterable.length === 'number')) {
    for (var i = 0; i < iterable.length; i++) fn(iterable[i]);
    return;
  }
  var shown = typeof iterable === 'number' || typeof iterable === 'boolean' ? typeof iterable + ' ' + iterable : describe(iterable);
  throw new TypeError(shown + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

// Runs a combinator's body: an exception (a bad iterable, a throwing resolve) rejects the result.
function combinator(C, body) {
  requireConstructor(C);
  var cap = new Capability(C);
  try {
    var resolveFn = C.resolve;
    if (typeof resolveFn !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    body(cap, function (x) { return resolveFn.call(C, x); });
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
}

// The walk all, allSettled and any share: one slot an item, which settle fills at most once; done gets
// the slots when every item has settled (at once for an empty iterable). wire(promise, settle) picks
// which outcome of an item fills its slot.
function gather(iterable, resolveItem, wire, done) {
  var results = [];
  var remaining = 1;
  var index = 0;
  forEachOf(iterable, function (item) {
    var i = index++;
    var called = false;
    results.push(void 0);
    remaining++;
    wire(resolveItem(item), function settle(result) {
      if (called) return;
      called = true;
      results[i] = result;
      if (--remaining === 0) done(results);
    });
  });
  if (--remaining === 0) done(results);
}

function all(iterable) {
  return combinator(this, function (cap, resolveItem) {
    gather(iterable, resolveItem, function (p, settle) { p.then(settle, cap.reject); }, cap.resolve);
  });
}

function allSettled(iterable) {
  return combinator(this, function (cap, resolveItem) {
    gather(iterable, resolveItem, function (p, settle) {
      p.then(function (value) { settle({ status: 'fulfilled', value: value }); },
             function (reason) { settle({ status: 'rejected', reason: reason }); });
    }, cap.resolve);
  });
}

function any(iterable) {
  return combinator(this, function (cap, resolveItem) {
    gather(iterable, resolveItem, function (p, settle) { p.then(cap.resolve, settle); }, function (errors) {
      cap.reject(new AggregateError(errors, 'All promises were rejected'));
    });
  });
}

function race(iterable) {
  return combinator(this, function (cap, resolveItem) {
    forEachOf(iterable, function (item) {
      resolveItem(item).then(cap.resolve, cap.reject);
    });
  });
}

// --- AggregateError -----------------------------------------------------------------------------------

function AggregateError(errors, message) {
  if (!(this instanceof AggregateError)) return new AggregateError(errors, message);
  var list = [];
  forEachOf(errors, function (e) { list.push(e); });
  var err = new Error(message === void 0 ? '' : String(message));
  Object.setPrototypeOf(err, AggregateError.prototype);
  if (message === void 0) delete err.message;
  Object.defineProperty(err, 'errors', { value: list, writable: true, configurable: true, enumerable: false });
  return err;
}
AggregateError.prototype = Object.create(Error.prototype, {
  constructor: { value: AggregateError, writable: true, configurable: true },
  name: { value: 'AggregateError', writable: true, configurable: true },
  message: { value: '', writable: true, configurable: true }
});

// --- wiring -------------------------------------------------------------------------------------------

function method(target, name, fn) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });  // 'catch', not promiseCatch
  Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

method(Promise.prototype, 'then', then);
method(Promise.prototype, 'catch', promiseCatch);
method(Promise.prototype, 'finally', promiseFinally);
Object.defineProperty(Promise.prototype, Symbol.toStringTag, { value: 'Promise', configurable: true });
method(Promise, 'resolve', resolve);
method(Promise, 'reject', reject);
method(Promise, 'all', all);
method(Promise, 'allSettled', allSettled);
method(Promise, 'any', any);
method(Promise, 'race', race);

// For util.inspect: the state and result of a promise ('pending', 'fulfilled' or 'rejected').
function inspectPromise(p) {
  if (!isPromise(p)) return null;
  var s = p[kSlots];
  return { state: s.state === PENDING ? 'pending' : s.state === FULFILLED ? 'fulfilled' : 'rejected', result: s.result };
}

exports.Promise = Promise;
exports.AggregateError = AggregateError;
exports.inspectPromise = inspectPromise;
