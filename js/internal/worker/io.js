'use strict';

// internal/worker/io — MessageChannel, MessagePort, BroadcastChannel and MessageEvent with
// Node v20's behaviour, within one thread for now (workers will reuse them: a port's channel
// end, PortData below, is the part that would cross threads).
//
// A MessagePort is a NodeEventTarget (EventTarget plus on/once/emit/...). Its channel end
// (PortData) holds the queue of incoming messages and the peer's end; transferring a port
// moves its PortData to a new MessagePort and closes the old object. Messages are cloned with
// internal/structured_clone when posted and delivered asynchronously, in order, as
// MessageEvents (node-style listeners added with on()/once() get the data itself); a message
// whose copy cannot be rebuilt arrives as a 'messageerror'.
//
// Delivery: each queued message is delivered by its own macrotask, so that ticks and
// microtasks run between two messages as in Node (where a port drains its queue in the poll
// phase, one MakeCallback per message): a ref'd immediate for a ref'd port, an unref'd 1 ms
// timer for an unref'd one. Differences with Node, which has a libuv async handle per port:
//   - messages arrive in the check phase: an immediate queued before the message was posted
//     runs first (Node delivers in the poll phase, before the immediates), and a message
//     posted from a message handler waits for the next loop iteration instead of joining the
//     batch being delivered;
//   - messages for different ports are delivered in posting order (Node: in the order the
//     ports were created, per loop iteration);
//   - an unref'd port's messages wait at least 1 ms;
//   - a port closed by its own message listener still receives what is queued (Node reads the
//     queue to the end in the same poll callback), but one closed from a tick or promise job
//     that the listener started does not.
// Liveness follows Node: a port is unref'd when created, refs itself (and starts) when it gets
// its first 'message' listener and unrefs when it loses the last one; a ref'd open port keeps
// the process alive even with nothing queued (one long ref'd interval stands for all of them);
// an unref'd port's pending messages do not. close() takes effect when the "handle" has closed
// (an immediate later): the 'close' event, then the peer's close message (its 'close' event
// follows once it has read what was queued before). A BroadcastChannel is ref'd and receiving
// from construction to close().

