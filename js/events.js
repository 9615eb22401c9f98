'use strict';

// events — Node v20's EventEmitter.
//
// Observable layout kept as Node's, because packages read it: `_events` is a null-prototype
// object whose values are a single listener function or an array of them (two or more),
// `_eventsCount` counts the keys of `_events`, `_maxListeners` is undefined until set, and the
// instance carries the Symbol(shapeMode) and Symbol(kCapture) flags. `once` listeners are bound
// `onceWrapper` functions with a `listener` property pointing at the original.
//
// EventTarget support (events.once/on/getEventListeners/setMaxListeners with an EventTarget)
// goes through internal/event_target when that module is present, using its isEventTarget,
// kResistStopPropagation (an addEventListener option key) and kEvents (target[kEvents] is a Map
// type -> list head; handlers are linked by .next and carry .listener, a WeakRef when .weak).
// EventTarget reads and writes target[kMaxEventTargetListeners] and
// target[kMaxEventTargetListenersWarned], whose symbols are exported from here.

// internal/errors and internal/validators load on first use: process is an
// EventEmitter, so this module is on every start-up path and must stay cheap.
let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}
function lazyErrorClass(name) {
  return function (...args) {
    return new (errors().codes[name])(...args);
  };
}
const ERR_INVALID_ARG_TYPE = lazyErrorClass('ERR_INVALID_ARG_TYPE');
const ERR_NOT_IMPLEMENTED = lazyErrorClass('ERR_NOT_IMPLEMENTED');
const ERR_UNHANDLED_ERROR = lazyErrorClass('ERR_UNHANDLED_ERROR');
function AbortError(message, options) {
  return new (errors().AbortError)(message, options);
}
function genericNodeError(message, props) {
  return errors().genericNodeError(message, props);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') validators().validateFunction(value, name);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') validators().validateBoolean(value, name);
}
function validateNumber(value, name, min, max) {
  validators().validateNumber(value, name, min, max);
}
function validateInteger(value, name, min, max) {
  validators().validateInteger(value, name, min, max);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined) validators().validateAbortSignal(signal, name);
}

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kRejection = Symbol.for('nodejs.rejection');

const kEmptyObject = Object.freeze({ __proto__: null });

let defaultMaxListeners = 10;

// ---------------------------------------------------------------------------------------------
// Lazy dependencies

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// internal/event_target, when the runtime has it (null otherwise).
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) {
    try {
      eventTargetModule = require('internal/event_target');
    } catch {
      eventTargetModule = null;
    }
  }
  return eventTargetModule;
}

function isEventTarget(obj) {
  const et = lazyEventTarget();
  if (et !== null && typeof et.isEventTarget === 'function') return et.isEventTarget(obj);
  return false;
}

let kResistStopPropagationSymbol;
function kResistStopPropagation() {
  if (kResistStopPropagationSymbol === undefined) {
    const et = lazyEventTarget();
    kResistStopPropagationSymbol = et !== null && typeof et.kResistStopPropagation === 'symbol' ?
      et.kResistStopPropagation : Symbol('kResistStopPropagation');
  }
  return kResistStopPropagationSymbol;
}

let kFirstEventParamSymbol;
function kFirstEventParam() {
  if (kFirstEventParamSymbol === undefined) {
    try {
      kFirstEventParamSymbol = require('internal/events/symbols').kFirstEventParam;
    } catch {
      kFirstEventParamSymbol = undefined;
    }
    if (typeof kFirstEventParamSymbol !== 'symbol') kFirstEventParamSymbol = Symbol('nodejs.kFirstEventParam');
  }
  return kFirstEventParamSymbol;
}

const kDisposeFallback = Symbol('nodejs.dispose');
function symbolDispose() {
  return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : kDisposeFallback;
}

function symbolAsyncIterator() {
  return typeof Symbol.asyncIterator === 'symbol' ? Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');
}

