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
// refresh() restarts the countdown.
var fired = 0;
var r = setTimeout(function () { fired++; }, 30);
setTimeout(function () { r.refresh(); }, 15);
setTimeout(function () { assert.strictEqual(fired, 0, 'refreshed timer did not fire at its old time'); }, 35);
setTimeout(function () { assert.strictEqual(fired, 1); }, 80);
