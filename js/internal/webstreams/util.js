'use strict';

// internal/webstreams/util — what the WHATWG stream classes share: the state and brand symbols,
// the queue-with-sizes operations, strategy extraction, promise helpers with the spec's timing
// (callbacks run through an async call, as WebIDL's "invoke a callback function" does), buffer
// transfer, and the inspect shape Node gives these objects (`Name { key: value }`).

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_OPERATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { FixedQueue } = require('internal/fixed_queue');
const utilBinding = internalBinding('util');

const kState = Symbol('kState');
const kType = Symbol('kType');
// Shared with Node streams (finished(), Duplex.from): registered symbols, as in Node.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };
const SymbolAsyncIterator = typeof Symbol.asyncIterator === 'symbol' ?
  Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');

// %AsyncIteratorPrototype%: the engine's when it has async generators, else an equivalent.
let AsyncIteratorPrototype;
try {
  // eslint-disable-next-line no-new-func
  const gen = new Function('return async function* () {}')();
  AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(gen.prototype));
} catch {
  AsyncIteratorPrototype = {
    [SymbolAsyncIterator]() { return this; },
  };
}

const getPromiseDetails = utilBinding.getPromiseDetails;
const kPending = utilBinding.kPending;

let inspect;

// isBrandCheck(brand) makes a predicate for objects made by the class named brand.
function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

// customInspect prints `name { ...data }` one level deeper, the way Node prints streams.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// A promise with its resolve and reject functions. The executor runs synchronously inside the
// Promise constructor, so one shared executor can hand the functions over (no closure per call).
let capturedResolve;
let capturedReject;
function captureResolvers(resolve, reject) {
  capturedResolve = resolve;
  capturedReject = reject;
}

function createDeferredPromise() {
  const promise = new Promise(captureResolvers);
  const deferred = { promise, resolve: capturedResolve, reject: capturedReject };
  capturedResolve = undefined;
  capturedReject = undefined;
  return deferred;
}

function noop() {}

// Marks a promise as handled, so that its rejection is never reported.
function setPromiseHandled(promise) {
  promise.then(noop, noop);
}

function isPromisePending(promise) {
  if (promise === undefined) return false;
  const details = getPromiseDetails(promise);
  return details !== undefined && details[0] === kPending;
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function countSize() { return 1; }

function extractSizeAlgorithm(size) {
  if (size === undefined) return countSize;
  validateFunction(size, 'strategy.size');
  return size;
}

// The queue-with-sizes of a controller's state ({ queue, queueTotalSize }): a FixedQueue, whose
// shift does not move the chunks behind the head (an array's would, making a drain quadratic).

function dequeueValue(state) {
  const { value, size } = state.queue.shift();
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function enqueueValueWithSize(state, value, size) {
  size = +size;
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

function peekQueueValue(state) {
  return state.queue.peek().value;
}

function resetQueue(state) {
  state.queue = new FixedQueue();
  state.queueTotalSize = 0;
}

// WebIDL's "invoke a callback function" for callbacks returning a promise: the call happens
// now and its result (or throw) settles a new promise exactly as an async function's `return`
// would (an object result is adopted through the resolve function, taking its extra steps),
// without the cost of an async function call.
function invokePromiseCallback(fn, thisArg, a, b) {
  let result;
  try {
    result = fn.call(thisArg, a, b);
  } catch (error) {
    return Promise.reject(error);
  }
  if ((typeof result === 'object' && result !== null) || typeof result === 'function') {
    return new Promise((resolve) => resolve(result));
  }
  return Promise.resolve(result);
}

function createPromiseCallback(name, fn, thisArg) {
  validateFunction(fn, name);
  return (a, b) => invokePromiseCallback(fn, thisArg, a, b);
}

// Node's primordials SafePromiseAll and SafePromisePrototypeFinally: each input promise is
// first adopted by a new promise and the result is handed on through one more, so they settle
// two microtasks later than Promise.all and finally do. Observable, hence reproduced.
function safePromiseAll(promises) {
  return new Promise((resolve, reject) => {
    const wrapped = promises.map((p) => new Promise((a, b) => p.then(a, b)));
    Promise.all(wrapped).then(resolve, reject);
  });
}

function safePromiseFinally(promise, onFinally) {
  return new Promise((resolve, reject) => {
    new Promise((a, b) => promise.then(a, b)).finally(onFinally).then(resolve, reject);
  });
}

function nonOpStart() {}
async function nonOpPull() {}
async function nonOpCancel() {}
async function nonOpWrite() {}
async function nonOpFlush() {}

// Buffers. The getters are read from the view's own prototype chain, as Node does, so that
// user code overriding `byteLength` on a view cannot fool the streams.

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const typedArrayBuffer = getter(TypedArrayPrototype, 'buffer');
const typedArrayByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const typedArrayByteLength = getter(TypedArrayPrototype, 'byteLength');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const dataViewByteOffset = getter(DataView.prototype, 'byteOffset');
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');

function isDataView(view) {
  return utilBinding.getInternalType(view) === 'DataView';
}

function viewBuffer(view) {
  return isDataView(view) ? dataViewBuffer.call(view) : typedArrayBuffer.call(view);
}

function viewByteOffset(view) {
  return isDataView(view) ? dataViewByteOffset.call(view) : typedArrayByteOffset.call(view);
}

function viewByteLength(view) {
  return isDataView(view) ? dataViewByteLength.call(view) : typedArrayByteLength.call(view);
}

function bufferByteLength(buffer) {
  return arrayBufferByteLength.call(buffer);
}

function isArrayBufferDetached(buffer) {
  return utilBinding.isArrayBufferDetached(buffer);
}

// TransferArrayBuffer: the bytes move to a new ArrayBuffer, the old one is detached.
function transferArrayBuffer(buffer) {
  const moved = utilBinding.transferArrayBuffer(buffer);
  if (moved === undefined) {
    throw new ERR_OPERATION_FAILED.TypeError('The ArrayBuffer could not be transferred');
  }
  return moved;
}

function copyArrayBuffer(dest, destOffset, src, srcOffset, length) {
  new Uint8Array(dest, destOffset, length).set(new Uint8Array(src, srcOffset, length));
}

function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  const offset = viewByteOffset(view);
  return new Uint8Array(buffer.slice(offset, offset + viewByteLength(view)));
}

module.exports = {
  AsyncIteratorPrototype,
  SymbolAsyncIterator,
  bufferByteLength,
  cloneAsUint8Array,
  copyArrayBuffer,
  createDeferredPromise,
  createPromiseCallback,
  customInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invokePromiseCallback,
  isArrayBufferDetached,
  isBrandCheck,
  isDataView,
  isPromisePending,
  kEmptyObject,
  kEnumerableProperty,
  kControllerErrorFunction,
  kInspect,
  kIsClosedPromise,
  kState,
  kType,
  nonOpCancel,
  nonOpFlush,
  nonOpPull,
  nonOpStart,
  nonOpWrite,
  peekQueueValue,
  resetQueue,
  safePromiseAll,
  safePromiseFinally,
  setPromiseHandled,
  transferArrayBuffer,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
};