// %AsyncIteratorPrototype% when the engine can name it (it has async generators), else an
// equivalent object whose [Symbol.asyncIterator]() returns this.
let asyncIteratorPrototype;
function getAsyncIteratorPrototype() {
  if (asyncIteratorPrototype === undefined) {
    try {
      // eslint-disable-next-line no-new-func
      const gen = new Function('return async function* () {}')();
      asyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(gen.prototype));
    } catch {
      asyncIteratorPrototype = {
        [symbolAsyncIterator()]() {
          return this;
        },
      };
    }
  }
  return asyncIteratorPrototype;
}

// ---------------------------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
// Touch `prototype` now: goja creates a function's prototype property on first use, and Node's
// key order (length, name, prototype, ...) is observable.
void EventEmitter.prototype;

// Node's module.exports is EventEmitter itself; the other names are properties of it.
module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
// require('events').EventEmitter, the old way to reach the class.
EventEmitter.EventEmitter = EventEmitter;

EventEmitter.usingDomains = false;

EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

// EventEmitterAsyncResource needs async_hooks, which gonode does not have yet: the class
// exists (so typeof, spreading or copying the module's exports work, as in Node), and
// constructing one throws ERR_NOT_IMPLEMENTED.
let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get: function lazyEventEmitterAsyncResource() {
    EventEmitterAsyncResource ??= class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        throw new ERR_NOT_IMPLEMENTED('events.EventEmitterAsyncResource');
      }
    };
    return EventEmitterAsyncResource;
  },
  set: undefined,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

// The default for the prototype; instances copy it in init().
Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  },
});

// setMaxListeners(n, ...eventTargets): the limit for the given emitters and EventTargets, or the
// default for all when none is given.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (let i = 0; i < eventTargets.length; i++) {
      const target = eventTargets[i];
      if (isEventTarget(target)) {
        target[kMaxEventTargetListeners] = n;
        target[kMaxEventTargetListenersWarned] = false;
      } else if (typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }
};

// Sets up an emitter's own state; the constructor calls it, and so do EventEmitter.call(obj)
// and subclasses of old style. `_events` a subclass put on its prototype (or set before init)
// switches on "shape mode": removed events keep their key, holding undefined.
EventEmitter.init = function(opts) {
  const inherited = this._events === undefined || this._events === Object.getPrototypeOf(this)._events;
  if (inherited) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  this[kShapeMode] = !inherited;

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // An own copy of the default, so emit() finds it without walking the prototype chain.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// With captureRejections on, a promise returned by a listener is watched: its rejection is
// re-emitted as 'error' (or handed to emitter[Symbol.for('nodejs.rejection')]) on a later tick.
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    // `then` is read once: it may be a getter.
    const then = promise.then;
    if (typeof then !== 'function') return;
    then.call(promise, undefined, (err) => {
      process.nextTick(emitRejection, emitter, err, type, args);
    });
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Capture is off while the 'error' listeners run: a rejection of theirs is not caught again.
  const saved = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// Where the stack of the emit() call and the error's own stack share a run of at least four
// identical lines: { len, offset } of the first such run in `emitLines`, len 0 when none.
function sharedRun(emitLines, errLines) {
  for (let i = 0; i + 3 < emitLines.length; i++) {
    const j = errLines.indexOf(emitLines[i]);
    if (j === -1 || errLines.length - j <= 3) continue;
    const limit = Math.min(emitLines.length - i, errLines.length - j);
    let n = 1;
    while (n < limit && emitLines[i + n] === errLines[j + n]) n++;
    if (n >= 4) return { len: n, offset: i };
  }
  return { len: 0, offset: 0 };
}

// Bound to an emitter, an error thrown for lack of an 'error' listener and the stack of the emit()
// call: the text printed for it when it goes uncaught — the error's stack, then where it was
// emitted, with the frames both share folded into one line. The host's uncaught-exception printer
// calls err[kEnhanceStackBeforeInspector]() when the property is there.
function enhanceStackTrace(err, emitSite) {
  let onInstance = '';
  try {
    const ctorName = this.constructor.name;
    if (ctorName !== 'EventEmitter') onInstance = ` on ${ctorName} instance`;
  } catch {
    // No usable constructor: say nothing about it.
  }
  const errLines = String(err.stack).split('\n').slice(1);
  const emitLines = String(emitSite.stack).split('\n').slice(1);
  const run = sharedRun(emitLines, errLines);
  if (run.len > 0) {
    emitLines.splice(run.offset + 1, run.len - 2, '    [... lines matching original stack trace ...]');
  }
  return `${err.stack}\nEmitted 'error' event${onInstance} at:\n${emitLines.join('\n')}`;
}

// emit('error', ...) with no 'error' listener. An Error is thrown as is (marked so that the
// uncaught-exception report can say where it was emitted); anything else is wrapped in
// ERR_UNHANDLED_ERROR, which carries it as `context`. The comments on the two throw lines are part
// of what an uncaught-exception report shows, as in Node.
function throwUnhandledError(emitter, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    try {
      const emitSite = {};
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(emitSite, EventEmitter.prototype.emit);
      } else {
        emitSite.stack = new Error().stack;
      }
      Object.defineProperty(er, errors().kEnhanceStackBeforeInspector, {
        __proto__: null,
        value: enhanceStackTrace.bind(emitter, er, emitSite),
        configurable: true,
      });
    } catch {
      // A frozen error, say: throw it without the extra report.
    }
    throw er; // Unhandled 'error' event
  }

  let described;
  try {
    described = inspect(er);
  } catch {
    described = er;
  }
  const err = new ERR_UNHANDLED_ERROR(described);
  err.context = er;
  throw err; // Unhandled 'error' event
}

