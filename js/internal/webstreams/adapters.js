'use strict';

// internal/webstreams/adapters — conversions between Node streams and web streams, used lazily
// by Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb and Duplex.from:
//   newReadableStreamFromStreamReadable(readable, options)      Readable → ReadableStream
//   newStreamReadableFromReadableStream(readableStream, options) ReadableStream → Readable
//   newWritableStreamFromStreamWritable(writable)               Writable → WritableStream
//   newStreamWritableFromWritableStream(writableStream, options) WritableStream → Writable
//   newReadableWritablePairFromDuplex(duplex)                   Duplex → { readable, writable }
//   newStreamDuplexFromReadableWritablePair(pair, options)      { readable, writable } → Duplex
// Backpressure maps onto both sides (pause/resume and 'drain' against desiredSize and ready),
// errors and early closes propagate both ways, a premature close becomes an AbortError.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { normalizeEncoding } = require('internal/buffer_util');
const { TextEncoder } = require('internal/encoding');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const { createDeferredPromise, kEmptyObject } = require('internal/webstreams/util');

let streamModule;
let streamUtils;
let eos;
let Buffer;
let encoder;

function lazyStream() {
  streamModule ??= require('stream');
  return streamModule;
}

function lazyUtils() {
  streamUtils ??= require('internal/streams/utils');
  return streamUtils;
}

function lazyFinished() {
  eos ??= require('internal/streams/end-of-stream');
  return eos;
}

function lazyBuffer() {
  Buffer ??= require('buffer').Buffer;
  return Buffer;
}

function destroy(stream, error) {
  lazyStream().destroy(stream, error);
}

// A premature close of the Node stream reaches the web side as an AbortError.
function normalizeFinishError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// Runs a Node stream callback from a promise reaction; an exception it throws must not become
// an unhandled rejection, so it is rethrown or turned into destroy() outside the promise.
function callSafely(callback, error, onThrow) {
  try {
    callback(error);
  } catch (thrown) {
    onThrow(thrown);
  }
}

// Strings written to a Writable adapter in byte mode become Uint8Arrays.
function encodeChunk(chunk, encoding) {
  if (normalizeEncoding(encoding) === 'utf8') {
    encoder ??= new TextEncoder();
    return encoder.encode(chunk);
  }
  const buf = lazyBuffer().from(chunk, encoding);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// The writev, write and final methods of the Writable and Duplex adapters: each waits for the
// writer to be ready, then writes; a callback that throws destroys the Node stream (returned by
// getStream) outside the promise reaction.
function writerMethods(writer, getStream, decodeStrings, objectMode, isClosed) {
  const destroyLater = (e) => process.nextTick(() => destroy(getStream(), e));
  return {
    writev(chunks, callback) {
      const done = (errors) => {
        const list = Array.isArray(errors) ? errors.filter((e) => e) : [errors];
        callSafely(callback, list.length === 0 ? undefined : list, destroyLater);
      };
      writer.ready.then(
        () => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done),
        done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = encodeChunk(chunk, encoding);
      }
      const done = (error) => callSafely(callback, error, (e) => destroy(getStream(), e));
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      const done = (error) => callSafely(callback, error, destroyLater);
      if (!isClosed()) writer.close().then(done, done);
    },
  };
}

function rethrowLater(error) {
  process.nextTick(() => { throw error; });
}

function newWritableStreamFromStreamWritable(streamWritable) {
  // A Writable or anything that looks like one (http.OutgoingMessage); a Duplex that is not
  // writable passes and gives a closed WritableStream.
  if (!streamWritable || typeof streamWritable.write !== 'function' ||
      typeof streamWritable.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { isDestroyed, isWritable, isWritableEnded } = lazyUtils();
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressurePromise;
  let closed;

  const cleanup = lazyFinished()(streamWritable, (error) => {
    error = normalizeFinishError(error);
    cleanup();
    // Legacy streams may emit 'error' again after finished.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      // The error happens after the WritableStream started closing.
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  });

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = createDeferredPromise();
        return backpressurePromise.promise.finally(() => { backpressurePromise = undefined; });
      }
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferredPromise();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  const { Writable } = lazyStream();
  const { isWritableEnded } = lazyUtils();
  const writer = writableStream.getWriter();
  let closed = false;
  const { writev, write, final } = writerMethods(writer, () => writable, decodeStrings, objectMode,
                                                 () => closed);
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev,
    write,
    destroy(error, callback) {
      const done = () => callSafely(callback, error, rethrowLater);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final,
  });

  writer.closed.then(() => {
    // The WritableStream closed before the Writable ended.
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });

  return writable;
}

function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  // A Duplex that is not readable passes and gives a canceled ReadableStream.
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const { isDestroyed, isReadable } = lazyUtils();
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options?.strategy;
  if (!strategy) {
    strategy = objectMode ?
      new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark });
  }

  let controller;
  let wasCanceled = false;

  function onData(chunk) {
    // Copy a Buffer so that the chunk does not keep (or expose) a pooled slab.
    if (!objectMode && lazyBuffer().isBuffer(chunk)) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  streamReadable.pause();

  const cleanup = lazyFinished()(streamReadable, (error) => {
    error = normalizeFinishError(error);
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    if (wasCanceled) return;
    controller.close();
  });

  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  validateBoolean(objectMode, 'options.objectMode');

  const { Readable } = lazyStream();
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, rethrowLater);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });

  return readable;
}

function newReadableWritablePairFromDuplex(duplex) {
  // Duplexes made with readable: false or writable: false pass and give a closed side.
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  const { isDestroyed, isReadable, isWritable } = lazyUtils();
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = isWritable(duplex) ?
    newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();
  const readable = isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }

  const { Duplex } = lazyStream();
  const { isWritableEnded } = lazyUtils();
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const { writev, write, final } = writerMethods(writer, () => duplex, decodeStrings, objectMode,
                                                 () => writableClosed);
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev,
    write,
    final,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, rethrowLater);
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