const EventEmitter = require('events');
const {
  Event,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  kEvents,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { lazyDOMException } = require('internal/util');
const {
  cloneMessage,
  markAsUntransferable,
  nativeError,
  readIterable,
  rethrow,
  setMessagePortHooks,
} = require('internal/structured_clone');
const { FixedQueue } = require('internal/fixed_queue');
const { notImplemented } = require('internal/stub');
const timers = require('timers');
const { Timeout } = require('internal/timers');
const { queueMicrotask } = require('internal/process/task_queues');

const { kMaxEventTargetListeners } = EventEmitter;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectHasOwn = Object.hasOwn;
const ReflectApply = Reflect.apply;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kState = Symbol('kState'); // a MessagePort's PortRecord
const kNodeValue = Symbol('kNodeValue'); // what node-style listeners get instead of the event
const kCurrentlyReceivingPorts = Symbol('nodejs.internal.kCurrentlyReceivingPorts');

// ---------------------------------------------------------------------------------------------
// Liveness: one ref'd interval while any port or broadcast channel is ref'd and open.

let refCount = 0;
let keepAlive = null;

function noop() {}

function addRef(delta) {
  refCount += delta;
  if (refCount > 0) {
    if (keepAlive === null) keepAlive = timers.setInterval(noop, 0x7fffffff);
    else keepAlive.ref();
  } else if (keepAlive !== null) {
    keepAlive.unref();
  }
}

// ---------------------------------------------------------------------------------------------
// Channel ends and the records behind MessagePort objects

const kCloseMessage = Symbol('kCloseMessage'); // the last message of a queue: the peer closed

// One end of a channel: what a transfer moves from port object to port object.
class PortData {
  constructor() {
    this.queue = new FixedQueue(); // { data, ports } or kCloseMessage
    this.peer = null; // the other end, while entangled
    this.record = null; // the PortRecord that owns this end
  }
}

function entangle(a, b) {
  a.peer = b;
  b.peer = a;
}

// Drops the link between data and its peer: posting to the peer returns false from now on.
// The peer hears of it from the close message queued behind what it has already (reading that
// message closes the peer's port).
function disentangle(data) {
  const peer = data.peer;
  if (peer === null) return null;
  data.peer = null;
  peer.peer = null;
  return peer;
}

function sendCloseMessage(peer) {
  peer.queue.push(kCloseMessage);
  if (peer.record !== null) schedule(peer.record);
}

// The state of one MessagePort object (its "handle" in Node's terms).
class PortRecord {
  constructor(port) {
    this.port = port;
    this.data = null; // its PortData; null once closed or transferred away
    this.receiving = false; // start()ed
    this.refed = true;
    this.closing = false;
    // Closed by a listener of its own message: what is queued still arrives before the close,
    // as Node's handle goes on reading its queue until the close callback has run.
    this.draining = false;
    this.closed = false; // the 'close' event and the ticks it queued are over
    this.pending = new Set(); // the immediates that will deliver its queued messages
  }
}

function attach(record, data) {
  record.data = data;
  data.record = record;
  if (record.refed && !record.closing) addRef(1);
}

// How many deliveries the port needs: one per queued message while receiving; otherwise only
// a close message at the front of its queue is read.
function schedule(record) {
  const data = record.data;
  if (data === null || (record.closing && !record.draining)) return;
  const queue = data.queue;
  const needed = record.receiving ? queue.length : (queue.length > 0 && queue.peek() === kCloseMessage ? 1 : 0);
  while (record.pending.size < needed) record.pending.add(newDelivery(deliver, record, record.refed));
}

// A delivery is a ref'd immediate for a ref'd receiver. For an unref'd one it is an unref'd
// 1 ms timer: like Node's async handle it then neither keeps the loop alive nor waits for
// something else to wake it (an unref'd immediate would wait out a blocking poll).
function newDelivery(fn, target, refed) {
  return refed ? timers.setImmediate(fn, target) : timers.setTimeout(fn, 1, target).unref();
}

function cancelDelivery(handle) {
  if (handle instanceof Timeout) timers.clearTimeout(handle);
  else timers.clearImmediate(handle);
}

// Re-makes the pending deliveries of a receiver whose ref state changed, in order.
function rescheduleDeliveries(pending, fn, target, refed) {
  const count = pending.size;
  if (count === 0) return;
  for (const handle of pending) cancelDelivery(handle);
  pending.clear();
  for (let i = 0; i < count; i++) pending.add(newDelivery(fn, target, refed));
}

// The record whose message is being dispatched, while its listeners run.
let dispatchingRecord = null;

// Runs in an immediate: delivers the message at the front of the port's queue.
function deliver(record) {
  for (const handle of record.pending) {
    // The delivery running now is the oldest one: drop it from the set.
    record.pending.delete(handle);
    break;
  }
  const data = record.data;
  if (data === null || (record.closing && !record.draining)) return;
  const queue = data.queue;
  if (queue.length === 0) return;
  if (queue.peek() === kCloseMessage) {
    queue.shift();
    closeRecord(record, undefined);
    return;
  }
  if (!record.receiving) return;
  const message = queue.shift();
  dispatchingRecord = record;
  try {
    if (message.error !== undefined) dispatchMessage(record.port, 'messageerror', message.error, []);
    else dispatchMessage(record.port, 'message', message.data, message.ports);
  } finally {
    dispatchingRecord = null;
  }
  schedule(record);
}

function dispatchMessage(target, type, data, ports) {
  const event = new MessageEvent(type, { data, ports });
  event[kNodeValue] = data;
  target.dispatchEvent(event);
}

// What port.hasRef() answers: a closing port is no longer ref'd.
function isRefed(record) {
  return !record.closing && record.data !== null && record.refed;
}

function setRef(record, refed) {
  if (record.refed === refed) return;
  record.refed = refed;
  if (record.data !== null && !record.closing) addRef(refed ? 1 : -1);
  rescheduleDeliveries(record.pending, deliver, record, refed);
}

// Closes the port's handle. As in Node, the port leaves its channel only when the handle has
// closed (its close callback: after what is already queued to run): until then its peer can
// still post to it (the messages are dropped). Then the peer gets the close message, and the
// port its 'close' event.
function closeRecord(record, callback) {
  if (record.closing) return;
  record.closing = true;
  if (record.data !== null && record.refed) addRef(-1);
  if (dispatchingRecord === record) {
    record.draining = true;
  } else {
    for (const handle of record.pending) cancelDelivery(handle);
    record.pending.clear();
  }
  // In Node the closing handle runs the loop once more, and that iteration's poll phase hands
  // the peer what it was already sent, even when the peer is unref'd: deliver it now too.
  const peerRecord = record.data === null || record.data.peer === null ? null : record.data.peer.record;
  if (peerRecord !== null && !peerRecord.refed && peerRecord.pending.size > 0) {
    rescheduleDeliveries(peerRecord.pending, deliver, peerRecord, true);
  }
  // A closing handle keeps the loop alive until its close callback has run.
  queueMicrotask(() => timers.setImmediate(finishClose, record, callback));
}

// Takes the channel end away from a closing port: the peer gets the close message.
function releaseData(record) {
  const data = record.data;
  if (data === null) return;
  record.data = null;
  data.record = null;
  data.queue.clear();
  const peer = disentangle(data);
  if (peer !== null) sendCloseMessage(peer);
}

function finishClose(record, callback) {
  releaseData(record);
  try {
    record.port.dispatchEvent(new MessagePortCloseEvent());
    if (typeof callback === 'function') callback();
  } finally {
    // Node lets go of the port's native object when its close callback and the ticks it queued
    // are over; util.inspect shows the port active until then.
    queueMicrotask(() => { record.closed = true; });
  }
}

class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

// ---------------------------------------------------------------------------------------------
// NodeEventTarget: EventTarget with EventEmitter-style methods. Node-style listeners (on, once,
// addListener) get the message data rather than the MessageEvent.

const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');

function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget] === true;
}