// The JavaScript emit: internalBinding('events') runs the common case natively (no rest array,
// no snapshot array in goja) and calls this for everything else with the arguments as an array.
function emitSlow(emitter, type, args) {
  return Reflect.apply(emitJS, emitter, [type, ...args]);
}

const emitJS = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    // errorMonitor listeners see every 'error' event, handled or not, first.
    if (events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    if (events === undefined || events.error === undefined) throwUnhandledError(this, args);
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    // A returned promise matters only with captureRejections; most listeners return nothing.
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
    return true;
  }

  // Call the listeners registered when the emit started, even if one of them adds or removes
  // listeners of this event.
  const snapshot = arrayClone(handler);
  for (let i = 0; i < snapshot.length; i++) {
    const result = Reflect.apply(snapshot[i], this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  }
  return true;
};

EventEmitter.prototype.emit = emitJS;
(function installNativeEmit() {
  // Absent when this file runs elsewhere (tests/jsunit loads it into Node): emitJS stays.
  let eventsBinding;
  try {
    eventsBinding = internalBinding('events');
  } catch {
    return;
  }
  if (eventsBinding === undefined || typeof eventsBinding.makeEmit !== 'function') return;
  eventsBinding.setEmitHooks(emitSlow, addCatch);
  EventEmitter.prototype.emit = eventsBinding.makeEmit();
})();

