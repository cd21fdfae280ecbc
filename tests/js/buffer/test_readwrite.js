'use strict';
// read*/write* for integers and floats: values, return values, endianness, bounds.
var assert = require('assert');

var b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0x80, 0x7f]);

// 8-bit
assert.strictEqual(b.readUInt8(), 1);
assert.strictEqual(b.readUInt8(0), 1);
assert.strictEqual(b.readUInt8(4), 255);
assert.strictEqual(b.readInt8(4), -1);
assert.strictEqual(b.readInt8(6), -128);
assert.strictEqual(b.readInt8(7), 127);
assert.strictEqual(b.readUint8(7), 127);

// 16-bit
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readUInt16LE(4), 0xfeff);
assert.strictEqual(b.readInt16LE(4), -257);
assert.strictEqual(b.readInt16BE(4), -2);
assert.strictEqual(b.readInt16BE(6), -32641);
assert.strictEqual(b.readUInt16BE(6), 0x807f);
assert.strictEqual(b.readUint16LE(1), 0x0302);

// 32-bit
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(0), 0x01020304);
assert.strictEqual(b.readUInt32LE(4), 0x7f80feff);
assert.strictEqual(b.readUInt32BE(4), 0xfffe807f);
assert.strictEqual(b.readInt32BE(4), -98177);
assert.strictEqual(b.readInt32LE(4), 0x7f80feff);
assert.strictEqual(Buffer.from([0xff, 0xff, 0xff, 0xff]).readInt32LE(0), -1);
assert.strictEqual(Buffer.from([0xff, 0xff, 0xff, 0xff]).readUInt32LE(0), 4294967295);
assert.strictEqual(Buffer.from([0x80, 0, 0, 0]).readInt32BE(0), -2147483648);
assert.strictEqual(b.readUint32BE(0), 0x01020304);

// Variable width
assert.strictEqual(b.readUIntLE(0, 3), 0x030201);
assert.strictEqual(b.readUIntBE(0, 3), 0x010203);
assert.strictEqual(b.readUIntBE(0, 6), 0x01020304fffe);
assert.strictEqual(b.readUIntLE(0, 6), 0xfeff04030201);
assert.strictEqual(b.readIntLE(0, 6), 0xfeff04030201 - 0x1000000000000);
assert.strictEqual(b.readIntBE(4, 2), -2);
assert.strictEqual(b.readIntBE(4, 1), -1);
assert.strictEqual(b.readIntLE(6, 2), 0x7f80);
assert.strictEqual(b.readUintLE(0, 1), 1);

// Writes return offset + bytes written.
var w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(0xab), 1);
assert.strictEqual(w.writeUInt8(0xcd, 1), 2);
assert.strictEqual(w.toString('hex'), 'abcd000000000000');
assert.strictEqual(w.writeInt8(-1, 2), 3);
assert.strictEqual(w[2], 255);
assert.strictEqual(w.writeInt8(-128, 3), 4);
assert.strictEqual(w[3], 0x80);
w.fill(0);
assert.strictEqual(w.writeUInt16LE(0x1234, 0), 2);
assert.strictEqual(w.writeUInt16BE(0x1234, 2), 4);
assert.strictEqual(w.writeInt16LE(-2, 4), 6);
assert.strictEqual(w.writeInt16BE(-2, 6), 8);
assert.strictEqual(w.toString('hex'), '34121234feffff' + 'fe');
w.fill(0);
assert.strictEqual(w.writeUInt32LE(0xdeadbeef, 0), 4);
assert.strictEqual(w.writeUInt32BE(0xdeadbeef, 4), 8);
assert.strictEqual(w.toString('hex'), 'efbeaddedeadbeef');
assert.strictEqual(w.writeInt32LE(-2, 0), 4);
assert.strictEqual(w.writeInt32BE(-2147483648, 4), 8);
assert.strictEqual(w.toString('hex'), 'feffffff80000000');
assert.strictEqual(w.readInt32LE(0), -2);
assert.strictEqual(w.readInt32BE(4), -2147483648);
assert.strictEqual(w.writeUint32LE(1), 4);
assert.strictEqual(w.writeUint16BE(1, 6), 8);
assert.strictEqual(w.writeUint8(1, 7), 8);
// Fractions are truncated, as Node does.
w.fill(0);
w.writeUInt8(1.9, 0);
w.writeUInt16LE(513.5, 1);
assert.strictEqual(w.toString('hex'), '0101020000000000');

// Variable-width writes
w.fill(0);
assert.strictEqual(w.writeUIntLE(0x010203, 0, 3), 3);
assert.strictEqual(w.writeUIntBE(0x010203, 3, 3), 6);
assert.strictEqual(w.toString('hex'), '0302010102030000');
assert.strictEqual(w.writeUIntBE(0x0102030405ff, 0, 6), 6);
assert.strictEqual(w.toString('hex'), '0102030405ff0000');
assert.strictEqual(w.readUIntBE(0, 6), 0x0102030405ff);
assert.strictEqual(w.writeIntLE(-2, 0, 6), 6);
assert.strictEqual(w.toString('hex'), 'feffffffffff0000');
assert.strictEqual(w.readIntLE(0, 6), -2);
assert.strictEqual(w.writeIntBE(-(Math.pow(2, 47)), 0, 6), 6);
assert.strictEqual(w.toString('hex'), '8000000000000000');
assert.strictEqual(w.readIntBE(0, 6), -Math.pow(2, 47));
assert.strictEqual(w.writeIntBE(-129, 0, 2), 2);
assert.strictEqual(w.readInt16BE(0), -129);
assert.strictEqual(w.writeUintLE(255, 7, 1), 8);
assert.strictEqual(w[7], 255);

