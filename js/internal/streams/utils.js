'use strict';

// internal/streams/utils — duck-typed questions about streams ("is this readable?", "has it
// finished?") asked of Node streams, old-style streams, web streams and http messages alike.
// Every stream module (and fs, net, readline) asks through these so the answers agree.

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol('kIsErrored');
const kIsReadable = Symbol('kIsReadable');
const kIsWritable = Symbol('kIsWritable');
const kIsDisturbed = Symbol('kIsDisturbed');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kOnConstructed = Symbol('kOnConstructed');

const SymbolAsyncIterator = typeof Symbol.asyncIterator === 'symbol' ?
  Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');

function isReadableNodeStream(obj, strict = false) {
  if (!obj || typeof obj.pipe !== 'function' || typeof obj.on !== 'function') return false;
  if (strict && (typeof obj.pause !== 'function' || typeof obj.resume !== 'function')) return false;
  const w = obj._writableState;
  if (!w) return true;
  const r = obj._readableState;
  return !!r && r.readable !== false;
}

function isWritableNodeStream(obj) {
  if (!obj || typeof obj.write !== 'function' || typeof obj.on !== 'function') return false;
  const r = obj._readableState;
  if (!r) return true;
  const w = obj._writableState;
  return !w || w.writable !== false;
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!obj && (
    !!obj._readableState ||
    !!obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}

function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function');
}

function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' &&
    typeof obj.writable === 'object');
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

// isIterable(obj, isAsync): async iterable when isAsync is true, sync iterable when false,
// either when undefined.
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[SymbolAsyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[SymbolAsyncIterator] === 'function' ||
    typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const r = stream._readableState;
  if (!r || r.errored) return false;
  if (typeof r.ended !== 'boolean') return null;
  return r.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return (w && w.errored) ?? null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return (r && r.errored) ?? null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' &&
    typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' &&
    typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' &&
    typeof stream._dumped === 'boolean' &&
    (stream.req == null || stream.req.upgradeOrConnect === undefined);
}

function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
}

// willEmitClose: the stream will emit 'close' by itself once it is done.
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  const v = stream[kIsDisturbed];
  return !!(v ?? (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  if (!stream) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  return !!(stream[kIsErrored] ??
    stream.readableErrored ??
    stream.writableErrored ??
    (r ? r.errorEmitted : undefined) ??
    (w ? w.errorEmitted : undefined) ??
    (r ? r.errored : undefined) ??
    (w ? w.errored : undefined));
}

// onAbort(signal, listener) adds listener through events.addAbortListener and returns a
// function that removes it (the disposable's [Symbol.dispose], which the host's shims define).
function onAbort(signal, listener) {
  const disposable = require('events').addAbortListener(signal, listener);
  return function removeAbortListener() {
    disposable[Symbol.dispose]();
  };
}

module.exports = {
  onAbort,
  isDestroyed,
  kIsDestroyed,
  isDisturbed,
  kIsDisturbed,
  isErrored,
  kIsErrored,
  isReadable,
  kIsReadable,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsWritable,
  kOnConstructed,
  isClosed,
  isDuplexNodeStream,
  isFinished,
  isIterable,
  isReadableNodeStream,
  isReadableStream,
  isReadableEnded,
  isReadableFinished,
  isReadableErrored,
  isNodeStream,
  isWebStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  isWritableEnded,
  isWritableFinished,
  isWritableErrored,
  isServerRequest,
  isServerResponse,
  isOutgoingMessage,
  isRequest,
  isTransformStream,
  willEmitClose,
  SymbolAsyncIterator,
};

// once(fn) returns a function that calls fn the first time only.
function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

// asyncIteratorOf(obj): obj's async iterator, or its sync iterator adapted the way `for await`
// adapts it (each value awaited).
function asyncIteratorOf(obj) {
  if (typeof obj[SymbolAsyncIterator] === 'function') return obj[SymbolAsyncIterator]();
  const it = obj[Symbol.iterator]();
  return {
    next() {
      let r;
      try {
        r = it.next();
      } catch (err) {
        return Promise.reject(err);
      }
      if (r.done) return Promise.resolve({ value: r.value, done: true });
      return Promise.resolve(r.value).then((value) => ({ value, done: false }));
    },
    return(value) {
      if (typeof it.return !== 'function') return Promise.resolve({ value, done: true });
      try {
        return Promise.resolve(it.return(value));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}

// closeIterator calls iterator.return() as `for await` does when its body exits early.
async function closeIterator(iterator) {
  if (iterator && typeof iterator.return === 'function') await iterator.return();
}

module.exports.asyncIteratorOf = asyncIteratorOf;
module.exports.closeIterator = closeIterator;
module.exports.once = once;