function warnOnLeak(target, type, list) {
  const max = _getMaxListeners(target);
  if (max <= 0 || list.length <= max || list.warned) return;
  // Once per array: it is replaced by a function when the listeners drop to one.
  list.warned = true;
  const warning = genericNodeError(
    `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners added to ` +
    `${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
    { name: 'MaxListenersExceededWarning', emitter: target, type, count: list.length });
  process.emitWarning(warning);
}

function _addListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');

  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    // 'newListener' goes out before the listener is stored (so a 'newListener' listener is not
    // told about itself), with the user's function rather than a once wrapper.
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    // A 'newListener' listener may have replaced _events (removeAllListeners does).
    events = target._events;
  }

  const existing = events[type];
  if (existing === undefined) {
    // One listener is stored bare; an array appears with the second.
    events[type] = listener;
    target._eventsCount++;
    return target;
  }

  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  warnOnLeak(target, type, list);
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// The body of every once() listener; `this` is its state. It unregisters itself before calling
// the user's function, which sees the emitter as `this`.
function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  if (arguments.length === 0) return this.listener.call(this.target);
  return this.listener.apply(this.target, arguments);
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapper = onceWrapper.bind(state);
  wrapper.listener = listener;
  state.wrapFn = wrapper;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

function isListener(candidate, listener) {
  return candidate === listener || candidate.listener === listener;
}

// Removes the most recently added registration of `listener` (or of a once wrapper around it);
// 'removeListener' is emitted only when something was removed.
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');

  const events = this._events;
  if (events === undefined) return this;
  const stored = events[type];
  if (stored === undefined) return this;

  if (isListener(stored, listener)) {
    // The event's only listener.
    this._eventsCount--;
    if (this[kShapeMode]) {
      // _events came from the subclass: keep its keys.
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, stored.listener || listener);
    }
    return this;
  }
  if (typeof stored === 'function') return this;

  let index = stored.length - 1;
  while (index >= 0 && !isListener(stored[index], listener)) index--;
  if (index < 0) return this;

  if (index === 0) stored.shift();
  else removeAt(stored, index);
  if (stored.length === 1) events[type] = stored[0];

  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  if (events.removeListener === undefined) {
    // Nobody listens for removals: drop the listeners without emitting anything.
    if (all) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      this._eventsCount--;
      if (this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    // Every other event first, 'removeListener' itself last, so its listeners hear about the rest.
    const keys = Reflect.ownKeys(events);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== 'removeListener') this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const stored = events[type];
  if (typeof stored === 'function') {
    this.removeListener(type, stored);
  } else if (stored !== undefined) {
    // Newest first.
    for (let i = stored.length - 1; i >= 0; i--) this.removeListener(type, stored[i]);
  }
  return this;
};

// The listeners of `type`; with `unwrap`, once wrappers are replaced by the user's functions.
function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const stored = events[type];
  if (stored === undefined) {
    // With no type Node checks only that _events exists, then copies the missing list: V8's
    // error for reading its length.
    if (type === undefined) throw new TypeError("Cannot read properties of undefined (reading 'length')");
    return [];
  }
  if (typeof stored === 'function') return [unwrap ? stored.listener || stored : stored];
  return unwrap ? unwrapListeners(stored) : arrayClone(stored);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

// Deprecated (DEP0033): emitter.listenerCount(type) is the way.
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.listenerCount = listenerCount;
// How many listeners `type` has; with `listener`, how many of them are it (or once wrappers of it).
function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const stored = events[type];
  if (stored === undefined) return 0;
  if (typeof stored === 'function') {
    if (listener == null) return 1;
    return isListener(stored, listener) ? 1 : 0;
  }
  if (listener == null) return stored.length;
  let count = 0;
  for (let i = 0; i < stored.length; i++) {
    if (isListener(stored[i], listener)) count++;
  }
  return count;
}

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function arrayClone(arr) {
  // Literal copies of short arrays are cheaper than slice().
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    default: return Array.prototype.slice.call(arr);
  }
}

function unwrapListeners(arr) {
  const out = arrayClone(arr);
  for (let i = 0; i < out.length; i++) {
    const original = out[i].listener;
    if (typeof original === 'function') out[i] = original;
  }
  return out;
}

// Removes arr[index] in place, shifting the rest down.
function removeAt(arr, index) {
  const last = arr.length - 1;
  for (let i = index; i < last; i++) arr[i] = arr[i + 1];
  arr.length = last;
}

// ---------------------------------------------------------------------------------------------
// Static helpers

// The listeners of an EventEmitter or an EventTarget for `type`.
function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const { kEvents } = lazyEventTarget();
    const result = [];
    const head = emitterOrTarget[kEvents].get(type);
    for (let node = head?.next; node?.listener !== undefined; node = node.next) {
      // A weak handler keeps its listener in a WeakRef.
      result.push(node.weak ? node.listener.deref() : node.listener);
    }
    return result;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// The listener limit of an EventEmitter or an EventTarget.
function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return _getMaxListeners(emitterOrTarget);
  const targetLimit = emitterOrTarget?.[kMaxEventTargetListeners];
  if (targetLimit) return targetLimit;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Listening on either kind of emitter: EventEmitter methods when there are some, else the
// EventTarget ones.
function addListenerTo(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerFrom(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function onceFlags() {
  return { __proto__: null, once: true, [kResistStopPropagation()]: true };
}

// A promise for the arguments (an array) of the next `name` event. An 'error' event rejects it
// (EventEmitters only: EventTargets have no such convention), and so does options.signal
// aborting. An async function, as Node's is: bad arguments reject rather than throw, and the
// promise settles on the same microtask turn as Node's.
async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  return new Promise((resolve, reject) => {
    function onEvent(...args) {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) removeListenerFrom(signal, 'abort', onAbort);
      resolve(args);
    }
    function onError(err) {
      emitter.removeListener(name, onEvent);
      if (signal != null) removeListenerFrom(signal, 'abort', onAbort);
      reject(err);
    }
    function onAbort() {
      removeListenerFrom(emitter, name, onEvent);
      removeListenerFrom(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    addListenerTo(emitter, name, onEvent, onceFlags());
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) addListenerTo(signal, 'abort', onAbort, onceFlags());
  });
}

// events.on(emitter, event, options): an async iterator over the argument arrays of `event`.
// Events that come before next() is called wait in a queue; when more than
// options.highWaterMark wait, emitter.pause() is called, and emitter.resume() once fewer than
// options.lowWaterMark do. An 'error' event (EventEmitters only), options.signal aborting
// (AbortError) and any of the options.close events end the iteration: queued events are still
// delivered, then the error once, then { done: true } for ever.
function on(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  // The lower-case "mark" spellings are older names of the same options.
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const { FixedQueue } = require('internal/fixed_queue');
  const queued = new FixedQueue(); // event argument arrays not yet read
  const waiting = new FixedQueue(); // { resolve, reject } of next() calls not yet answered
  let paused = false;
  let pendingError = null;
  let ended = false;
  let abortDisposable = null;
  const registered = [];

  function listen(name, listener) {
    addListenerTo(emitter, name, listener);
    registered.push(name, listener);
  }

  function deliver(args) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    queued.push(args);
    if (!paused && queued.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  }

  function finish() {
    if (abortDisposable !== null) abortDisposable[symbolDispose()]();
    // Unregister in reverse order of registration.
    while (registered.length > 0) {
      const listener = registered.pop();
      const name = registered.pop();
      removeListenerFrom(emitter, name, listener);
    }
    ended = true;
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }

  function fail(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else pendingError = err;
    finish();
  }

  const iterator = {
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (pendingError) {
        // Reported once; the iteration has ended.
        const rejection = Promise.reject(pendingError);
        pendingError = null;
        return rejection;
      }
      if (ended) return finish();
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },

    return() {
      return finish();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      fail(err);
    },

    [symbolAsyncIterator()]() {
      return this;
    },

    // Read by stream internals and tests.
    [kWatermarkData]: {
      get size() {
        return queued.length;
      },
      get low() {
        return lowWaterMark;
      },
      get high() {
        return highWaterMark;
      },
      get isPaused() {
        return paused;
      },
    },
  };
  Object.setPrototypeOf(iterator, getAsyncIteratorPrototype());

  // With options[kFirstEventParam] each value is the event's first argument instead of an array.
  listen(event, options[kFirstEventParam()] ? deliver : (...args) => deliver(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', fail);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], finish);
  }
  if (signal) {
    abortDisposable = addAbortListener(signal, () => fail(new AbortError(undefined, { cause: signal?.reason })));
  }

  return iterator;
}

// Calls `listener` once when `signal` aborts (in a microtask when it already has). Returns a
// disposable: its [Symbol.dispose]() removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, onceFlags());
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [symbolDispose()]() {
      if (remove !== undefined) remove();
    },
  };
}
