'use strict';
// The os module: facts about the machine and the user, read through libuv by the os binding (core's
// host_info), in Node's shapes. Failures are Node's SystemError (ERR_SYSTEM_ERROR).

var binding = process._binding('os');
var errors = require('internal/errors');
var netErrors = require('internal/net_errors');

var codes = errors.codes;

function systemError(status, syscall) {
  return netErrors.systemError('ERR_SYSTEM_ERROR', 'A system error occurred', status, syscall);
}

// A binding result that is a negative number is libuv's error code.
function checked(value, syscall) {
  if (typeof value === 'number' && value < 0) throw systemError(value, syscall);
  return value;
}

var unameCache = null;
function uname() {
  if (!unameCache) unameCache = checked(binding.uname(), 'uv_os_uname');
  return unameCache;
}

function hostname() { return checked(binding.hostname(), 'uv_os_gethostname'); }
function homedir() { return checked(binding.homedir(), 'uv_os_homedir'); }
function networkInterfaces() { return checked(binding.networkInterfaces(), 'uv_interface_addresses'); }
function cpus() { return binding.cpus(); }
function type() { return uname().sysname; }
function release() { return uname().release; }
function version() { return uname().version; }
function machine() { return uname().machine; }
function platform() { return process.platform; }
function arch() { return process.arch; }
function uptime() { return checked(binding.uptime(), 'uv_uptime'); }
function loadavg() { return binding.loadavg(); }
function totalmem() { return binding.totalmem(); }
function freemem() { return binding.freemem(); }
function availableParallelism() { return binding.availableParallelism(); }

// Node's rule: TMPDIR, TMP, TEMP, else /tmp; a trailing slash is dropped (but "/" stays).
function tmpdir() {
  var env = process.env;
  var path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
  return path;
}

function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
}

// userInfo([{encoding}]): {uid, gid, username, homedir, shell}; encoding 'buffer' gives Buffers.
function userInfo(options) {
  if (options !== void 0 && options !== null && typeof options !== 'object' && typeof options !== 'string') {
    throw codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  }
  var info = checked(binding.userInfo(), 'uv_os_get_passwd');
  var encoding = typeof options === 'string' ? options : options && options.encoding;
  if (encoding === 'buffer') {
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    info.shell = Buffer.from(info.shell);
  }
  return info;
}

function validateInt32(value, name, min, max) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'of type number', value);
  if (value !== Math.floor(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

var INT32_MIN = -2147483648;
var INT32_MAX = 2147483647;

function getPriority(pid) {
  if (pid === void 0) pid = 0;
  else validateInt32(pid, 'pid', INT32_MIN, INT32_MAX);
  var result = binding.getPriority(pid);
  if (result[0] < 0) throw systemError(result[0], 'uv_os_getpriority');
  return result[1];
}

function setPriority(pid, priority) {
  if (priority === void 0) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid', INT32_MIN, INT32_MAX);
  validateInt32(priority, 'priority', -20, 19);
  var rc = binding.setPriority(pid, priority);
  if (rc < 0) throw systemError(rc, 'uv_os_setpriority');
}

exports.arch = arch;
exports.availableParallelism = availableParallelism;
exports.cpus = cpus;
exports.endianness = endianness;
exports.freemem = freemem;
exports.getPriority = getPriority;
exports.homedir = homedir;
exports.hostname = hostname;
exports.loadavg = loadavg;
exports.networkInterfaces = networkInterfaces;
exports.platform = platform;
exports.release = release;
exports.setPriority = setPriority;
exports.tmpdir = tmpdir;
exports.totalmem = totalmem;
exports.type = type;
exports.userInfo = userInfo;
exports.uptime = uptime;
exports.version = version;
exports.machine = machine;
Object.defineProperty(exports, 'constants', {
  value: binding.constants(), writable: false, enumerable: true, configurable: false
});
Object.defineProperty(exports, 'EOL', { value: '\n', writable: false, enumerable: true, configurable: true });
Object.defineProperty(exports, 'devNull', { value: '/dev/null', writable: false, enumerable: true, configurable: true });
