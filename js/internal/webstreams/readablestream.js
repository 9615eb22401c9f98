'use strict';

// internal/webstreams/readablestream — ReadableStream with its default and byte controllers,
// default and BYOB readers and BYOB requests, tee, pipeTo, async iteration and from(). The
// abstract operations follow the WHATWG Streams standard and carry its names; where Node's
// observable timing differs from the standard's text (the delayed first step of async
// iteration, tee's deferred chunk and close steps, the promise hops of callbacks), this file
// keeps Node's, because Node's behaviour is what gonode reproduces.
//
// Read requests are objects with chunk(value), close(value) and error(e) methods.

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBuffer,
  validateObject,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const { lazyDOMException } = require('internal/util');
const {
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
  isArrayBufferDetached,
  isBrandCheck,
  isDataView,
  kEmptyObject,
  kEnumerableProperty,
  kControllerErrorFunction,
  kInspect,
  kIsClosedPromise,
  kState,
  kType,
  nonOpCancel,
  nonOpPull,
  nonOpStart,
  resetQueue,
  safePromiseAll,
  setPromiseHandled,
  transferArrayBuffer,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
} = require('internal/webstreams/util');
const {
  WritableStreamDefaultWriter,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');
const { isArrayBufferView } = require('internal/buffer_util');
const { FixedQueue } = require('internal/fixed_queue');
const { queueMicrotask } = require('internal/process/task_queues');
const { kIsDisturbed, kIsErrored, kIsReadable } = require('internal/streams/utils');

const kSkipThrow = Symbol('kSkipThrow');

let Buffer;

const isReadableStream = isBrandCheck('ReadableStream');
const isReadableByteStreamController = isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');
const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');

let releasedError;
let releasingError;
function readerReleasedError() {
  releasedError ??= new ERR_INVALID_STATE.TypeError('Reader released');
  return releasedError;
}
function readerReleasingError() {
  releasingError ??= new ERR_INVALID_STATE.TypeError('Releasing reader');
  return releasingError;
}

function toStringTag(name) {
  return { __proto__: null, configurable: true, value: name };
}

// ---------------------------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = kEmptyObject, strategy = kEmptyObject) {
    this[kType] = 'ReadableStream';
    validateObject(source, 'source', kValidateObjectAllowObjects);
    validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    this[kState] = createReadableStreamState();
    this[kIsClosedPromise] = createDeferredPromise();
    this[kControllerErrorFunction] = noop;
    // The strategy is read before the source, as the standard orders it.
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      setupReadableByteStreamControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      setupReadableStreamDefaultControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
    }
  }

  // What stream.isDisturbed(), isErrored() and isReadable() read.
  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(this)) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (isWritableStreamLocked(writable)) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(this)) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const preventCancel = !!(options?.preventCancel);
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: this[kState].controller instanceof ReadableByteStreamController,
    });
  }
}

Object.defineProperties(ReadableStream.prototype, {
  [SymbolAsyncIterator]: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: ReadableStream.prototype.values,
  },
  locked: kEnumerableProperty,
  cancel: kEnumerableProperty,
  getReader: kEnumerableProperty,
  pipeThrough: kEnumerableProperty,
  pipeTo: kEnumerableProperty,
  tee: kEnumerableProperty,
  values: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('ReadableStream'),
});
Object.defineProperties(ReadableStream, {
  from: kEnumerableProperty,
});

// The options of pipeTo and pipeThrough, read one at a time in the standard's order.
function readPipeOptions(options) {
  validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
  const preventAbort = options?.preventAbort;
  const preventCancel = options?.preventCancel;
  const preventClose = options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!preventAbort,
    preventCancel: !!preventCancel,
    preventClose: !!preventClose,
    signal,
  };
}

// ---------------------------------------------------------------------------------------------
// Async iteration. The first next() waits one microtask before reading, as Node's does.

// Node's iterators own next() and return() over a prototype whose next and return are
// undefined, itself over %AsyncIteratorPrototype%.
const asyncIteratorProto = Object.create(AsyncIteratorPrototype, {
  next: { __proto__: null, writable: true, configurable: true, enumerable: true, value: undefined },
  return: { __proto__: null, writable: true, configurable: true, enumerable: true, value: undefined },
});

