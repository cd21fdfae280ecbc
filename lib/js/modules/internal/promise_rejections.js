'use strict';
// Rejected promises nobody handled, reported as Node v20 does in its default mode ('throw'): a
// promise still unhandled once the tick and microtask queues have drained emits process
// 'unhandledRejection' (reason, promise); with no listener, the reason (or, for a non-Error, an
// ERR_UNHANDLED_REJECTION error) becomes an uncaught exception: 'uncaughtException' listeners get it
// with origin 'unhandledRejection', and with none it is printed and the process exits with 1.
// A handler attached after that emits 'rejectionHandled' (or, with no listener, a warning).

var microtasks = require('internal/microtasks');

// pending holds pairs: a promise, then its slots: slots.rejectionInfo is the note kept while the
// promise counts as unhandled.
var pending = [];        // promises rejected with no handler, in order, not yet looked at
var lateHandled = [];    // promises reported unhandled that got a handler since
var lastId = 0;

exports.unhandled = function unhandled(promise, slots, reason) {
  slots.rejectionInfo = { reason: reason, id: ++lastId, warned: false };
  pending.push(promise, slots);
  microtasks.flagWork();
};

exports.handled = function handled(promise, slots) {
  var info = slots.rejectionInfo;
  if (info === void 0) return;
  slots.rejectionInfo = void 0;
  if (info.warned) {
    lateHandled.push({ promise: promise, id: info.id });
    microtasks.flagWork();
  }
};

function isErrorLike(v) {
  return typeof v === 'object' && v !== null && (v instanceof Error || Object.prototype.hasOwnProperty.call(v, 'stack'));
}

// V8's side-effect-free rendering of a value, as the message of ERR_UNHANDLED_REJECTION shows it.
function noSideEffectsToString(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (typeof v !== 'object' || v === null) return String(v);
  if (Array.isArray(v)) return '[object Array]';
  var proto = Object.getPrototypeOf(v);
  var ctor = proto && Object.prototype.hasOwnProperty.call(proto, 'constructor') ? proto.constructor : null;
  return '#<' + (typeof ctor === 'function' && ctor.name ? ctor.name : 'Object') + '>';
}

function unhandledRejectionError(reason) {
  var err = new Error('This error originated either by throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
    noSideEffectsToString(reason) + '".');
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// Called by the host's drain once both queues are empty; true when it may have queued more work.
function processRejections() {
  var didWork = lateHandled.length > 0;
  while (lateHandled.length > 0) {
    var late = lateHandled.shift();
    if (!process.emit('rejectionHandled', late.promise)) {
      var warning = new Error('Promise rejection was handled asynchronously (rejection id: ' + late.id + ')');
      warning.name = 'PromiseRejectionHandledWarning';
      process.emitWarning(warning);
    }
  }
  var n = pending.length / 2;
  while (n-- > 0) {
    var promise = pending.shift();
    var info = pending.shift().rejectionInfo;
    if (info === void 0) continue;  // handled in time
    info.warned = true;
    didWork = true;  // listeners may have queued ticks or microtasks
    if (!process.emit('unhandledRejection', info.reason, promise)) {
      var err = isErrorLike(info.reason) ? info.reason : unhandledRejectionError(info.reason);
      // With no 'uncaughtException' listener the host reports it and exits, as for any uncaught error.
      if (process.listenerCount('uncaughtException') === 0) throw err;
      process.emit('uncaughtException', err, 'unhandledRejection');
    }
  }
  return didWork || pending.length > 0;
}

microtasks.setRejectionProcessor(processRejections);
