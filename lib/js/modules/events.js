'use strict';
// Node's EventEmitter, in ES5 for Duktape. Listener storage follows Node: `_events` is a
// null-prototype object mapping event name -> a single function, or an array when there are
// several. emit() is on the hot path of every socket event, so it avoids closures and only copies
// the listener array when there is more than one listener.

// Loaded on the first error thrown: the process object is an EventEmitter, so this module is part of
// every start-up.
var errorsModule = null;
function errors() { return errorsModule || (errorsModule = require('internal/errors')); }

var kErrorMonitor = typeof Symbol === 'function' ? Symbol('events.errorMonitor') : '__events.errorMonitor';

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejections = false;
EventEmitter.usingDomains = false;

EventEmitter.prototype._events = void 0;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = void 0;

var getPrototypeOf = Object.getPrototypeOf;
var createObject = Object.create;

EventEmitter.init = function (opts) {
  var events = this._events;
  if (events === void 0 || events === getPrototypeOf(this)._events) {
    this._events = createObject(null);
    this._eventsCount = 0;
  }
  // Node also copies _maxListeners to the instance; the prototype's undefined serves the same reads.
};

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw errors().codes.ERR_INVALID_ARG_TYPE('listener', 'of type function', listener);
  }
}

function validMax(n) {
  if (typeof n !== 'number') {
    throw errors().codes.ERR_INVALID_ARG_TYPE('setMaxListeners', 'of type number', n);
  }
  if (n < 0 || n !== n) {
    throw errors().codes.ERR_OUT_OF_RANGE('setMaxListeners', '>= 0', n);
  }
}

EventEmitter.setMaxListeners = function (n) {
  if (n === void 0) n = EventEmitter.defaultMaxListeners;
  validMax(n);
  var i;
  if (arguments.length <= 1) {
    EventEmitter.defaultMaxListeners = n;
    return;
  }
  for (i = 1; i < arguments.length; i++) {
    var target = arguments[i];
    if (target && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw errors().codes.ERR_INVALID_ARG_TYPE('eventTargets', 'an instance of EventEmitter', target);
    }
  }
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validMax(n);
  this._maxListeners = n;
  return this;
};

function getMax(that) {
  if (that._maxListeners === void 0) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMax(this);
};

function emitUnhandled(er) {
  if (er instanceof Error) throw er;
  var shown;
  try {
    shown = require('util').inspect(er);
  } catch (e) {
    shown = String(er);
  }
  var err = errors().makeNodeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + shown + ')');
  err.context = er;
  throw err;
}

function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return arr.slice();
}

// emit() deliberately never touches `arguments`: in Duktape, a function that mentions `arguments`
// allocates an arguments object on every call, which costs about 3x the whole fast path. The
// payload is taken from named parameters instead; its length is the position of the last argument
// that is not undefined (so a trailing explicit `undefined` is not forwarded), up to 12 arguments.
EventEmitter.prototype.emit = function emit(type, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) {
  var events = this._events;
  var handler, len, i, args, listeners, argc;
  if (events === void 0) {
    if (type !== 'error') return false;
  } else {
    handler = events[type];
  }

  if (handler === void 0) {
    if (type === 'error') {
      if (events !== void 0 && events[kErrorMonitor] !== void 0) {
        this.emit(kErrorMonitor, a1);
      }
      emitUnhandled(a1);
    }
    return false;
  }

  if (type === 'error' && events[kErrorMonitor] !== void 0) {
    this.emit(kErrorMonitor, a1);
  }

  if (a4 === void 0) {
    argc = a3 !== void 0 ? 3 : a2 !== void 0 ? 2 : a1 !== void 0 ? 1 : 0;
  } else {
    args = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12];
    argc = 12;
    while (args[argc - 1] === void 0) argc--;
    args.length = argc;
  }

  if (typeof handler === 'function') {
    switch (argc) {
      case 0: handler.call(this); break;
      case 1: handler.call(this, a1); break;
      case 2: handler.call(this, a1, a2); break;
      case 3: handler.call(this, a1, a2, a3); break;
      default: handler.apply(this, args);
    }
    return true;
  }

  len = handler.length;
  listeners = arrayClone(handler);
  switch (argc) {
    case 0:
      for (i = 0; i < len; i++) listeners[i].call(this);
      break;
    case 1:
      for (i = 0; i < len; i++) listeners[i].call(this, a1);
      break;
    case 2:
      for (i = 0; i < len; i++) listeners[i].call(this, a1, a2);
      break;
    case 3:
      for (i = 0; i < len; i++) listeners[i].call(this, a1, a2, a3);
      break;
    default:
      for (i = 0; i < len; i++) listeners[i].apply(this, args);
  }
  return true;
};