function createAsyncIterator(reader, preventCancel) {
  const it = {
    reader,
    preventCancel,
    done: false,
    started: false,
    current: undefined,
    nextSteps: undefined,
  };
  it.nextSteps = () => iteratorNextSteps(it);
  const iterator = {
    next() {
      if (!it.started) {
        it.current = Promise.resolve();
        it.started = true;
      }
      it.current = it.current !== undefined ?
        it.current.then(it.nextSteps, it.nextSteps) :
        it.nextSteps();
      return it.current;
    },
    return(value) {
      it.started = true;
      const steps = () => iteratorReturnSteps(it, value);
      it.current = it.current !== undefined ? it.current.then(steps, steps) : steps();
      return it.current;
    },
    [SymbolAsyncIterator]() { return this; },
  };
  Object.setPrototypeOf(iterator, asyncIteratorProto);
  return iterator;
}

class AsyncIteratorReadRequest {
  constructor(it) {
    this.it = it;
    this.promise = createDeferredPromise();
  }

  chunk(value) {
    this.it.current = undefined;
    this.promise.resolve({ value, done: false });
  }

  close() {
    const it = this.it;
    it.current = undefined;
    it.done = true;
    readableStreamReaderGenericRelease(it.reader);
    this.promise.resolve({ done: true, value: undefined });
  }

  error(e) {
    const it = this.it;
    it.current = undefined;
    it.done = true;
    readableStreamReaderGenericRelease(it.reader);
    this.promise.reject(e);
  }
}

function iteratorNextSteps(it) {
  if (it.done) return Promise.resolve({ done: true, value: undefined });
  if (it.reader[kState].stream === undefined) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
  }
  const request = new AsyncIteratorReadRequest(it);
  readableStreamDefaultReaderRead(it.reader, request);
  return request.promise.promise;
}

async function iteratorReturnSteps(it, value) {
  if (it.done) return { done: true, value };
  it.done = true;
  const reader = it.reader;
  if (reader[kState].stream === undefined) {
    throw new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream');
  }
  if (!it.preventCancel) {
    const result = readableStreamReaderGenericCancel(reader, value);
    readableStreamReaderGenericRelease(reader);
    await result;
    return { done: true, value };
  }
  readableStreamReaderGenericRelease(reader);
  return { done: true, value };
}

// ---------------------------------------------------------------------------------------------
// Readers

class DefaultReadRequest {
  constructor() {
    this.promise = createDeferredPromise();
  }

  chunk(value) {
    this.promise.resolve({ value, done: false });
  }

  close() {
    this.promise.resolve({ value: undefined, done: true });
  }

  error(e) {
    this.promise.reject(e);
  }
}

class ReadIntoRequest {
  constructor() {
    this.promise = createDeferredPromise();
  }

  chunk(value) {
    this.promise.resolve({ value, done: false });
  }

  close(value) {
    this.promise.resolve({ value, done: true });
  }

  error(e) {
    this.promise.reject(e);
  }
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    this[kType] = 'ReadableStreamDefaultReader';
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = { stream: undefined, readRequests: undefined, close: undefined };
    setupReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const request = new DefaultReadRequest();
    readableStreamDefaultReaderRead(this, request);
    return request.promise.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamDefaultReader.prototype, {
  closed: kEnumerableProperty,
  read: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  cancel: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('ReadableStreamDefaultReader'),
});

class ReadableStreamBYOBReader {
  constructor(stream) {
    this[kType] = 'ReadableStreamBYOBReader';
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = { stream: undefined, readIntoRequests: undefined, close: undefined };
    setupReadableStreamBYOBReader(this, stream);
  }