// Adds listener as a node-style listener: an ordinary EventTarget listener whose list node
// calls it with the node value. (The node keeps `listener` itself, so removal, duplicates and
// events.getEventListeners behave as for any listener.)
function addNodeStyleListener(target, type, listener, once) {
  type = `${type}`;
  const root = target[kEvents].get(type);
  if (root !== undefined) {
    for (let node = root.next; node !== undefined; node = node.next) {
      if (node.listener === listener && !node.capture) return; // already there
    }
  }
  target.addEventListener(type, listener, once ? kOnceOptions : undefined);
  if (typeof listener !== 'function') return;
  const added = target[kEvents].get(type);
  if (added === undefined) return;
  for (let node = added.next; node !== undefined; node = node.next) {
    if (node.listener === listener && !node.capture) {
      node.callback = nodeStyleCaller(listener);
      return;
    }
  }
}

const kOnceOptions = Object.freeze({ __proto__: null, once: true });

function nodeStyleCaller(listener) {
  return function(event) {
    const value = ObjectHasOwn(event, kNodeValue) ? event[kNodeValue] : event;
    return ReflectApply(listener, this, [value]);
  };
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    addNodeStyleListener(this, type, listener, false);
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    addNodeStyleListener(this, type, listener, false);
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    const event = type === 'message' || type === 'messageerror' ?
      new MessageEvent(type, { data: arg }) : new NodeCustomEvent(type, arg);
    event[kNodeValue] = arg;
    this.dispatchEvent(event);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    addNodeStyleListener(this, type, listener, true);
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

// The event EventTarget-style listeners get from emit() for other types.
class NodeCustomEvent extends Event {
  #detail;

  constructor(type, detail) {
    super(type);
    this.#detail = detail;
  }

  get detail() {
    return this.#detail;
  }
}

// ---------------------------------------------------------------------------------------------
// MessagePort

function isMessagePort(value) {
  return typeof value === 'object' && value !== null &&
    ObjectHasOwn(value, kState);
}

function recordOf(port) {
  if (!isMessagePort(port)) throw new TypeError('Illegal invocation');
  return port[kState];
}

// Node's MessagePort is made only by MessageChannel and by transfers.
function MessagePort() {
  throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}
ObjectSetPrototypeOf(MessagePort, NodeEventTarget);
ObjectSetPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);

