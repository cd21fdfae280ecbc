'use strict';
// Values that netjs and Node must agree on when run on the same machine (scripts/compare-with-node.sh
// compares this output): names, the user, the interfaces, the constants. Times, load and free memory
// move between two runs and are checked for shape in test_shape.js instead.
var assert = require('assert');
var os = require('os');

console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull, 'endianness', os.endianness());
console.log('platform', os.platform(), 'arch', os.arch(), 'machine', os.machine());
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
console.log('type', os.type(), 'release', os.release());
console.log('version', os.version());
console.log('hostname', os.hostname());
console.log('homedir', os.homedir(), 'tmpdir', os.tmpdir());
console.log('userInfo', JSON.stringify(os.userInfo()));
console.log('availableParallelism', os.availableParallelism(), 'cpus', os.cpus().length);
console.log('cpu model', os.cpus().length ? os.cpus()[0].model : '(none)');
console.log('networkInterfaces', JSON.stringify(os.networkInterfaces()));
console.log('constants', JSON.stringify(os.constants));
console.log('keys', Object.keys(os).sort().join(' '));
