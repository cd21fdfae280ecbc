'use strict';
// POSIX path handling, as Node's path.posix.

function assertPath(p, name) {
  if (typeof p !== 'string') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(name || 'path', 'of type string', p);
  }
}

function normalizeParts(parts, allowAboveRoot) {
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(p);
    }
  }
  return out;
}

function normalize(p) {
  assertPath(p);
  if (p === '') return '.';
  var isAbs = p.charAt(0) === '/';
  var trailing = p.charAt(p.length - 1) === '/';
  var out = normalizeParts(p.split('/'), !isAbs).join('/');
  if (!out && !isAbs) out = '.';
  if (out && trailing) out += '/';
  return (isAbs ? '/' : '') + out;
}

function join() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    assertPath(arguments[i]);
    if (arguments[i]) parts.push(arguments[i]);
  }
  return parts.length ? normalize(parts.join('/')) : '.';
}

function resolve() {
  var resolved = '';
  var abs = false;
  for (var i = arguments.length - 1; i >= -1 && !abs; i--) {
    var p = i >= 0 ? arguments[i] : process.cwd();
    assertPath(p);
    if (!p) continue;
    resolved = p + '/' + resolved;
    abs = p.charAt(0) === '/';
  }
  var out = normalizeParts(resolved.split('/'), !abs).join('/');
  return ((abs ? '/' : '') + out) || '.';
}

function isAbsolute(p) {
  assertPath(p);
  return p.charAt(0) === '/';
}

function dirname(p) {
  assertPath(p);
  if (p === '') return '.';
  var end = p.length;
  while (end > 1 && p.charAt(end - 1) === '/') end--;
  var idx = p.lastIndexOf('/', end - 1);
  if (idx === -1) return '.';
  if (idx === 0) return '/';
  while (idx > 1 && p.charAt(idx - 1) === '/') idx--;
  return p.slice(0, idx);
}

function basename(p, ext) {
  assertPath(p);
  var end = p.length;
  while (end > 1 && p.charAt(end - 1) === '/') end--;
  var base = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
  if (ext && base !== ext && base.slice(-ext.length) === ext) base = base.slice(0, -ext.length);
  return base;
}

function extname(p) {
  var base = basename(p);
  var idx = base.lastIndexOf('.');
  if (idx <= 0) return '';
  return base.slice(idx);
}

function relative(from, to) {
  var a = resolve(from).split('/').filter(Boolean);
  var b = resolve(to).split('/').filter(Boolean);
  var i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  var up = [];
  for (var j = i; j < a.length; j++) up.push('..');
  return up.concat(b.slice(i)).join('/');
}

function parse(p) {
  assertPath(p);
  var root = p.charAt(0) === '/' ? '/' : '';
  var base = basename(p);
  var ext = extname(p);
  var dir = dirname(p);
  if (dir === '.' && p.indexOf('/') === -1) dir = '';
  return { root: root, dir: dir, base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base };
}

function format(o) {
  var dir = o.dir || o.root || '';
  var base = o.base || ((o.name || '') + (o.ext || ''));
  if (!dir) return base;
  return dir === o.root ? dir + base : dir + '/' + base;
}

exports.sep = '/';
exports.delimiter = ':';
exports.normalize = normalize;
exports.join = join;
exports.resolve = resolve;
exports.isAbsolute = isAbsolute;
exports.dirname = dirname;
exports.basename = basename;
exports.extname = extname;
exports.relative = relative;
exports.parse = parse;
exports.format = format;
exports.posix = exports;