// A new port object with no channel end yet (unref'd, not receiving).
function createPort() {
  const port = Object.create(MessagePort.prototype);
  initEventTarget(port);
  const record = new PortRecord(port);
  record.refed = false;
  ObjectDefineProperty(port, kState, { __proto__: null, value: record, enumerable: false });
  // What Node's setupPortReferencing adds: 'newListener'/'removeListener' handlers that ref a
  // port whose first 'message' listener comes through emit('newListener', 'message').
  port.on('newListener', function(name) {
    if (name === 'message' && port.listenerCount('message') === 0) {
      port.ref();
      port.start();
    }
  });
  port.on('removeListener', function(name) {
    if (name === 'message' && port.listenerCount('message') === 0) port.unref();
  });
  port[kNewListener] = portNewListener;
  port[kRemoveListener] = portRemoveListener;
  port[kCurrentlyReceivingPorts] = undefined;
  return port;
}

const portMethods = {
  postMessage(...args) {
    const record = recordOf(this);
    if (args.length === 0) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    let message;
    try {
      message = cloneMessage(args[0], readTransferArgument(args[1]), this, true);
    } catch (err) {
      rethrow(err, portMethods.postMessage);
    }
    const data = record.data;
    if (data === null || record.closing) return undefined; // closed or transferred: the message goes nowhere
    const peer = data.peer;
    if (peer === null) return false;
    for (let i = 0; i < message.ports.length; i++) {
      const moved = message.ports[i][kState];
      if (moved.data === peer) {
        // The message, and the peer's end in it, are dropped: the channel is gone at once.
        process.emitWarning('The target port was posted to itself, and the communication channel was lost');
        closeRecord(moved, undefined);
        releaseData(moved);
        return true;
      }
    }
    peer.queue.push({ data: message.value, ports: message.ports, error: message.error });
    if (peer.record !== null) schedule(peer.record);
    return true;
  },

  start() {
    const record = recordOf(this);
    if (record.data === null || record.closing) return;
    record.receiving = true;
    schedule(record);
  },

  ref() {
    const record = recordOf(this);
    if (record.closing) return;
    setRef(record, true);
  },

  unref() {
    const record = recordOf(this);
    if (record.closing) return;
    setRef(record, false);
  },

  hasRef() {
    return isRefed(recordOf(this));
  },

  close(callback) {
    const record = recordOf(this);
    closeRecord(record, callback);
  },
};

// postMessage(value, transferList | { transfer }): Node's reading of the second argument.
function readTransferArgument(arg) {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg !== 'object' && typeof arg !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  const list = readIterable(arg);
  if (list !== undefined) return list;
  const transfer = arg.transfer;
  if (transfer === undefined) return undefined;
  const options = readIterable(transfer);
  if (options === undefined) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
  }
  return options;
}

// Node's order of MessagePort.prototype's own keys: postMessage, start, constructor, ref, unref,
// hasRef, onmessage, onmessageerror, close (enumerable, as a C++ template's methods are).
delete MessagePort.prototype.constructor;
ObjectDefineProperties(MessagePort.prototype, {
  postMessage: { __proto__: null, value: portMethods.postMessage, writable: true, enumerable: true, configurable: true },
  start: { __proto__: null, value: portMethods.start, writable: true, enumerable: true, configurable: true },
  constructor: { __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true },
  ref: { __proto__: null, value: portMethods.ref, writable: true, enumerable: true, configurable: true },
  unref: { __proto__: null, value: portMethods.unref, writable: true, enumerable: true, configurable: true },
  hasRef: { __proto__: null, value: portMethods.hasRef, writable: true, enumerable: true, configurable: true },
});
ObjectDefineProperty(MessagePort.prototype.postMessage, 'length', { __proto__: null, value: 0 });
ObjectDefineProperty(MessagePort.prototype.hasRef, 'name', { __proto__: null, value: '' });
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
ObjectDefineProperty(MessagePort.prototype, 'close', {
  __proto__: null, value: portMethods.close, writable: true, enumerable: true, configurable: true,
});
ObjectDefineProperty(MessagePort.prototype.close, 'name', { __proto__: null, value: '' });

