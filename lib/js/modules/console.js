'use strict';
// Node's Console in ES5 for Duktape. The default instance (module.exports) writes through
// process.stdout.write / process.stderr.write, looked up at call time so they can be replaced;
// `new Console(stdout[, stderr])` or `new Console({ stdout, stderr })` writes to given streams.
// Methods are bound to their instance, so `var log = console.log; log('x')` works.

var util = require('util');

var kGroupIndentation = 2;

function processStream(name) {
  return {
    write: function (chunk) {
      if (typeof process !== 'undefined' && process && process[name] && typeof process[name].write === 'function') {
        return process[name].write(chunk);
      }
      return false;
    }
  };
}

function validateStream(stream, name) {
  if (!stream || typeof stream.write !== 'function') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(name, 'an instance of Writable', stream);
  }
}

function Console(options, stderr, ignoreErrors) {
  if (!(this instanceof Console)) {
    return new Console(options, stderr, ignoreErrors);
  }
  var stdout;
  var inspectOptions;
  if (!options || typeof options.write === 'function') {
    stdout = options;
  } else {
    stdout = options.stdout;
    stderr = options.stderr;
    ignoreErrors = options.ignoreErrors;
    inspectOptions = options.inspectOptions;
    if (options.groupIndentation !== void 0) {
      this._groupIndentationWidth = options.groupIndentation;
    }
  }
  validateStream(stdout, 'stdout');
  if (stderr === void 0 || stderr === null) stderr = stdout;
  else validateStream(stderr, 'stderr');
  initConsole(this, stdout, stderr, ignoreErrors, inspectOptions);
}

