'use strict';

// internal/abort_controller — AbortController and AbortSignal with Node v20's behaviour.
//
// An AbortSignal is an EventTarget (made with Object.create + initEventTarget: its constructor
// throws ERR_ILLEGAL_CONSTRUCTOR) holding kAborted and kReason. Aborting sets both, then
// dispatches a trusted 'abort' Event (which also calls onabort), then aborts the signals that
// depend on it (AbortSignal.any), in the order they were made.
//
// AbortSignal.any flattens composites: a composite's sources are the plain signals it follows,
// and each source keeps a Set of its dependants. Node holds both through WeakRefs and lets the
// garbage collector prune them; here an aborted composite takes itself off its sources' sets.
//
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException from an unref'd timer, so a
// pending timeout never keeps the process alive.

const {
  EventTarget,
  Event,
  defineEventHandler,
  initEventTarget,
  kTrustEvent,
  kWeakHandler,
  kResistStopPropagation,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateAbortSignalArray,
  validateObject,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');
const kCloneData = Symbol('kCloneData');
const kMakeTransferable = Symbol('kMakeTransferable');

const {
  kDeserialize,
  kTransfer,
  kTransferList,
  makeTransferable,
} = require('internal/structured_clone');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let timers;
function lazyTimers() {
  if (timers === undefined) timers = require('timers');
  return timers;
}

// `AbortSignal { aborted: false }`; at a negative depth the object itself, which util.inspect
// then shows as [AbortSignal].
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal(true, reason, false);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal(false, undefined, false);
    signal[kTimeout] = true;
    lazyTimers().setTimeout(onTimeout, delay, signal).unref();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = createAbortSignal(false, undefined, true);
    if (signals.length === 0) return result;
    const sources = result[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
    }
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal[kComposite]) {
        const inner = signal[kSourceSignals];
        if (inner === undefined) continue;
        for (const source of inner) follow(result, sources, source);
      } else {
        follow(result, sources, signal);
      }
    }
    return result;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  // Transfer (for signals made transferable): a pending signal takes a MessageChannel along;
  // its copy aborts when a message comes through it.
  [kTransferList]() {
    if (this.aborted) return [];
    const { port1, port2 } = new (lazyMessageChannel())();
    port1.unref();
    port2.unref();
    this[kCloneData] = { port1, port2 };
    return [port2];
  }

  [kTransfer]() {
    validateThisAbortSignal(this);
    const aborted = this.aborted;
    if (aborted) {
      return {
        data: { aborted, reason: this.reason },
        deserializeInfo: 'internal/abort_controller:ClonedAbortSignal',
      };
    }
    const { port1, port2 } = this[kCloneData];
    this[kCloneData] = undefined;
    this.addEventListener('abort', () => {
      port1.postMessage(this.reason);
      port1.close();
    }, { once: true });
    return {
      data: { port: port2 },
      deserializeInfo: 'internal/abort_controller:ClonedAbortSignal',
    };
  }

  [kDeserialize]({ aborted, reason, port }) {
    if (aborted) {
      this[kAborted] = aborted;
      this[kReason] = reason;
      return;
    }
    port.onmessage = ({ data }) => {
      abortSignal(this, data);
      port.close();
      port.onmessage = undefined;
    };
    // The receiving port alone never keeps the process alive (unref after onmessage refs it).
    port.unref();
  }
}

let MessageChannelCtor;
function lazyMessageChannel() {
  if (MessageChannelCtor === undefined) MessageChannelCtor = require('internal/worker/io').MessageChannel;
  return MessageChannelCtor;
}

// The constructor that a transferred signal's deserializeInfo names.
function ClonedAbortSignal() {
  return createAbortSignal(false, undefined, false, true);
}

function follow(result, sources, source) {
  sources.add(source);
  let dependants = source[kDependantSignals];
  if (dependants === undefined) dependants = source[kDependantSignals] = new Set();
  dependants.add(result);
}

function onTimeout(signal) {
  abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
});
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

function createAbortSignal(aborted, reason, composite, transferable = false) {
  const signal = Object.create(AbortSignal.prototype);
  initEventTarget(signal);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return transferable ? makeTransferable(signal) : signal;
}

const kTrustedEventOptions = Object.freeze({ __proto__: null, [kTrustEvent]: true });

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', kTrustedEventOptions));

  // An aborted composite no longer needs to hear from its sources.
  const sources = signal[kSourceSignals];
  if (sources !== undefined) {
    for (const source of sources) source[kDependantSignals]?.delete(signal);
    sources.clear();
  }
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const dependant of dependants) abortSignal(dependant, reason);
  }
}

class AbortController {
  #signal = createAbortSignal(false, undefined, false);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }

  // util.transferableAbortController(): a controller whose signal is transferable.
  static [kMakeTransferable]() {
    const controller = new AbortController();
    controller.#signal = createAbortSignal(false, undefined, false, true);
    return controller;
  }
}

function transferableAbortSignal(signal) {
  if (signal?.[kAborted] === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return makeTransferable(signal);
}

function transferableAbortController() {
  return AbortController[kMakeTransferable]();
}

Object.defineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
  },
});

// util.aborted(signal, resource): a promise that settles when signal aborts; the listener is
// held through `resource` (weakly, in Node).
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  // A returned promise is adopted, which takes Node's two extra turns.
  if (signal.aborted) return Promise.resolve();
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  signal.addEventListener('abort', resolve, {
    __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true,
  });
  return promise;
}

module.exports = {
  AbortController,
  AbortSignal,
  ClonedAbortSignal,
  aborted,
  kAborted,
  transferableAbortController,
  transferableAbortSignal,
};