// A 'message' listener refs and starts the port; losing the last one unrefs it. Each port has
// these as own properties, as Node's ports do (util.inspect shows them, anonymous).
function portNewListener(size, type, ...rest) {
  if (type === 'message' && size === 1 && isMessagePort(this)) {
    this.ref();
    this.start();
  }
  return ReflectApply(EventTarget.prototype[kNewListener], this, [size, type, ...rest]);
}
function portRemoveListener(size, type, ...rest) {
  if (type === 'message' && size === 0 && isMessagePort(this)) this.unref();
  return ReflectApply(EventTarget.prototype[kRemoveListener], this, [size, type, ...rest]);
}
ObjectDefineProperty(portNewListener, 'name', { __proto__: null, value: '' });
ObjectDefineProperty(portRemoveListener, 'name', { __proto__: null, value: '' });

ObjectDefineProperty(MessagePort.prototype, customInspectSymbol, {
  __proto__: null,
  enumerable: false,
  writable: false,
  value: function inspect() {
    if (!isMessagePort(this)) return this;
    const record = this[kState];
    return Object.assign({ __proto__: MessagePort.prototype },
                         record.closed ? { active: false } : { active: true, refed: isRefed(record) },
                         this);
  },
});

// ---------------------------------------------------------------------------------------------
// MessageChannel

function MessageChannel() {
  if (new.target === undefined) {
    throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const port1 = createPort();
  const port2 = createPort();
  const data1 = new PortData();
  const data2 = new PortData();
  entangle(data1, data2);
  attach(port1[kState], data1);
  attach(port2[kState], data2);
  this.port1 = port1;
  this.port2 = port2;
}

// ---------------------------------------------------------------------------------------------
// Transfers (called by internal/structured_clone)

setMessagePortHooks({
  isPort: isMessagePort,
  isDetached(port) {
    const record = port[kState];
    return record.data === null || record.closing;
  },
  standIn: createPort,
  // Moves port's channel end to standIn; the old object closes.
  transfer(port, standIn) {
    const record = port[kState];
    const data = record.data;
    closeRecord(record, undefined);
    record.data = null;
    data.record = null;
    attach(standIn[kState], data);
    schedule(standIn[kState]);
  },
});

// ---------------------------------------------------------------------------------------------
// receiveMessageOnPort, moveMessagePortToContext

function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const record = port[kState];
  const data = record.data;
  if (data === null || record.closing || data.queue.length === 0) return undefined;
  const message = data.queue.shift();
  if (message === kCloseMessage) {
    closeRecord(record, undefined);
    return undefined;
  }
  return { message: message.data };
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  notImplemented('worker_threads.moveMessagePortToContext');
}

// ---------------------------------------------------------------------------------------------
// MessageEvent

function validateMessagePort(value, name) {
  if (!isMessagePort(value)) throw new ERR_INVALID_ARG_TYPE(name, 'MessagePort', value);
}

const kData = Symbol('kData');
const kOrigin = Symbol('kOrigin');
const kLastEventId = Symbol('kLastEventId');
const kSource = Symbol('kSource');
const kPorts = Symbol('kPorts');
const kEmptyInit = Object.freeze({ __proto__: null });

function isMessageEvent(value) {
  return typeof value === 'object' && value !== null && kData in value;
}

// Symbol-keyed fields, as Node's: private fields cost more to create in goja, and a port makes
// one event per message.
class MessageEvent extends Event {
  constructor(type, init = kEmptyInit) {
    // V8's messages for the destructuring and the spread below (goja words them differently).
    if (init === null) throw new TypeError("Cannot read properties of null (reading 'data')");
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = init;
    super(type);
    this[kData] = data;
    this[kOrigin] = `${origin}`;
    this[kLastEventId] = `${lastEventId}`;
    this[kSource] = source;
    if (ports === null || (typeof ports !== 'object' && typeof ports !== 'string') ||
        typeof ports[Symbol.iterator] !== 'function') {
      throw new TypeError('ports is not iterable');
    }
    this[kPorts] = [...ports];
    if (source !== null) validateMessagePort(source, 'init.source');
    const list = this[kPorts];
    for (let i = 0; i < list.length; i++) validateMessagePort(list[i], `init.ports[${i}]`);
  }
}