function initConsole(self, stdout, stderr, ignoreErrors, inspectOptions) {
  Object.defineProperty(self, '_stdout', { value: stdout, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(self, '_stderr', { value: stderr, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(self, '_ignoreErrors', {
    value: ignoreErrors !== false, writable: true, configurable: true, enumerable: false
  });
  Object.defineProperty(self, '_inspectOptions', {
    value: inspectOptions, writable: true, configurable: true, enumerable: false
  });
  Object.defineProperty(self, '_groupIndent', { value: '', writable: true, configurable: true, enumerable: false });
  Object.defineProperty(self, '_counts', { value: {}, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(self, '_times', { value: {}, writable: true, configurable: true, enumerable: false });
  if (self._groupIndentationWidth === void 0) {
    Object.defineProperty(self, '_groupIndentationWidth', {
      value: kGroupIndentation, writable: true, configurable: true, enumerable: false
    });
  }
  // Bind every prototype method to this instance, as Node does.
  var keys = Object.keys(Console.prototype);
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var fn = Console.prototype[k];
    if (typeof fn === 'function') {
      var bound = fn.bind(self);
      try {
        Object.defineProperty(bound, 'name', { value: k, configurable: true });
      } catch (e) { /* not configurable on this engine */ }
      self[k] = bound;
    }
  }
}

function emitWarning(msg) {
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(msg);
  }
}

function writeOut(useStderr, string) {
  var groupIndent = this._groupIndent;
  if (groupIndent.length !== 0) {
    if (string.indexOf('\n') !== -1) string = string.replace(/\n/g, '\n' + groupIndent);
    string = groupIndent + string;
  }
  string += '\n';
  var stream = useStderr ? this._stderr : this._stdout;
  if (this._ignoreErrors === false) {
    stream.write(string);
    return;
  }
  try {
    stream.write(string);
  } catch (e) {
    // Like Node: errors writing to the console are swallowed unless ignoreErrors is false.
  }
}

function formatArgs(args) {
  if (this._inspectOptions) {
    var a = [this._inspectOptions];
    for (var i = 0; i < args.length; i++) a.push(args[i]);
    return util.formatWithOptions.apply(null, a);
  }
  return util.format.apply(null, args);
}

// Internal helpers: non-enumerable so they are neither bound per instance nor listed.
Object.defineProperty(Console.prototype, '_write', {
  value: writeOut, writable: true, configurable: true, enumerable: false
});
Object.defineProperty(Console.prototype, '_format', {
  value: formatArgs, writable: true, configurable: true, enumerable: false
});

Console.prototype.log = function log() {
  this._write(false, this._format(arguments));
};
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;

Console.prototype.warn = function warn() {
  this._write(true, this._format(arguments));
};
Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function dir(object, options) {
  var opts = { customInspect: false };
  var k;
  if (this._inspectOptions) {
    for (k in this._inspectOptions) opts[k] = this._inspectOptions[k];
  }
  if (options && typeof options === 'object') {
    for (k in options) opts[k] = options[k];
  }
  this._write(false, util.inspect(object, opts));
};

Console.prototype.trace = function trace() {
  var msg = this._format(arguments);
  var err = new Error(msg);
  var stack = typeof err.stack === 'string' ? err.stack : '';
  var at = stack.indexOf('\n    at ');
  var frames = at === -1 ? '' : stack.slice(at);
  // Drop our own frame so the trace starts at the caller.
  if (frames) {
    var lines = frames.split('\n');
    if (lines.length > 2 && /trace/.test(lines[1])) lines.splice(1, 1);
    frames = lines.join('\n');
  }
  this.error('Trace' + (msg === '' ? '' : ': ' + msg) + frames);
};

Console.prototype.assert = function assert(expression) {
  if (!expression) {
    var args = [];
    for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
    args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
    this.warn.apply(this, args);
  }
};

Console.prototype.clear = function clear() {};

Console.prototype.count = function count(label) {
  label = label === void 0 ? 'default' : '' + label;
  var counts = this._counts;
  var c = Object.prototype.hasOwnProperty.call(counts, label) ? counts[label] + 1 : 1;
  counts[label] = c;
  this.log(label + ': ' + c);
};

Console.prototype.countReset = function countReset(label) {
  label = label === void 0 ? 'default' : '' + label;
  if (!Object.prototype.hasOwnProperty.call(this._counts, label)) {
    emitWarning("Count for '" + label + "' does not exist");
    return;
  }
  delete this._counts[label];
};

Console.prototype.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._groupIndent += repeat(' ', this._groupIndentationWidth);
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function groupEnd() {
  this._groupIndent = this._groupIndent.slice(0, this._groupIndent.length - this._groupIndentationWidth);
};

function repeat(s, n) {
  var out = '';
  n = Math.floor(n);
  while (n-- > 0) out += s;
  return out;
}

function now() {
  if (typeof process !== 'undefined' && process && typeof process.hrtime === 'function') {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
  }
  return Date.now();
}

function pad(value) {
  var s = '' + value;
  return s.length < 2 ? '0' + s : s;
}

function formatTime(ms) {
  var hours = 0;
  var minutes = 0;
  var seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    var parts = seconds.toFixed(3).split('.');
    var res = hours !== 0 ? hours + ':' + pad(minutes) : minutes;
    return res + ':' + pad(parts[0]) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

Console.prototype.time = function time(label) {
  label = label === void 0 ? 'default' : '' + label;
  if (Object.prototype.hasOwnProperty.call(this._times, label)) {
    emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  this._times[label] = now();
};

function timeLogImpl(self, name, label, data) {
  if (!Object.prototype.hasOwnProperty.call(self._times, label)) {
    emitWarning("No such label '" + label + "' for console." + name + '()');
    return false;
  }
  var formatted = formatTime(now() - self._times[label]);
  if (data === void 0) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log.apply(self, ['%s: %s', label, formatted].concat(data));
  }
  return true;
}

Console.prototype.timeEnd = function timeEnd(label) {
  label = label === void 0 ? 'default' : '' + label;
  if (timeLogImpl(this, 'timeEnd', label)) delete this._times[label];
};

Console.prototype.timeLog = function timeLog(label) {
  label = label === void 0 ? 'default' : '' + label;
  var data = [];
  for (var i = 1; i < arguments.length; i++) data.push(arguments[i]);
  timeLogImpl(this, 'timeLog', label, data);
};

// ---- table -----------------------------------------------------------------------------------

var tableChars = {
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 '
};

function renderRow(row, columnWidths) {
  var out = tableChars.left;
  for (var i = 0; i < row.length; i++) {
    var cell = row[i];
    var len = cell.length;
    out += cell + repeat(' ', columnWidths[i] - len);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  var rows = [];
  var columnWidths = head.map(function (h) { return h.length; });
  var longestColumn = 0;
  var i;
  var j;
  for (i = 0; i < columns.length; i++) {
    if (columns[i].length > longestColumn) longestColumn = columns[i].length;
  }
  for (i = 0; i < head.length; i++) {
    var column = columns[i];
    for (j = 0; j < longestColumn; j++) {
      if (rows[j] === void 0) rows[j] = [];
      var value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      var width = columnWidths[i] || 0;
      columnWidths[i] = Math.max(width, value.length);
    }
  }
  var divider = columnWidths.map(function (w) { return repeat(tableChars.middleMiddle, w + 2); });
  var result = tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight + '\n' +
    renderRow(head, columnWidths) + '\n' +
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle + '\n';
  for (i = 0; i < rows.length; i++) result += renderRow(rows[i], columnWidths) + '\n';
  result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;
  return result;
}

Console.prototype.table = function table(tabularData, properties) {
  if (properties !== void 0 && !Array.isArray(properties)) {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('properties', 'an instance of Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') {
    this.log(tabularData);
    return;
  }
  var self = this;
  function inspectCell(v) {
    var depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return util.inspect(v, { depth: depth, maxArrayLength: 3, breakLength: Infinity });
  }
  var map = Object.create(null);
  var mapKeys = [];
  var hasPrimitives = false;
  var valuesKeyArray = [];
  var indexKeyArray = Object.keys(tabularData);
  for (var i = 0; i < indexKeyArray.length; i++) {
    var item = tabularData[indexKeyArray[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === void 0 && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = inspectCell(item);
    } else {
      var keys = properties || Object.keys(item);
      for (var k = 0; k < keys.length; k++) {
        var key = keys[k];
        if (map[key] === void 0) {
          map[key] = [];
          mapKeys.push(key);
        }
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = inspectCell(item[key]);
        }
      }
    }
  }
  var head = mapKeys.slice();
  var values = mapKeys.map(function (mk) { return map[mk]; });
  if (hasPrimitives) {
    head.push('Values');
    values.push(valuesKeyArray);
  }
  head.unshift('(index)');
  values.unshift(indexKeyArray);
  self.log(renderTable(head, values));
};

// The default instance writes through process.stdout / process.stderr at call time.
var globalConsole = Object.create(Console.prototype);
initConsole(globalConsole, processStream('stdout'), processStream('stderr'), true, void 0);

module.exports = globalConsole;
globalConsole.Console = Console;
