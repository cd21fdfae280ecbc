'use strict';
// timers/promises setInterval: an async iterator whose next() promises the value once per interval;
// ticks not yet taken are kept and handed out in turn; return() stops it and the process can exit.
var common = require('../common');
var assert = require('assert');
var tp = require('timers/promises');

common.deadline(10000);

var it = tp.setInterval(5, 'v');
assert.strictEqual(typeof it.next, 'function');
assert.strictEqual(typeof it.return, 'function');

var got = [];
function take(n, then) {
  if (n === 0) return then();
  it.next().then(function (r) {
    got.push(r.value + ':' + r.done);
    take(n - 1, then);
  });
}

take(3, common.mustCall(function () {
  // Two ticks pass before the next next(): both are kept, and taken one after the other.
  setTimeout(common.mustCall(function () {
    take(2, common.mustCall(function () {
      it.return('end').then(common.mustCall(function (r) {
        got.push(r.value + ':' + r.done);
        return it.next();
      })).then(common.mustCall(function (r) {
        got.push(String(r.value) + ':' + r.done);
        console.log(got.join(' '));
        // Nothing left running: the process exits here (a live interval would keep it up to the deadline).
      }));
    }));
  }), 40);
}));

// Bad options reject the first next(), as a generator's body throwing would.
tp.setInterval(5, 1, { ref: 'yes' }).next().then(common.mustNotCall(), common.mustCall(function (e) {
  console.log(e.code);
}));
