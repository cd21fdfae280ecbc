'use strict';
// The shape and sanity of every os function: types and ranges, the loopback interface, tmpdir's
// environment rule, priorities (read, set to the same value, bad arguments, a missing process),
// userInfo with Buffers, and constants that cannot be replaced.
var assert = require('assert');
var os = require('os');

function show(fn) {
  try {
    return 'ok ' + fn();
  } catch (e) {
    return e.name + ' ' + e.code + ': ' + e.message;
  }
}

assert.strictEqual(typeof os.uptime(), 'number');
assert.ok(os.uptime() > 0);
var load = os.loadavg();
assert.ok(Array.isArray(load) && load.length === 3);
load.forEach(function (v) { assert.ok(typeof v === 'number' && v >= 0); });
assert.ok(os.totalmem() > 0);
assert.ok(os.freemem() > 0 && os.freemem() <= os.totalmem());
assert.ok(os.availableParallelism() >= 1);

var cpus = os.cpus();
assert.ok(Array.isArray(cpus));
cpus.forEach(function (cpu) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  Object.keys(cpu.times).forEach(function (k) { assert.ok(cpu.times[k] >= 0); });
});

// Loopback is there, internal, with its CIDR; IPv6 entries carry a scope id.
var nets = os.networkInterfaces();
var loopback = [];
Object.keys(nets).forEach(function (name) {
  nets[name].forEach(function (a) {
    var keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (a.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(a), keys);
    assert.ok(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac));
    if (a.address === '127.0.0.1') loopback.push(a);
  });
});
assert.strictEqual(loopback.length, 1);
assert.strictEqual(loopback[0].internal, true);
assert.strictEqual(loopback[0].cidr, '127.0.0.1/8');
console.log('loopback', JSON.stringify(loopback[0]));

// tmpdir: TMPDIR, then TMP, then TEMP, then /tmp; one trailing slash dropped, "/" kept.
var saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
function setEnv(name, value) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
setEnv('TMPDIR', undefined); setEnv('TMP', undefined); setEnv('TEMP', undefined);
console.log('tmpdir default', os.tmpdir());
setEnv('TEMP', '/from/temp/');
console.log('tmpdir TEMP', os.tmpdir());
setEnv('TMP', '/from/tmp');
console.log('tmpdir TMP', os.tmpdir());
setEnv('TMPDIR', '/');
console.log('tmpdir root', os.tmpdir());
Object.keys(saved).forEach(function (k) { setEnv(k, saved[k]); });

var user = os.userInfo();
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
var raw = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(raw.username));
assert.strictEqual(raw.username.toString(), user.username);

var prio = os.getPriority();
assert.strictEqual(os.getPriority(0), prio);
assert.strictEqual(os.getPriority(process.pid), prio);
os.setPriority(prio);
os.setPriority(0, prio);
console.log(show(function () { return os.getPriority('x'); }));
console.log(show(function () { return os.setPriority(0, 20); }));
console.log(show(function () { return os.setPriority(1.5); }));
var err;
try { os.getPriority(2147483647); } catch (e) { err = e; }
assert.strictEqual(err.name, 'SystemError');
assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
console.log(err.message, JSON.stringify(err.info));

assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_LOW, 19);
assert.strictEqual(Object.getPrototypeOf(os.constants.errno), null);
var before = os.constants;
try { os.constants = {}; } catch (e) { /* strict mode: read-only */ }
assert.strictEqual(os.constants, before);
console.log('done');