  read(view, options = kEmptyObject) {
    try {
      return byobReaderRead(this, view, options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBReader.prototype, {
  closed: kEnumerableProperty,
  read: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  cancel: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('ReadableStreamBYOBReader'),
});

// The body of ReadableStreamBYOBReader.prototype.read (Node's is an async function: its result
// is a new promise even when it returns the request's).
async function byobReaderRead(reader, view, options) {
  if (!isReadableStreamBYOBReader(reader)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
  if (!isArrayBufferView(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
  }
  validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
  const byteLength = viewByteLength(view);
  const buffer = viewBuffer(view);
  if (byteLength === 0 || bufferByteLength(buffer) === 0) {
    throw new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
  }
  const min = options?.min ?? 1;
  if (typeof min !== 'number') throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
  if (!Number.isInteger(min)) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
  if (min <= 0) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
  if (!isDataView(view)) {
    if (min > view.length) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
  } else if (min > byteLength) {
    throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
  }
  if (reader[kState].stream === undefined) {
    throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
  }
  const request = new ReadIntoRequest();
  readableStreamBYOBReaderRead(reader, view, min, request);
  return request.promise.promise;
}

// ---------------------------------------------------------------------------------------------
// Controllers

class ReadableStreamDefaultController {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    readableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultController', {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('ReadableStreamDefaultController'),
});

class ReadableByteStreamController {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
    this[kState] = {};
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const cs = this[kState];
    if (cs.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (cs.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    validateBuffer(chunk);
    const byteLength = viewByteLength(chunk);
    const buffer = viewBuffer(chunk);
    if (byteLength === 0 || bufferByteLength(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const cs = this[kState];
    if (cs.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (cs.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableByteStreamController', {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('ReadableByteStreamController'),
});

class ReadableStreamBYOBRequest {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isArrayBufferDetached(viewBuffer(view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    validateBuffer(view, 'view');
    if (isArrayBufferDetached(viewBuffer(view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamBYOBRequest', {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: kEnumerableProperty,
  respond: kEnumerableProperty,
  respondWithNewView: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('ReadableStreamBYOBRequest'),
});

// ---------------------------------------------------------------------------------------------
// Streams made from algorithms (tee branches, TransformStream, from(), adapters)

function newBareReadableStream() {
  return Reflect.construct(function() {
    this[kType] = 'ReadableStream';
    this[kState] = createReadableStreamState();
    this[kIsClosedPromise] = createDeferredPromise();
    this[kControllerErrorFunction] = noop;
  }, [], ReadableStream);
}

function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = newBareReadableStream();
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupReadableStreamDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = newBareReadableStream();
  const controller = new ReadableByteStreamController(kSkipThrow);
  setupReadableByteStreamController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function createReadableStreamState() {
  return {
    __proto__: null,
    disturbed: false,
    reader: undefined,
    state: 'readable',
    storedError: undefined,
    controller: undefined,
  };
}

function readableStreamFromIterable(iterable) {
  const iteratorRecord = getAsyncIterator(iterable);
  let stream;

  function pullAlgorithm() {
    return invokeAsync(() => {
      const result = iteratorRecord.next.call(iteratorRecord.iterator);
      if (typeof result !== 'object' || result === null) {
        throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
      }
      return Promise.resolve(result).then((iterResult) => {
        if (typeof iterResult !== 'object' || iterResult === null) {
          throw new ERR_INVALID_STATE.TypeError(
            'The promise returned by the iterator.next() method must fulfill with an object');
        }
        if (iterResult.done) {
          readableStreamDefaultControllerClose(stream[kState].controller);
        } else {
          readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
        }
      });
    });
  }

  function cancelAlgorithm(reason) {
    return invokeAsync(() => {
      const iterator = iteratorRecord.iterator;
      const returnMethod = iterator.return;
      if (returnMethod === undefined) return Promise.resolve();
      const returnResult = returnMethod.call(iterator, reason);
      return Promise.resolve(returnResult).then((iterResult) => {
        if (typeof iterResult !== 'object' || iterResult === null) {
          throw new ERR_INVALID_STATE.TypeError(
            'The promise returned by the iterator.return() method must fulfill with an object');
        }
        return undefined;
      });
    });
  }

  stream = createReadableStream(nonOpStart, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// Runs fn as the body of an async function would: a throw rejects, a returned promise is
// adopted with the usual extra steps.
async function invokeAsync(fn) {
  return fn();
}

// GetIterator(obj, async): a sync iterator is wrapped the way CreateAsyncFromSyncIterator does.
function getAsyncIterator(obj) {
  // Reading the method of null or undefined throws the engine's TypeError, as in Node.
  const method = obj[SymbolAsyncIterator];
  if (method == null) {
    const syncMethod = obj[Symbol.iterator];
    if (syncMethod === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
    const iterator = syncMethod.call(obj);
    if (typeof iterator !== 'object' || iterator === null) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    return asyncFromSyncIterator(iterator);
  }
  const iterator = method.call(obj);
  if (typeof iterator !== 'object' || iterator === null) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return { iterator, next: iterator.next };
}

// Node wraps a sync iterator in `async function* () { return yield* iterable; }`; this object
// takes the same number of promise steps as V8's async generator does: a value arrives two
// microtasks after next() (the async-from-sync continuation, then the generator's await), the
// end three (the return awaits once more).
function asyncFromSyncIterator(syncIterator) {
  let state = 'start'; // 'start' (not yet run), 'yielding' (inside yield*), 'done'
  const identity = (result) => result;
  const toDone = (result) => ({ value: result.value, done: true });

  function step(method, arg) {
    const fn = syncIterator[method];
    if (fn === undefined) return undefined;
    const result = fn.call(syncIterator, arg);
    if (typeof result !== 'object' || result === null) {
      throw new TypeError(`Iterator result ${result} is not an object`);
    }
    return result;
  }

  // AsyncFromSyncIteratorContinuation, then the generator's Await, then (at the end) the
  // return's Await.
  function settle(result) {
    const done = !!result.done;
    const awaited = Promise.resolve(result.value)
      .then((value) => ({ value, done }))
      .then(identity);
    if (!done) return awaited;
    state = 'done';
    return awaited.then(toDone);
  }

  const iterator = {
    next() {
      if (state === 'done') return Promise.resolve({ value: undefined, done: true });
      state = 'yielding';
      try {
        return settle(step('next'));
      } catch (error) {
        state = 'done';
        return Promise.reject(error);
      }
    },
    return(value) {
      if (state !== 'yielding') {
        state = 'done';
        return Promise.resolve(value).then((v) => ({ value: v, done: true }));
      }
      // The generator first awaits the return value, then forwards it to the sync iterator and
      // awaits the continuation.
      return new Promise((resolve, reject) => {
        Promise.resolve(value).then((v) => {
          let result;
          try {
            result = step('return', v);
          } catch (error) {
            state = 'done';
            reject(error);
            return;
          }
          if (result === undefined) {
            state = 'done';
            Promise.resolve().then(() => resolve({ value: v, done: true }));
            return;
          }
          const done = !!result.done;
          Promise.resolve(result.value)
            .then((value) => ({ value, done }))
            .then((r) => {
              if (done) state = 'done';
              resolve(r);
            });
        }, reject);
      });
    },
  };
  return { iterator, next: iterator.next };
}

// ---------------------------------------------------------------------------------------------
// pipeTo

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader;
  let writer;
  try {
    reader = new ReadableStreamDefaultReader(source);
    writer = new WritableStreamDefaultWriter(dest);
  } catch (error) {
    return Promise.reject(error);
  }
  source[kState].disturbed = true;

  let shuttingDown = false;
  let listening = false;
  const done = createDeferredPromise();
  const pipe = { currentWrite: Promise.resolve() };

  function finalize(rejected, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamReaderGenericRelease(reader);
    if (listening) signal.removeEventListener('abort', abortAlgorithm);
    if (rejected) done.reject(error);
    else done.resolve();
  }

  async function waitForCurrentWrite() {
    const write = pipe.currentWrite;
    await write;
    if (write !== pipe.currentWrite) await waitForCurrentWrite();
  }

  function destWritable() {
    return dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      action().then(() => finalize(rejected, originalError), (error) => finalize(true, error));
    };
    if (destWritable()) {
      waitForCurrentWrite().then(complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }

  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritable()) {
      waitForCurrentWrite().then(() => finalize(rejected, error), (e) => finalize(true, e));
      return;
    }
    finalize(rejected, error);
  }

  function abortAlgorithm() {
    let error = signal.reason;
    if (error instanceof AbortError) {
      error = lazyDOMException(error.message, 'AbortError');
    }
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ?
        writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ?
        readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAnAction(() => safePromiseAll(actions.map((action) => action())), true, error);
  }

  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const request = new PipeToReadRequest(writer, pipe);
    readableStreamDefaultReaderRead(reader, request);
    return request.promise.promise;
  }

  async function run() {
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
    listening = true;
  }

  setPromiseHandled(run());

  // Errors must be propagated forward.
  if (source[kState].state === 'errored') {
    onSourceErrored(source[kState].storedError);
  } else {
    reader[kState].close.promise.then(undefined, onSourceErrored);
  }
  function onSourceErrored(error) {
    if (!preventAbort) {
      shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
    } else {
      shutdown(true, error);
    }
  }

  // Errors must be propagated backward.
  if (dest[kState].state === 'errored') {
    onDestErrored(dest[kState].storedError);
  } else {
    writer[kState].close.promise.then(undefined, onDestErrored);
  }
  function onDestErrored(error) {
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  }

  // Closing must be propagated forward.
  if (source[kState].state === 'closed') {
    onSourceClosed();
  } else {
    reader[kState].close.promise.then(onSourceClosed, noop);
  }
  function onSourceClosed() {
    if (!preventClose) {
      shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  }

  // Closing must be propagated backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  }

  return done.promise;
}

function noop() {}

class PipeToReadRequest {
  constructor(writer, pipe) {
    this.writer = writer;
    this.pipe = pipe;
    this.promise = createDeferredPromise();
  }

  chunk(chunk) {
    const write = writableStreamDefaultWriterWrite(this.writer, chunk);
    this.pipe.currentWrite = write;
    setPromiseHandled(write);
    this.promise.resolve(false);
  }

  close() {
    this.promise.resolve(true);
  }

  error(e) {
    this.promise.reject(e);
  }
}

// ---------------------------------------------------------------------------------------------
// tee

function readableStreamTee(stream, cloneForBranch2) {
  if (isReadableByteStreamController(stream[kState].controller)) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  const readRequest = {
    chunk(value) {
      // Node runs the chunk steps in a microtask, as the standard says.
      queueMicrotask(() => {
        reading = false;
        let value2 = value;
        if (!canceled2 && cloneForBranch2) value2 = structuredClone(value);
        if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value);
        if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value2);
      });
    },
    close() {
      // Node defers the close steps to the next tick (not in the standard).
      process.nextTick(() => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      });
    },
    error() {
      reading = false;
    },
  };

  async function pullAlgorithm() {
    if (reading) return;
    reading = true;
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(nonOpStart, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(nonOpStart, pullAlgorithm, cancel2Algorithm);

  reader[kState].close.promise.then(undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  function forwardReaderError(thisReader) {
    thisReader[kState].close.promise.then(undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function errorBoth(error) {
    readableByteStreamControllerError(branch1[kState].controller, error);
    readableByteStreamControllerError(branch2[kState].controller, error);
    cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function readAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBoth(error);
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          readAgain();
        });
      },
      close() {
        reading = false;
        const c1 = branch1[kState].controller;
        const c2 = branch2[kState].controller;
        if (!canceled1) readableByteStreamControllerClose(c1);
        if (!canceled2) readableByteStreamControllerClose(c2);
        if (c1[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(c1, 0);
        if (c2[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(c2, 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBoth(error);
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, cloned);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          readAgain();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        const byobController = byobBranch[kState].controller;
        const otherController = otherBranch[kState].controller;
        if (!byobCanceled) readableByteStreamControllerClose(byobController);
        if (!otherCanceled) readableByteStreamControllerClose(otherController);
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobController, chunk);
          if (!otherCanceled && otherController[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherController, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch1[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return Promise.resolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch2[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(nonOpStart, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(nonOpStart, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------------------------
// ReadableStream abstract operations

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isReadableStreamBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = new FixedQueue();
    while (requests.length > 0) requests.shift().close(undefined);
  }
  const controller = state.controller;
  const sourceCancelPromise = isReadableByteStreamController(controller) ?
    readableByteStreamControllerCancelSteps(controller, reason) :
    readableStreamDefaultControllerCancelSteps(controller, reason);
  return sourceCancelPromise.then(noop);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve?.();
  if (isReadableStreamDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = new FixedQueue();
    while (requests.length > 0) requests.shift().close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  const close = reader[kState].close;
  setPromiseHandled(close.promise);
  close.reject?.(error);
  if (isReadableStreamDefaultReader(reader)) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

// ---------------------------------------------------------------------------------------------
// Reader abstract operations

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  const rs = reader[kState];
  rs.stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      rs.close = createDeferredPromise();
      break;
    case 'closed':
      rs.close = { promise: Promise.resolve(), resolve: undefined, reject: undefined };
      break;
    default: {
      const promise = Promise.reject(stream[kState].storedError);
      setPromiseHandled(promise);
      rs.close = { promise, resolve: undefined, reject: undefined };
    }
  }
}

function readableStreamReaderGenericRelease(reader) {
  const rs = reader[kState];
  const stream = rs.stream;
  const error = readerReleasedError();
  if (stream[kState].state === 'readable' && rs.close.reject !== undefined) {
    rs.close.reject(error);
    rs.close.reject = undefined;
    rs.close.resolve = undefined;
  } else {
    rs.close = { promise: Promise.reject(error), resolve: undefined, reject: undefined };
  }
  setPromiseHandled(rs.close.promise);
  const controller = stream[kState].controller;
  if (isReadableByteStreamController(controller)) readableByteStreamControllerReleaseSteps(controller);
  stream[kState].reader = undefined;
  rs.stream = undefined;
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, readerReleasingError());
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = new FixedQueue();
  while (requests.length > 0) requests.shift().error(e);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, readerReleasingError());
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = new FixedQueue();
  while (requests.length > 0) requests.shift().error(e);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  switch (state.state) {
    case 'closed':
      readRequest.close();
      break;
    case 'errored':
      readRequest.error(state.storedError);
      break;
    default:
      if (isReadableByteStreamController(state.controller)) {
        readableByteStreamControllerPullSteps(state.controller, readRequest);
      } else {
        readableStreamDefaultControllerPullSteps(state.controller, readRequest);
      }
  }
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    readIntoRequest.error(stream[kState].storedError);
    return;
  }
  readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function setupReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = new FixedQueue();
}

function setupReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  if (!isReadableByteStreamController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = new FixedQueue();
}

// ---------------------------------------------------------------------------------------------
// ReadableStreamDefaultController abstract operations

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const cs = controller[kState];
  if (cs.pulling) {
    cs.pullAgain = true;
    return;
  }
  cs.pulling = true;
  cs.pullAlgorithm(controller).then(cs.onPulled, cs.onPullFailed);
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const cs = controller[kState];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !cs.started) return false;
  const stream = cs.stream;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const cs = controller[kState];
  cs.pullAlgorithm = undefined;
  cs.cancelAlgorithm = undefined;
  cs.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const cs = controller[kState];
  cs.closeRequested = true;
  if (cs.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(cs.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const cs = controller[kState];
  const stream = cs.stream;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      const size = cs.sizeAlgorithm;
      enqueueValueWithSize(cs, chunk, size(chunk));
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const cs = controller[kState];
  if (cs.stream[kState].state !== 'readable') return;
  resetQueue(cs);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(cs.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const cs = controller[kState];
  switch (cs.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return cs.highWaterMark - cs.queueTotalSize;
  }
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const cs = controller[kState];
  return !cs.closeRequested && cs.stream[kState].state === 'readable';
}

function readableStreamDefaultControllerCancelSteps(controller, reason) {
  const cs = controller[kState];
  resetQueue(cs);
  const result = cs.cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function readableStreamDefaultControllerPullSteps(controller, readRequest) {
  const cs = controller[kState];
  if (cs.queue.length > 0) {
    const chunk = dequeueValue(cs);
    if (cs.closeRequested && cs.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(cs.stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunk(chunk);
    return;
  }
  readableStreamAddReadRequest(cs.stream, readRequest);
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const cs = {
    __proto__: null,
    stream,
    queue: new FixedQueue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    // The reactions to the pull promise, made once per controller rather than per pull.
    onPulled: undefined,
    onPullFailed: undefined,
  };
  cs.onPulled = () => {
    cs.pulling = false;
    if (cs.pullAgain) {
      cs.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  };
  cs.onPullFailed = (error) => readableStreamDefaultControllerError(controller, error);
  controller[kState] = cs;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => controller.error(error);
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    cs.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const startAlgorithm = start ? () => start.call(source, controller) : nonOpStart;
  const pullAlgorithm = pull ? createPromiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel ? createPromiseCallback('source.cancel', cancel, source) : nonOpCancel;
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                       cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

// ---------------------------------------------------------------------------------------------
// ReadableByteStreamController abstract operations

function readableByteStreamControllerGetBYOBRequest(controller) {
  const cs = controller[kState];
  if (cs.byobRequest === null && cs.pendingPullIntos.length > 0) {
    const desc = cs.pendingPullIntos[0];
    const view = new Uint8Array(desc.buffer, desc.byteOffset + desc.bytesFilled,
                                desc.byteLength - desc.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kSkipThrow);
    request[kState] = { controller, view };
    cs.byobRequest = request;
  }
  return cs.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const cs = controller[kState];
  switch (cs.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return cs.highWaterMark - cs.queueTotalSize;
  }
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  const cs = controller[kState];
  if (cs.pulling) {
    cs.pullAgain = true;
    return;
  }
  cs.pulling = true;
  cs.pullAlgorithm(controller).then(cs.onPulled, cs.onPullFailed);
}

function readableByteStreamControllerShouldCallPull(controller) {
  const cs = controller[kState];
  const stream = cs.stream;
  if (stream[kState].state !== 'readable' || cs.closeRequested || !cs.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) {
    return true;
  }
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  const cs = controller[kState];
  cs.pullAlgorithm = undefined;
  cs.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const cs = controller[kState];
  if (cs.byobRequest === null) return;
  cs.byobRequest[kState].controller = undefined;
  cs.byobRequest[kState].view = null;
  cs.byobRequest = null;
}

function readableByteStreamControllerClose(controller) {
  const cs = controller[kState];
  if (cs.closeRequested || cs.stream[kState].state !== 'readable') return;
  if (cs.queueTotalSize > 0) {
    cs.closeRequested = true;
    return;
  }
  if (cs.pendingPullIntos.length > 0) {
    const first = cs.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(cs.stream);
}

function readableByteStreamControllerError(controller, error) {
  const cs = controller[kState];
  if (cs.stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(cs);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(cs.stream, error);
}

function readableByteStreamControllerCancelSteps(controller, reason) {
  readableByteStreamControllerClearPendingPullIntos(controller);
  const cs = controller[kState];
  resetQueue(cs);
  const result = cs.cancelAlgorithm(reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

function readableByteStreamControllerReleaseSteps(controller) {
  const cs = controller[kState];
  if (cs.pendingPullIntos.length > 0) {
    const first = cs.pendingPullIntos[0];
    first.readerType = 'none';
    cs.pendingPullIntos = [first];
  }
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const cs = controller[kState];
  const stream = cs.stream;
  if (cs.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  const transferredBuffer = transferArrayBuffer(buffer);
  if (cs.pendingPullIntos.length > 0) {
    const first = cs.pendingPullIntos[0];
    if (isArrayBufferDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Destination ArrayBuffer is detached');
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (cs.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const cs = controller[kState];
  cs.queue.push({ buffer, byteOffset, byteLength });
  cs.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset,
                                                          desc.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const cs = controller[kState];
  const maxBytesToCopy = Math.min(cs.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % desc.elementSize);
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = cs.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    copyArrayBuffer(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    cs.queueTotalSize -= bytesToCopy;
    desc.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const cs = controller[kState];
  const entry = cs.queue.shift();
  cs.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const cs = controller[kState];
  if (cs.queueTotalSize === 0 && cs.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(cs.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const cs = controller[kState];
  const filled = [];
  while (cs.pendingPullIntos.length > 0) {
    if (cs.queueTotalSize === 0) break;
    const desc = cs.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(desc);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const cs = controller[kState];
  const reader = cs.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (cs.queueTotalSize === 0) return;
    readableByteStreamControllerFillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const { bytesFilled, byteLength, byteOffset, elementSize, ctor } = desc;
  if (bytesFilled > byteLength) throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  const buffer = transferArrayBuffer(desc.buffer);
  Buffer ??= require('buffer').Buffer;
  if (ctor === Buffer) return Buffer.from(buffer, byteOffset, bytesFilled / elementSize);
  return new ctor(buffer, byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const cs = controller[kState];
  const stream = cs.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!isDataView(view)) {
    ctor = view.constructor;
    elementSize = ctor.BYTES_PER_ELEMENT;
  }
  const minimumFill = min * elementSize;
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  const buffer = viewBuffer(view);
  const bufferLength = bufferByteLength(buffer);
  let transferred;
  try {
    transferred = transferArrayBuffer(buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const desc = {
    buffer: transferred,
    bufferByteLength: bufferLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    ctor,
    readerType: 'byob',
  };
  if (cs.pendingPullIntos.length > 0) {
    cs.pendingPullIntos.push(desc);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (cs.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (cs.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  cs.pendingPullIntos.push(desc);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerPullSteps(controller, readRequest) {
  const cs = controller[kState];
  if (cs.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const autoAllocateChunkSize = cs.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(autoAllocateChunkSize);
    } catch (error) {
      readRequest.error(error);
      return;
    }
    cs.pendingPullIntos.push({
      buffer,
      bufferByteLength: autoAllocateChunkSize,
      byteOffset: 0,
      byteLength: autoAllocateChunkSize,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      ctor: Uint8Array,
      readerType: 'default',
    });
  }
  readableStreamAddReadRequest(cs.stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const cs = controller[kState];
  const desc = cs.pendingPullIntos[0];
  const state = cs.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (!bytesWritten) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (desc.bytesFilled + bytesWritten > desc.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  desc.buffer = transferArrayBuffer(desc.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, desc) {
  if (desc.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    const n = readableStreamGetNumReadIntoRequests(stream);
    for (let i = 0; i < n; i++) filled.push(readableByteStreamControllerShiftPendingPullInto(controller));
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  if (desc.bytesFilled + bytesWritten > desc.byteLength) {
    throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  }
  desc.bytesFilled += bytesWritten;
  const stream = controller[kState].stream;
  if (desc.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, end - remainderSize,
                                                          remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
  for (let i = 0; i < filled.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const cs = controller[kState];
  const desc = cs.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (cs.stream[kState].state === 'closed') {
    if (bytesWritten) {
      throw new ERR_INVALID_STATE.TypeError('Controller is closed but view is not zero-length');
    }
    readableByteStreamControllerRespondInClosedState(controller, desc);
  } else {
    if (!bytesWritten) throw new ERR_INVALID_STATE.TypeError('View cannot be zero-length');
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const cs = controller[kState];
  const desc = cs.pendingPullIntos[0];
  const byteLength = viewByteLength(view);
  const byteOffset = viewByteOffset(view);
  const buffer = viewBuffer(view);
  if (cs.stream[kState].state === 'closed') {
    if (byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (desc.byteOffset + desc.bytesFilled !== byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (desc.bytesFilled + byteLength > desc.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (desc.bufferByteLength !== bufferByteLength(buffer)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  desc.buffer = transferArrayBuffer(buffer);
  readableByteStreamControllerRespondInternal(controller, byteLength);
}

function setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  const cs = {
    __proto__: null,
    stream,
    byobRequest: null,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    started: false,
    queue: new FixedQueue(),
    queueTotalSize: 0,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    onPulled: undefined,
    onPullFailed: undefined,
  };
  cs.onPulled = () => {
    cs.pulling = false;
    if (cs.pullAgain) {
      cs.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  };
  cs.onPullFailed = (error) => readableByteStreamControllerError(controller, error);
  controller[kState] = cs;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    cs.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const autoAllocateChunkSize = source?.autoAllocateChunkSize;
  const startAlgorithm = start ? () => start.call(source, controller) : nonOpStart;
  const pullAlgorithm = pull ? createPromiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel ? createPromiseCallback('source.cancel', cancel, source) : nonOpCancel;
  if (autoAllocateChunkSize === 0) {
    throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                    cancelAlgorithm, highWaterMark, autoAllocateChunkSize);
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  createReadableStream,
  createReadableByteStream,
  isReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultReaderRead,
  readableStreamPipeTo,
  readableStreamTee,
};
