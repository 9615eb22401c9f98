'use strict';

// internal/event_target — Event, CustomEvent and EventTarget with Node v20's behaviour.
//
// Listeners: target[kEvents] is a Map type -> root { size, next, resistStopPropagation }; the
// root heads a doubly linked list of Listener nodes (.next/.previous) in insertion order. A node
// carries .listener (the function or the handleEvent object, a WeakRef when .weak), .callback
// (what dispatch calls) and its options as bits of .flags (read as .weak, .once, ... by
// getters). events.getEventListeners walks this list, so its shape is shared with js/events.js.
// A listener is unique per (listener, capture); adding it again is a no-op.
//
// goja makes every call of a function that mentions `arguments` about 1 µs dearer, so none of
// the hot paths do: addEventListener, removeEventListener and the Event constructors take a rest
// parameter (their `length` is redefined to Node's), and dispatchEvent treats an explicit
// `undefined` as a missing event (ERR_MISSING_ARGS, where Node says ERR_INVALID_ARG_TYPE).
//
// Dispatch walks the list with the next node cached before each call, so a listener may remove
// itself or others (removed nodes are flagged and skipped) and nodes appended behind the cached
// next one still run. It allocates nothing per dispatch. What Node does, kept here:
//   - the event counts as being dispatched (eventPhase AT_TARGET, currentTarget, composedPath)
//     only until the first listener returns; Node clears the flag after each listener call.
//   - stopImmediatePropagation() stops the walk, except for listeners added with the internal
//     kResistStopPropagation option (events.once, addAbortListener, AbortSignal.any).
//   - a listener that throws, or whose return value is a thenable that rejects, is reported as an
//     uncaught exception on a later tick (process.nextTick(() => { throw err })); the dispatch
//     goes on. handleEvent objects are called through an async function, as in Node, so their
//     errors are reported one microtask later.
//   - `passive` is recorded but does not stop preventDefault().
//   - removeEventListener reads `capture` only from an options object (a boolean means false).
//
// Listeners added with { signal } are removed when the signal aborts. Unlike Node, removing such
// a listener (removeEventListener, or a `once` listener that ran) also takes its abort hook off
// the signal, and adding a duplicate adds no hook: Node leaves those for the garbage collector
// (weak listeners), and this runtime's WeakRef never collects, so a long-lived signal would
// otherwise accumulate dead hooks. (So a hook never removes a listener added again later
// without the signal, which Node's stale hook would.)

