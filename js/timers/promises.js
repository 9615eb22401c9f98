'use strict';

// timers/promises: promise versions of setTimeout and setImmediate, an
// async iterator for setInterval, and the experimental scheduler.

const {
  Timeout,
  Immediate,
  insert,
} = require('internal/timers');
const { clearTimeout, clearImmediate, clearInterval } = require('timers');
const {
  AbortError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');

// Abort listeners must run even if an earlier listener stops propagation;
// internal/event_target marks such listeners with this symbol when it exists.
let kResistStopPropagation;
function abortListenerOptions(extra) {
  if (kResistStopPropagation === undefined) {
    kResistStopPropagation = null;
    try {
      if (internalBinding('host').builtinExists('internal/event_target')) {
        const et = require('internal/event_target');
        if (typeof et.kResistStopPropagation === 'symbol') kResistStopPropagation = et.kResistStopPropagation;
      }
    } catch {
      kResistStopPropagation = null;
    }
  }
  const options = { __proto__: null, ...extra };
  if (kResistStopPropagation !== null) options[kResistStopPropagation] = true;
  return options;
}

// Bound to the timer or immediate; runs when the signal aborts.
function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

// validateOptions checks what setTimeout, setImmediate and setInterval accept.
function validateOptions(options) {
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

// Bad arguments reject the returned promise; they never throw.
function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      oncancel = cancelListenerHandler.bind(timeout, clearTimeout, reject, signal);
      signal.addEventListener('abort', oncancel, abortListenerOptions());
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) :
    ret;
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(immediate, clearImmediate, reject, signal);
      signal.addEventListener('abort', oncancel, abortListenerOptions());
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) :
    ret;
}

// ---------------------------------------------------------------------------
// A small async-generator machine. goja has no async generators, so an
// "async generator" here is a sync generator whose `yield` expressions carry
// an operation: yield awaitOp(p) is `await p`, yield yieldOp(v) is `yield v`.
// The driver follows the spec's AsyncGenerator algorithms (request queue,
// awaiting the yielded value, return() awaiting its value and running the
// body's finally blocks), so callers see the timing of a real async generator.

const kAwait = 0;
const kYield = 1;
function awaitOp(value) { return { op: kAwait, value }; }
function yieldOp(value) { return { op: kYield, value }; }

const kSuspendedStart = 0;
const kSuspendedYield = 1;
const kExecuting = 2;
const kAwaitingReturn = 3;
const kCompleted = 4;

const kNext = 0;
const kReturn = 1;
const kThrow = 2;

const generatorState = new WeakMap();

const AsyncIteratorPrototype = Object.create(Object.prototype, {
  [Symbol.asyncIterator]: {
    __proto__: null,
    value: { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator],
    writable: true,
    configurable: true,
  },
});

function thisState(self, method) {
  const state = generatorState.get(self);
  if (state === undefined) {
    throw new TypeError(`AsyncGenerator.prototype.${method} called on incompatible receiver`);
  }
  return state;
}

function enqueue(self, method, kind, value) {
  let state;
  try {
    state = thisState(self, method);
  } catch (err) {
    return Promise.reject(err);
  }
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  if (kind === kThrow && state.status === kSuspendedStart) state.status = kCompleted;
  if (state.status === kCompleted && kind !== kReturn) {
    if (kind === kThrow) reject(value);
    else resolve({ value: undefined, done: true });
    return promise;
  }
  state.queue.push({ kind, value, resolve, reject });
  if (state.status === kSuspendedStart || state.status === kCompleted) {
    if (kind === kReturn) {
      state.status = kAwaitingReturn;
      awaitReturn(state);
    } else {
      resume(state, kind, value);
    }
  } else if (state.status === kSuspendedYield) {
    resumeAtYield(state);
  }
  return promise;
}

const AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    __proto__: null,
    value: { next(value) { return enqueue(this, 'next', kNext, value); } }.next,
    writable: true,
    configurable: true,
  },
  return: {
    __proto__: null,
    value: { return(value) { return enqueue(this, 'return', kReturn, value); } }.return,
    writable: true,
    configurable: true,
  },
  throw: {
    __proto__: null,
    value: { throw(value) { return enqueue(this, 'throw', kThrow, value); } }.throw,
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: {
    __proto__: null,
    value: 'AsyncGenerator',
    configurable: true,
  },
});

