'use strict';
var assert = require('assert');
var common = require('../common');
// An unref'd timer does not keep the process alive: the script exits before it fires.
var t = setTimeout(common.mustNotCall('unref timer fired'), 100000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
// ref() again makes it count, then clearing it lets the process exit.
var t2 = setTimeout(common.mustNotCall(), 100000).unref().ref();
assert.strictEqual(t2.hasRef(), true);
clearTimeout(t2);
// An unref'd interval never fires before exit either.
setInterval(common.mustNotCall(), 100000).unref();
// An unref'd immediate does not run if nothing else keeps the loop alive for it... but a ref'd one does.
setImmediate(common.mustCall());
// refresh() restarts the countdown: the timer fires a full period after the refresh, never at its
// original time (lower bounds only, so a loaded machine cannot make this fail).
var refreshedAt = 0;
var r = setTimeout(common.mustCall(function () {
  assert.ok(refreshedAt > 0, 'fired before it was refreshed');
  assert.ok(Date.now() - refreshedAt >= 95, 'fired ' + (Date.now() - refreshedAt) + ' ms after refresh');
}), 100);
setTimeout(function () {
  refreshedAt = Date.now();
  r.refresh();
}, 50);