const EventEmitter = require('events');
const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInternalField,
  validateObject,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Event.timeStamp: milliseconds since the process started (Node's performance.now()), from the
// monotonic clock in nanoseconds.
const processMethods = internalBinding('process_methods');
const kTimeOrigin = Math.round(processMethods.hrtime() - processMethods.uptime() * 1e9);
function now() {
  return (processMethods.hrtime() - kTimeOrigin) / 1e6;
}

// WebIDL DOMString conversion of an event type.
function toDOMString(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return String(value);
}

// `${type}` (a Symbol throws V8's TypeError).
function toTypeString(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function onListenerRejected(err) {
  emitUncaughtException(err);
}

// A listener's return value: when it is a thenable, its rejection is reported.
function addCatch(result) {
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, onListenerRejected);
}

// ---------------------------------------------------------------------------------------------
// Event

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

// Event's boolean state, one bit each in #flags.
const kBubbles = 1;
const kCancelable = 2;
const kComposed = 4;
const kDefaultPrevented = 8;
const kPropagationStopped = 16;
const kTrusted = 32;

// Event.prototype.isTrusted's getter (made in Event's static block, to read #flags).
let isTrustedGetter;

class Event {
  #flags = 0;
  #timestamp = now();

  // (type, options = {}): a rest parameter, because `new Event()` throws while
  // `new Event(undefined)` is an event of type 'undefined' (cheaper than `arguments` in goja).
  constructor(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('type');
    const type = args[0];
    const options = args[1];
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' || Array.isArray(options)) {
        validateObject(options, 'options', kValidateObjectAllowNullable);
      }
      let flags = 0;
      if (options.bubbles) flags |= kBubbles;
      if (options.cancelable) flags |= kCancelable;
      if (options.composed) flags |= kComposed;
      if (options[kTrustEvent]) flags |= kTrusted;
      this.#flags = flags;
    }
    this[kType] = typeof type === 'string' ? type : toTypeString(type);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (type === undefined && arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = toTypeString(type);
    let flags = this.#flags & ~(kBubbles | kCancelable);
    if (bubbles) flags |= kBubbles;
    if (cancelable) flags |= kCancelable;
    this.#flags = flags;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    // Node shows the raw preventDefault() flag here, cancelable or not.
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: (this.#flags & kDefaultPrevented) !== 0,
      cancelable: (this.#flags & kCancelable) !== 0,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#flags |= kPropagationStopped;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#flags |= kDefaultPrevented;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return (this.#flags & kCancelable) !== 0;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return (this.#flags & (kCancelable | kDefaultPrevented)) === (kCancelable | kDefaultPrevented);
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return (this.#flags & (kCancelable | kDefaultPrevented)) !== (kCancelable | kDefaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return (this.#flags & kBubbles) !== 0;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return (this.#flags & kComposed) !== 0;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return (this.#flags & kPropagationStopped) !== 0;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#flags |= kPropagationStopped;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#flags |= kPropagationStopped;
  }

  static {
    // Any receiver: false for what is not a trusted Event.
    // (goja compiles `#flags in this` only when parenthesized or alone.)
    isTrustedGetter = function() {
      return typeof this === 'object' && this !== null && (#flags in this) && (this.#flags & kTrusted) !== 0;
    };
    Object.defineProperty(isTrustedGetter, 'name', { __proto__: null, value: 'get isTrusted' });
  }
}

const kEnumerable = { __proto__: null, enumerable: true };

function toStringTag(value) {
  return { __proto__: null, value, writable: false, enumerable: false, configurable: true };
}

function constant(value) {
  return { __proto__: null, value, writable: false, enumerable: true, configurable: false };
}

// Web IDL: operations and attributes are enumerable; isTrusted is an unforgeable accessor
// (Node keeps it on the prototype, non-configurable).
Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: toStringTag('Event'),
  initEvent: kEnumerable,
  stopImmediatePropagation: kEnumerable,
  preventDefault: kEnumerable,
  target: kEnumerable,
  currentTarget: kEnumerable,
  srcElement: kEnumerable,
  type: kEnumerable,
  cancelable: kEnumerable,
  defaultPrevented: kEnumerable,
  timeStamp: kEnumerable,
  composedPath: kEnumerable,
  returnValue: kEnumerable,
  bubbles: kEnumerable,
  composed: kEnumerable,
  eventPhase: kEnumerable,
  cancelBubble: kEnumerable,
  stopPropagation: kEnumerable,
  isTrusted: {
    __proto__: null,
    get: isTrustedGetter,
    enumerable: true,
    configurable: false,
  },
});

Object.defineProperties(Event, {
  length: { __proto__: null, value: 1 },
  NONE: constant(0),
  CAPTURING_PHASE: constant(1),
  AT_TARGET: constant(2),
  BUBBLING_PHASE: constant(3),
});

// ---------------------------------------------------------------------------------------------
// CustomEvent

class CustomEvent extends Event {
  #detail;

  constructor(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('type');
    const options = args[1];
    super(args[0], options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isEvent(this) || !(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

Object.defineProperty(CustomEvent, 'length', { __proto__: null, value: 1 });
Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: toStringTag('CustomEvent'),
  detail: kEnumerable,
});

// ---------------------------------------------------------------------------------------------
// EventTarget

// A Listener's boolean state, one bit each in .flags.
const kOnce = 1;
const kCapture = 2;
const kPassive = 4;
const kRemoved = 8;
const kWeak = 16;
const kResist = 32;

// One listener of one type: a node of the root's doubly linked list. .listener is what was
// added (a WeakRef to it when weak); .callback what dispatch calls (undefined when weak: the
// WeakRef is dereferenced at each dispatch).
class Listener {
  constructor(previous, listener, flags) {
    this.next = undefined;
    previous.next = this;
    this.previous = previous;
    this.flags = flags;
    if ((flags & kWeak) !== 0) {
      this.listener = new WeakRef(listener);
      this.callback = undefined;
    } else {
      this.listener = listener;
      this.callback = typeof listener === 'function' ? listener : handleEventCaller(listener);
    }
  }

  // What events.getEventListeners reads.
  get weak() { return (this.flags & kWeak) !== 0; }
  get once() { return (this.flags & kOnce) !== 0; }
  get capture() { return (this.flags & kCapture) !== 0; }
  get passive() { return (this.flags & kPassive) !== 0; }
  get removed() { return (this.flags & kRemoved) !== 0; }
  get resistStopPropagation() { return (this.flags & kResist) !== 0; }

  same(listener, capture) {
    const flags = this.flags;
    if (((flags & kCapture) !== 0) !== capture) return false;
    return ((flags & kWeak) !== 0 ? this.listener.deref() : this.listener) === listener;
  }

  // Unlinks the node; `next` stays, so that a dispatch standing on it can go on.
  remove() {
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.flags |= kRemoved;
  }
}

// An object listener: its handleEvent, looked up at each call, is called with the object as
// `this`, inside an async function (Node's way: errors surface as a rejection).
function handleEventCaller(object) {
  return async function(event) {
    if (object.handleEvent) await Reflect.apply(object.handleEvent, object, [event]);
  };
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

// Node keeps these maps in primordials' SafeMap (what util.inspect shows with customInspect off).
class SafeMap extends Map {}

function initEventTarget(self) {
  self[kEvents] = new SafeMap();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new SafeMap(); // event type -> on<event> handler wrapper
}

// A listener argument: a function or an object is one; null and undefined are ignored (with a
// warning); anything else throws.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up at dispatch time
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function warnIgnoredListener(target, type, listener) {
  const w = new Error(`addEventListener called with ${listener} which has no effect.`);
  w.name = 'AddEventListenerArgumentTypeWarning';
  w.target = target;
  w.type = type;
  process.emitWarning(w);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
                          `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  // (type, listener, options = {}): a rest parameter, because `addEventListener('x')` throws
  // while `addEventListener('x', undefined)` only warns (cheaper than `arguments` in goja).
  addEventListener(...args) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (args.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let type = args[0];
    const listener = args[1];
    const options = args[2];

    let flags = 0;
    let signal;
    if (typeof options === 'boolean') {
      if (options) flags = kCapture;
    } else if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        validateObject(options, 'options', kValidateObjectAllowObjects);
      }
      if (options.once) flags |= kOnce;
      if (options.capture) flags |= kCapture;
      if (options.passive) flags |= kPassive;
      signal = options.signal;
      if (options[kWeakHandler]) flags |= kWeak;
      if (options[kResistStopPropagation]) flags |= kResist;
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    }

    if (!validateEventListener(listener)) {
      warnIgnoredListener(this, type, listener);
      return;
    }
    if (typeof type !== 'string') type = toDOMString(type);

    // As in Node, the signal's hook comes first and stays: it removes whatever listener matches
    // (listener, capture) when the signal aborts, even if this call adds nothing (a duplicate)
    // or the listener was removed and added again meanwhile.
    if (signal) {
      if (signal.aborted) return;
      const target = this;
      signal.addEventListener('abort', () => {
        target.removeEventListener(type, listener, options);
      }, kAbortHookOptions);
    }

    const events = this[kEvents];
    let root = events.get(type);
    let node;
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: (flags & kResist) !== 0 };
      node = new Listener(root, listener, flags);
      events.set(type, root);
    } else {
      const capture = (flags & kCapture) !== 0;
      let previous = root;
      for (let handler = root.next; handler !== undefined; handler = handler.next) {
        if (handler.same(listener, capture)) return; // already there
        previous = handler;
      }
      node = new Listener(previous, listener, flags);
      root.size++;
      if ((flags & kResist) !== 0) root.resistStopPropagation = true;
    }

    this[kNewListener](root.size, type, listener, (flags & kOnce) !== 0, (flags & kCapture) !== 0,
                       (flags & kPassive) !== 0, (flags & kWeak) !== 0);
  }

  // (type, listener, options = {}): see addEventListener.
  removeEventListener(...args) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (args.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let type = args[0];
    const listener = args[1];
    if (!validateEventListener(listener)) return;

    if (typeof type !== 'string') type = toDOMString(type);
    // Node reads capture from an options object only: `true` does not mean capture here.
    const capture = args[2]?.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        removeNode(this, type, handler);
        return;
      }
    }
  }

  // An explicit `undefined` counts as a missing event (Node: ERR_INVALID_ARG_TYPE), which
  // spares this hot method goja's costly `arguments`.
  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (event === undefined) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    dispatch(this, event, event.type);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({}, opts)}`;
  }
}

// (Node holds the hook weakly through the target; goja's WeakRef never lets go, so it is a
// plain listener here.)
const kAbortHookOptions = Object.freeze({ __proto__: null, once: true, [kResistStopPropagation]: true });

Object.defineProperties(EventTarget.prototype, {
  [Symbol.toStringTag]: toStringTag('EventTarget'),
  addEventListener: kEnumerable,
  removeEventListener: kEnumerable,
  dispatchEvent: kEnumerable,
});
// The lengths of Node's signatures (type, listener, options = {}).
Object.defineProperty(EventTarget.prototype.addEventListener, 'length', { __proto__: null, value: 2 });
Object.defineProperty(EventTarget.prototype.removeEventListener, 'length', { __proto__: null, value: 2 });

function listenerOf(node) {
  return (node.flags & kWeak) !== 0 ? node.listener.deref() : node.listener;
}

// Unlinks node (of `type` on target) and tells the target.
function removeNode(target, type, node) {
  node.remove();
  const events = target[kEvents];
  const root = events.get(type);
  if (root === undefined) return;
  root.size--;
  if (root.size === 0) events.delete(type);
  target[kRemoveListener](root.size, type, listenerOf(node), (node.flags & kCapture) !== 0);
}

function dispatch(target, event, type) {
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;

  const root = target[kEvents].get(type);
  let handler = root === undefined ? undefined : root.next;
  while (handler !== undefined) {
    const next = handler.next; // the current node may be removed by its own call
    const flags = handler.flags;
    if ((flags & kRemoved) !== 0) {
      handler = next;
      continue;
    }
    if ((flags & kResist) === 0 && event[kStop] === true) {
      if (!root.resistStopPropagation) break;
      handler = next;
      continue;
    }
    if ((flags & kOnce) !== 0) {
      // Node keeps the (possibly empty) root of a type whose once listener ran.
      handler.remove();
      root.size--;
      target[kRemoveListener](root.size, type, listenerOf(handler), (flags & kCapture) !== 0);
    }

    try {
      let callback = handler.callback;
      if ((flags & kWeak) !== 0) {
        callback = handler.listener.deref();
        if (callback !== undefined && typeof callback !== 'function') callback = handleEventCaller(callback);
      }
      if (callback !== undefined) {
        const result = callback.call(target, event);
        event[kIsBeingDispatched] = false;
        if (result !== undefined && result !== null) addCatch(result);
      }
    } catch (err) {
      emitUncaughtException(err);
    }
    handler = next;
  }

  event[kIsBeingDispatched] = false;
}

// ---------------------------------------------------------------------------------------------
// on<event> attributes (AbortSignal's onabort)

// A listener that calls whatever the attribute currently holds: the listener keeps its place
// in the list while the attribute is reassigned.
function makeEventHandler(handler) {
  function eventHandler(event) {
    const current = eventHandler.handler;
    if (typeof current !== 'function') return;
    return current.call(this, event);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;

  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers].get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    const handlers = this[kHandlers];
    let wrapped = handlers.get(event);
    if (wrapped !== undefined) {
      const root = this[kEvents].get(event);
      if (root !== undefined) {
        // The size counts the attribute while it holds a function (Node's bookkeeping).
        if (typeof wrapped.handler === 'function') {
          root.size--;
          this[kRemoveListener](root.size, event, wrapped.handler, false);
        }
        wrapped.handler = value;
        if (typeof value === 'function') {
          root.size++;
          this[kNewListener](root.size, event, value, false, false, false, false);
        }
      } else {
        wrapped.handler = value;
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    handlers.set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  Object.defineProperty(emitter, propName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  kEvents,
  kHandlers,
  kIsBeingDispatched,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