function createAsyncGenerator(iterator) {
  const self = Object.create(AsyncGeneratorPrototype);
  generatorState.set(self, { iterator, status: kSuspendedStart, queue: [] });
  return self;
}

// completeStep settles the oldest request.
function completeStep(state, isThrow, value, done) {
  const request = state.queue.shift();
  if (isThrow) request.reject(value);
  else request.resolve({ value, done });
}

// resume runs the body until its next await or yield, or to its end.
function resume(state, kind, value) {
  state.status = kExecuting;
  let step;
  try {
    if (kind === kNext) step = state.iterator.next(value);
    else if (kind === kThrow) step = state.iterator.throw(value);
    else step = state.iterator.return(value);
  } catch (err) {
    state.status = kCompleted;
    completeStep(state, true, err);
    drainQueue(state);
    return;
  }
  if (step.done) {
    state.status = kCompleted;
    completeStep(state, false, step.value, true);
    drainQueue(state);
    return;
  }
  const { op, value: operand } = step.value;
  let awaited;
  try {
    awaited = Promise.resolve(operand);
  } catch (err) {
    resume(state, kThrow, err);
    return;
  }
  if (op === kAwait) {
    awaited.then((v) => resume(state, kNext, v), (e) => resume(state, kThrow, e));
  } else {
    // `yield v` awaits v, then hands it to the oldest request.
    awaited.then((v) => {
      completeStep(state, false, v, false);
      if (state.queue.length > 0) resumeAtYield(state);
      else state.status = kSuspendedYield;
    }, (e) => resume(state, kThrow, e));
  }
}

// resumeAtYield continues a body suspended at a yield with the oldest request.
function resumeAtYield(state) {
  const { kind, value } = state.queue[0];
  if (kind !== kReturn) {
    resume(state, kind, value);
    return;
  }
  // return(v) at a yield awaits v, then unwinds the body (finally blocks run).
  state.status = kExecuting;
  let awaited;
  try {
    awaited = Promise.resolve(value);
  } catch (err) {
    resume(state, kThrow, err);
    return;
  }
  awaited.then((v) => resume(state, kReturn, v), (e) => resume(state, kThrow, e));
}

// awaitReturn settles a return(v) made on a finished (or never started) body.
function awaitReturn(state) {
  const { value } = state.queue[0];
  let awaited;
  try {
    awaited = Promise.resolve(value);
  } catch (err) {
    state.status = kCompleted;
    completeStep(state, true, err);
    drainQueue(state);
    return;
  }
  awaited.then((v) => {
    state.status = kCompleted;
    completeStep(state, false, v, true);
    drainQueue(state);
  }, (e) => {
    state.status = kCompleted;
    completeStep(state, true, e);
    drainQueue(state);
  });
}

// drainQueue settles the requests left when the body has finished.
function drainQueue(state) {
  while (state.queue.length > 0) {
    const { kind, value } = state.queue[0];
    if (kind === kReturn) {
      state.status = kAwaitingReturn;
      awaitReturn(state);
      return;
    }
    if (kind === kThrow) completeStep(state, true, value);
    else completeStep(state, false, undefined, true);
  }
}

// ---------------------------------------------------------------------------

function* intervalBody(after, value, options) {
  if (typeof after !== 'undefined') validateNumber(after, 'delay');
  validateOptions(options);
  const { signal, ref = true } = options;

  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, abortListenerOptions({ once: true }));
    }

    while (!signal?.aborted) {
      if (notYielded === 0) {
        yield awaitOp(new Promise((resolve) => { callback = resolve; }));
      }
      for (; notYielded > 0; notYielded--) {
        yield yieldOp(value);
      }
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

// setInterval(delay, value, options) returns an async iterator that yields
// value every delay ms (once per tick missed, if the consumer is slow).
function setInterval(after, value, options = kEmptyObject) {
  return createAsyncGenerator(intervalBody(after, value, options));
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype);
scheduler[kScheduler] = true;

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
