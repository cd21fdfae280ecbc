'use strict';
// The microtask queue: promise reactions and queueMicrotask callbacks. The host drains it, through
// the bootstrap's runTicks, after the nextTick queue empties and before returning to the loop, as
// Node does. Loaded with the first promise or queueMicrotask, so a script that uses neither pays
// nothing for it.
//
// The queue is flat, STRIDE slots an entry (the job and its two arguments), so queuing allocates
// nothing beyond the array's growth.

var taskQueues = require('internal/task_queues');
var tickInfo = taskQueues.tickInfo;

var STRIDE = 3;
// Past this many run entries, a drain that is still going drops them from the front of the array,
// so a long chain of reactions does not keep its whole history in memory.
var COMPACT_AT = 3 * 1024;
var queue = [];
var head = 0;

function enqueueMicrotask(fn, a1, a2) {
  var q = queue, n = q.length;
  q[n] = fn;
  q[n + 1] = a1;
  q[n + 2] = a2;
  tickInfo[0] = 1;
}

function runMicrotasks() {
  // A job that throws (an 'uncaughtException' listener did, or there is none) leaves the rest queued.
  var q = queue;
  while (head < q.length) {
    if (head >= COMPACT_AT) {
      q.splice(0, head);
      head = 0;
    }
    var i = head;
    var fn = q[i], a1 = q[i + 1], a2 = q[i + 2];
    q[i] = q[i + 1] = q[i + 2] = void 0;
    head = i + STRIDE;
    fn(a1, a2);
  }
  q.length = 0;
  head = 0;
}

// As in Node, a callback that throws is an uncaught exception, and the rest of the queue still runs
// before any nextTick: with an 'uncaughtException' listener the drain goes on here; without one the
// error goes to the host, which reports it and exits.
function callUser(callback) {
  try {
    callback();
  } catch (e) {
    if (process.listenerCount('uncaughtException') === 0) throw e;
    process.emit('uncaughtException', e, 'uncaughtException');
  }
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', callback);
  }
  enqueueMicrotask(callUser, callback);
}

taskQueues.hooks.run = runMicrotasks;

exports.enqueueMicrotask = enqueueMicrotask;
exports.queueMicrotask = queueMicrotask;
// Tells the host there is work (a rejection to look at) without queuing any.
exports.flagWork = function flagWork() { tickInfo[0] = 1; };
// fn() looks at pending rejections and returns true when it may have queued more work.
exports.setRejectionProcessor = function setRejectionProcessor(fn) { taskQueues.hooks.rejections = fn; };