function describeEmitter(target) {
  var name = target && target.constructor && target.constructor.name;
  return '[' + (name || 'EventEmitter') + ']';
}

function warnMaxListeners(target, type, count) {
  var msg = 'Possible EventEmitter memory leak detected. ' + count + ' ' + String(type) +
    ' listeners added to ' + describeEmitter(target) +
    '. MaxListeners is ' + getMax(target) + '. Use emitter.setMaxListeners() to increase limit';
  var w = new Error(msg);
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(w);
  } else if (typeof console !== 'undefined' && console && typeof console.error === 'function') {
    console.error('(node) MaxListenersExceededWarning: ' + msg);
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  var events = target._events;
  var existing;
  if (events === void 0) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== void 0) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // The listener may have changed the event map.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === void 0) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  var m = getMax(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    warnMaxListeners(target, type, existing.length);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// The wrapper takes the arguments emit() passes by name (emit forwards at most 12, never `arguments`,
// for the reason given above emit) and forwards them up to the last one that is not undefined.
function onceWrap(target, type, listener) {
  var fired = false;
  var wrapped = function (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) {
    if (fired) return void 0;
    fired = true;
    target.removeListener(type, wrapped);
    if (a4 === void 0) {
      if (a3 !== void 0) return listener.call(target, a1, a2, a3);
      if (a2 !== void 0) return listener.call(target, a1, a2);
      if (a1 !== void 0) return listener.call(target, a1);
      return listener.call(target);
    }
    var args = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12];
    while (args[args.length - 1] === void 0) args.length--;
    return listener.apply(target, args);
  };
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  var events = this._events;
  if (events === void 0) return this;
  var list = events[type];
  if (list === void 0) return this;

  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener !== void 0) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
  } else if (typeof list !== 'function') {
    var position = -1;
    var i;
    for (i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) {
      list.shift();
    } else {
      list.splice(position, 1);
    }
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== void 0) {
      this.emit('removeListener', type, listener);
    }
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

function ownKeys(obj) {
  var keys = Object.keys(obj);
  if (typeof Object.getOwnPropertySymbols === 'function') {
    var syms = Object.getOwnPropertySymbols(obj);
    for (var i = 0; i < syms.length; i++) keys.push(syms[i]);
  }
  return keys;
}

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  var i;
  if (events === void 0) return this;

  // Fast path: nobody listens for 'removeListener'.
  if (events.removeListener === void 0) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== void 0) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    var keys = ownKeys(events);
    for (i = 0; i < keys.length; i++) {
      if (keys[i] === 'removeListener') continue;
      this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }

  var listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== void 0) {
    // LIFO order, like Node.
    for (i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function unwrapListeners(arr) {
  var ret = new Array(arr.length);
  for (var i = 0; i < ret.length; ++i) ret[i] = arr[i].listener || arr[i];
  return ret;
}

function listenersOf(target, type, unwrap) {
  var events = target._events;
  if (events === void 0) return [];
  var l = events[type];
  if (l === void 0) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? unwrapListeners(l) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  var events = this._events;
  if (events !== void 0) {
    var l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return (listener === l || listener === l.listener) ? 1 : 0;
      return 1;
    }
    if (l !== void 0) {
      if (listener != null) {
        var n = 0;
        for (var i = 0; i < l.length; i++) {
          if (l[i] === listener || l[i].listener === listener) n++;
        }
        return n;
      }
      return l.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ownKeys(this._events) : [];
};

// events.once(emitter, name): a Promise of the arguments of the next emit. In a module of its own:
// events loads at start-up, and most scripts never call it.
EventEmitter.once = function once(emitter, name) { return require('internal/events_once')(emitter, name); };

EventEmitter.getEventListeners = function (emitter, type) {
  return emitter.listeners(type);
};