// Floats and doubles
var f = Buffer.alloc(8);
assert.strictEqual(f.writeFloatLE(1.5), 4);
assert.strictEqual(f.toString('hex', 0, 4), '0000c03f');
assert.strictEqual(f.readFloatLE(0), 1.5);
assert.strictEqual(f.writeFloatBE(-2.25, 4), 8);
assert.strictEqual(f.toString('hex', 4), 'c0100000');
assert.strictEqual(f.readFloatBE(4), -2.25);
f.writeFloatLE(0.1, 0);
assert.strictEqual(f.readFloatLE(0), 0.10000000149011612);
f.writeFloatLE(Infinity, 0);
assert.strictEqual(f.readFloatLE(0), Infinity);
f.writeFloatBE(NaN, 0);
assert.ok(isNaN(f.readFloatBE(0)));
assert.strictEqual(f.writeDoubleLE(1.5), 8);
assert.strictEqual(f.toString('hex'), '000000000000f83f');
assert.strictEqual(f.readDoubleLE(0), 1.5);
assert.strictEqual(f.writeDoubleBE(Math.PI, 0), 8);
assert.strictEqual(f.toString('hex'), '400921fb54442d18');
assert.strictEqual(f.readDoubleBE(0), Math.PI);
f.writeDoubleLE(-0, 0);
assert.strictEqual(1 / f.readDoubleLE(0), -Infinity);
var d = Buffer.alloc(10);
d.writeDoubleBE(123.456, 2);
assert.strictEqual(d.readDoubleBE(2), 123.456);

// Reads and writes through a slice hit the parent's memory.
var parent = Buffer.alloc(6);
parent.slice(2).writeUInt16BE(0xabcd, 1);
assert.strictEqual(parent.toString('hex'), '000000abcd00');
assert.strictEqual(parent.slice(3).readUInt16BE(0), 0xabcd);

// Bounds and argument checks
function throwsRange(fn) { assert.throws(fn, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }); }
function throwsType(fn) { assert.throws(fn, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }); }
var r = Buffer.alloc(4);
throwsRange(function () { r.readUInt8(4); });
throwsRange(function () { r.readUInt8(-1); });
throwsRange(function () { r.readUInt8(1.5); });
throwsRange(function () { r.readUInt8(NaN); });
throwsRange(function () { r.readUInt16LE(3); });
throwsRange(function () { r.readInt32BE(1); });
assert.throws(function () { r.readDoubleLE(0); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' });
throwsRange(function () { r.readFloatBE(1); });
throwsType(function () { r.readUInt8('0'); });
throwsType(function () { r.readUInt32LE(null); });
throwsType(function () { r.readUIntLE(0); });
throwsType(function () { r.readUIntLE(); });
throwsRange(function () { r.readUIntLE(0, 7); });
throwsRange(function () { r.readUIntLE(0, 0); });
assert.throws(function () { r.readUIntLE(0, 5); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' });
throwsRange(function () { r.writeUInt8(256); });
throwsRange(function () { r.writeUInt8(-1); });
throwsRange(function () { r.writeInt8(128); });
throwsRange(function () { r.writeInt8(-129); });
throwsRange(function () { r.writeUInt16LE(65536); });
throwsRange(function () { r.writeInt16BE(-32769); });
throwsRange(function () { r.writeUInt32LE(-1); });
throwsRange(function () { r.writeUInt32BE(4294967296); });
throwsRange(function () { r.writeInt32LE(2147483648); });
throwsRange(function () { r.writeUInt8(1, 4); });
throwsRange(function () { r.writeUInt16BE(1, 3); });
throwsRange(function () { r.writeUInt32LE(1, 1); });
assert.throws(function () { r.writeDoubleBE(1); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' });
throwsRange(function () { r.writeFloatLE(1, 1); });
throwsRange(function () { r.writeUIntLE(256, 0, 1); });
throwsRange(function () { r.writeIntBE(Math.pow(2, 47), 0, 6); });
throwsType(function () { r.writeUInt8(1, '0'); });
throwsType(function () { r.writeUIntBE(1, 0); });
assert.throws(function () { Buffer.alloc(0).readUInt8(0); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' });
assert.throws(function () { Buffer.alloc(3).readUInt32LE(0); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' });
assert.throws(function () { r.writeUInt8(300); }, /It must be >= 0 and <= 255. Received 300/);
assert.throws(function () { r.readUInt8(9); }, /It must be >= 0 and <= 3. Received 9/);
// Nothing was written by the failed calls.
assert.strictEqual(r.toString('hex'), '00000000');