for (const { 0: name, 1: key } of [['data', kData], ['origin', kOrigin], ['lastEventId', kLastEventId],
  ['source', kSource], ['ports', kPorts]]) {
  const { get } = {
    get() {
      if (!isMessageEvent(this)) throw new ERR_INVALID_THIS('MessageEvent');
      return this[key];
    },
  };
  ObjectDefineProperty(MessageEvent.prototype, name, {
    __proto__: null, get, set: undefined, enumerable: true, configurable: true,
  });
}

// Node's MessageEvent has no toStringTag of its own: Object.prototype.toString says Event.

// ---------------------------------------------------------------------------------------------
// BroadcastChannel

const kType = Symbol('kType');
const kName = Symbol('kName');
const kHandle = Symbol('kHandle');

// name → the open channels of that name, in creation order
const broadcastGroups = new Map();

// The receiving side of one BroadcastChannel.
class BroadcastHandle {
  constructor(channel, name) {
    this.channel = channel;
    this.name = name;
    this.refed = true;
    this.queue = new FixedQueue(); // messages not yet delivered
    this.pending = new Set(); // their deliveries
    addRef(1);
    let group = broadcastGroups.get(name);
    if (group === undefined) {
      group = new Set();
      broadcastGroups.set(name, group);
    }
    group.add(this);
  }

  post(value) {
    const group = broadcastGroups.get(this.name);
    // Cloned once (the sender's errors surface here, getters run once), then once more per
    // receiver so that each gets its own copy.
    const message = cloneMessage(value, undefined, undefined, true);
    for (const handle of group) {
      if (handle === this) continue;
      handle.queue.push(message.error !== undefined ? message : { value: cloneMessage(message.value).value });
      handle.pending.add(newDelivery(deliverBroadcast, handle, handle.refed));
    }
  }

  ref(refed) {
    if (this.refed === refed) return;
    this.refed = refed;
    addRef(refed ? 1 : -1);
    rescheduleDeliveries(this.pending, deliverBroadcast, this, refed);
  }

  close() {
    const group = broadcastGroups.get(this.name);
    group.delete(this);
    if (group.size === 0) broadcastGroups.delete(this.name);
    if (this.refed) addRef(-1);
    for (const handle of this.pending) cancelDelivery(handle);
    this.pending.clear();
    this.queue.clear();
  }
}

function deliverBroadcast(handle) {
  for (const delivery of handle.pending) {
    handle.pending.delete(delivery);
    break;
  }
  const channel = handle.channel;
  if (channel[kHandle] !== handle || handle.queue.length === 0) return; // closed meanwhile
  const message = handle.queue.shift();
  if (message.error !== undefined) channel.dispatchEvent(new MessageEvent('messageerror', { data: message.error }));
  else channel.dispatchEvent(new MessageEvent('message', { data: message.value }));
}

function isBroadcastChannel(value) {
  return value?.[kType] === 'BroadcastChannel';
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kType] = 'BroadcastChannel';
    this[kName] = `${name}`;
    this[kHandle] = new BroadcastHandle(this, this[kName]);
  }

  [customInspectSymbol](depth, options) {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `BroadcastChannel ${inspect({
      name: this[kName],
      active: this[kHandle] !== undefined,
    }, opts)}`;
  }

  get name() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kName];
  }

  close() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    const handle = this[kHandle];
    if (handle === undefined) return;
    handle.close();
    this[kHandle] = undefined;
  }

  postMessage(message) {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const handle = this[kHandle];
    if (handle === undefined) throw lazyDOMException('BroadcastChannel is closed.', 'InvalidStateError');
    try {
      handle.post(message);
    } catch (err) {
      rethrow(err, BroadcastChannel.prototype.postMessage);
    }
  }

  ref() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    this[kHandle]?.ref(true);
    return this;
  }

  unref() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    this[kHandle]?.ref(false);
    return this;
  }
}

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(BroadcastChannel.prototype, {
  name: kEnumerable,
  close: kEnumerable,
  postMessage: kEnumerable,
});
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMessagePort,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
};
