'use strict';
// A bound (receiving) socket keeps the process alive until closed; after unref() it does not, and
// ref() undoes that. Checked with unref'd timers, which alone would let the process exit at once.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

var kept = dgram.createSocket('udp4');
var closedByTimer = false;
var released = dgram.createSocket('udp4');
var releasedClosed = false;

kept.bind(0, '127.0.0.1', common.mustCall(function () {
  // Only the socket can keep the loop running until this fires.
  var t = setTimeout(common.mustCall(function () {
    closedByTimer = true;
    kept.close();
  }), 50);
  t.unref();
}));

released.bind(0, '127.0.0.1', common.mustCall(function () {
  released.unref();
  released.ref();
  released.unref();
  released.on('close', function () { releasedClosed = true; });
}));

process.on('exit', function () {
  assert.strictEqual(closedByTimer, true);
  // Never closed, yet the process ended: the unref'd socket did not hold it.
  assert.strictEqual(releasedClosed, false);
  console.log('exit with the unref\'d socket still open');
});
