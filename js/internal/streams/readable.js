'use strict';

// internal/streams/readable — stream.Readable: a buffer fed by push() (from _read), drained by
// read(), 'data' (flowing mode), 'readable' (paused mode), pipe() and async iteration.
// The event order follows Node's: most events are deferred to the next tick exactly where
// Node defers them, because programs observe it.

// Read once: a module-level binding is much cheaper in goja than a global lookup.
const process = globalThis.process;
const { isInteger: NumberIsInteger, isNaN: NumberIsNaN, parseInt: NumberParseInt } = Number;
const EE = require('events');
const { Buffer } = require('buffer');
const { Stream, prependListener } = require('internal/streams/legacy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { SymbolAsyncIterator, kOnConstructed } = require('internal/streams/utils');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { isArrayBufferView } = require('internal/buffer_util');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
const EEon = EE.prototype.on;
const EEremoveListener = EE.prototype.removeListener;
const EEremoveAllListeners = EE.prototype.removeAllListeners;

let StringDecoder;
let from;

function nop() {}

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  // The buffer is an array read from bufferIndex on, so shift() is cheap.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // sync: push() is being called from inside _read, so 'readable' waits a tick.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.dataListening = false; // a 'data' listener was added (and not all removed)
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null) {
    this.defaultEncoding = 'utf8';
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  // The writer (or set of writers, when piped to several) whose 'drain' we wait for.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

// ---------------------------------------------------------------------------------------------
// The buffer: an array of chunks read from bufferIndex.

function bufferCount(state) {
  return state.buffer.length - state.bufferIndex;
}

function bufferShift(state) {
  const buf = state.buffer;
  const i = state.bufferIndex;
  const chunk = buf[i];
  if (i + 1 === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else {
    buf[i] = null;
    state.bufferIndex = i + 1;
    if (i > 1024) {
      buf.splice(0, i + 1);
      state.bufferIndex = 0;
    }
  }
  return chunk;
}

function bufferUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}

function bufferClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function bufferJoin(state) {
  const buf = state.buffer;
  let s = '';
  const parts = [];
  for (let i = state.bufferIndex; i < buf.length; i++) parts.push(buf[i]);
  s = parts.join('');
  return s;
}

function bufferConcat(state, n) {
  const buf = state.buffer;
  const out = Buffer.allocUnsafe(n >>> 0);
  let off = 0;
  for (let i = state.bufferIndex; i < buf.length; i++) {
    const c = buf[i];
    out.set(c, off);
    off += c.length;
  }
  return out;
}

// bufferConsume takes n bytes (or characters) from the front, splitting a chunk if needed.
function bufferConsume(state, n, hasStrings) {
  const buf = state.buffer;
  const data = buf[state.bufferIndex];
  if (n < data.length) {
    buf[state.bufferIndex] = data.slice(n);
    return data.slice(0, n);
  }
  if (n === data.length) return bufferShift(state);
  if (hasStrings) {
    const parts = [];
    while (n > 0) {
      const str = buf[state.bufferIndex];
      if (n >= str.length) {
        parts.push(str);
        n -= str.length;
        bufferShift(state);
      } else {
        parts.push(str.slice(0, n));
        buf[state.bufferIndex] = str.slice(n);
        n = 0;
      }
    }
    return parts.join('');
  }
  const ret = Buffer.allocUnsafe(n);
  let off = 0;
  while (n > 0) {
    const c = buf[state.bufferIndex];
    if (n >= c.length) {
      ret.set(c, off);
      off += c.length;
      n -= c.length;
      bufferShift(state);
    } else {
      ret.set(new Uint8Array(c.buffer, c.byteOffset, n), off);
      buf[state.bufferIndex] = c.slice(n);
      n = 0;
    }
  }
  return ret;
}

// ---------------------------------------------------------------------------------------------
// Readable

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

// Once _construct has called back, fill the buffer if someone is waiting.
ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
};
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable._fromList = fromList;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') { // not in goja yet
  Readable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
    });
  };
}

// push(chunk, encoding): add to the buffer (false asks the producer to stop); null ends.
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    pushObjectMode(this, state, chunk, encoding) :
    pushByteMode(this, state, chunk, encoding);
};

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    unshiftObjectMode(this, state, chunk) :
    unshiftByteMode(this, state, chunk, encoding);
};

function invalidChunk(chunk) {
  return new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function toBuffer(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function unshiftByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // Into a decoding stream, a string is re-encoded as the stream's strings.
      if (state.encoding) chunk = Buffer.from(chunk, encoding).toString(state.encoding);
      else chunk = Buffer.from(chunk, encoding);
    }
  } else if (isArrayBufferView(chunk)) {
    chunk = toBuffer(chunk);
  } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }
  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  else if (state.destroyed || state.errored) return false;
  else addChunk(stream, state, chunk, true, state.objectMode ? 1 : chunk.length);
  return canPushMore(state);
}

function pushByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof Buffer) {
    encoding = '';
  } else if (isArrayBufferView(chunk)) {
    chunk = toBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }

  // A Buffer's length is a getter up the prototype chain, slow in goja: read it once.
  let len = chunk ? chunk.length : 0;
  if (!(len > 0)) {
    // An empty chunk ends a read without adding anything.
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder !== null && !encoding) {
    chunk = state.decoder.write(chunk);
    len = chunk.length;
    if (len === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false, len);
  return canPushMore(state);
}

function pushObjectMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder !== null && !encoding) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, false, 1);
  return canPushMore(state);
}

// Ask for more while below the mark (or empty, so a 0 mark still flows).
function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

// addChunk: len is the chunk's size (1 in objectMode).
function addChunk(stream, state, chunk, addToFront, len) {
  if (state.flowing === true && state.dataListening && !state.sync && state.length === 0) {
    // Flowing and nothing buffered: hand the chunk straight to 'data'.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += len;
    if (addToFront) bufferUnshift(state, chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Re-decode what is buffered already.
  const parts = [];
  for (let i = state.bufferIndex; i < state.buffer.length; i++) parts.push(decoder.write(state.buffer[i]));
  const content = parts.join('');
  bufferClear(state);
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // The next power of two, so repeated large reads do not raise the mark one byte at a time.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// howMuchToRead: how many bytes (or objects) read(n) can return now; 0 when it must wait.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (NumberIsNaN(n)) {
    // read() without n: everything, or one chunk at a time when flowing.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!NumberIsInteger(n)) n = NumberParseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  // Locals for the fields read several times before _read can change them (property reads
  // are map lookups in goja).
  let hwm = state.highWaterMark;
  let length = state.length;
  const ended = state.ended;

  if (n > hwm) hwm = state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only triggers 'readable' or 'end'.
  if (n === 0 && state.needReadable &&
      ((hwm !== 0 ? length >= hwm : length > 0) || ended)) {
    if (length === 0 && ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && ended) {
    if (length === 0) endReadable(this);
    return null;
  }

  // Call _read when the buffer would fall below the mark.
  let doRead = state.needReadable;
  if (length === 0 || length - n < hwm) doRead = true;
  if (ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (length === 0) state.needReadable = true;
    try {
      this._read(hwm);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push may have filled the buffer: recompute.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;

  length = state.length;
  if (ret === null) {
    if (length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length = length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
  }

  if (length === 0) {
    if (!state.ended) state.needReadable = true;
    else if (nOrig !== n) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Inside _read: 'readable' on the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

// maybeReadMore fills the buffer up to the mark on the next tick, even if nobody reads yet.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // nothing came synchronously
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // A second destination: track drains as a set.
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting for this dest to drain, stop waiting.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on dest unpipes; it is rethrown if dest has no other 'error' listener.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        state.dataListening) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// Adding a 'data' listener starts flowing; a 'readable' listener switches to paused mode.
Readable.prototype.on = function(ev, fn) {
  const res = EEon.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.dataListening = true;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = EEremoveListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Reflect.apply(EEremoveAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() does not make the stream flow.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap(oldStream): a Readable fed by an old-style stream's 'data' and 'end'.
Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // Proxy the old stream's own methods (as Node does, all but the first own key).
  const streamKeys = Object.keys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
  }
  return this;
};

Readable.prototype[SymbolAsyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// ---------------------------------------------------------------------------------------------
// The async iterator, written by hand (goja has no async generators). It behaves like an async
// generator: calls are served one at a time in order, and return() or an error ends it,
// destroying the stream unless told otherwise.

const AsyncIteratorPrototype = {
  [SymbolAsyncIterator]() {
    return this;
  },
};

const resolvedPromise = Promise.resolve();
const kWait = Symbol('kWait');

function createAsyncIterator(stream, options) {
  const destroyOnReturn = !options || options.destroyOnReturn !== false;
  let wake = nop;
  let error; // undefined while running, null at a clean end, else the error
  let done = false;
  let busy = false;
  const queue = [];

  function onReadable() {
    const w = wake;
    wake = nop;
    w();
  }
  stream.on('readable', onReadable);
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    const w = wake;
    wake = nop;
    w();
  });

  function finish() {
    done = true;
    if ((error || destroyOnReturn) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }

  // step makes one attempt at the next result: a result object, kWait when it must wait for
  // 'readable' (or the end), or it throws the stream's error.
  function step() {
    let chunk;
    try {
      chunk = stream.destroyed ? null : stream.read();
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      finish();
      throw error;
    }
    if (chunk !== null) return { value: chunk, done: false };
    if (error) {
      finish();
      throw error;
    }
    if (error === null) {
      finish();
      return { value: undefined, done: true };
    }
    return kWait;
  }

  // pull serves a waiting next() request.
  function pull(req) {
    let r;
    try {
      r = step();
    } catch (err) {
      settle(req, false, err);
      return;
    }
    if (r === kWait) wait(req);
    else settle(req, true, r);
  }

  function wait(req) {
    // Like an awaited promise: go on in a microtask, after the current tick's work.
    wake = () => {
      resolvedPromise.then(() => pull(req));
    };
  }

  function settle(req, ok, v) {
    if (ok) req.resolve(v);
    else req.reject(v);
    busy = false;
    if (queue.length > 0) run(queue.shift());
  }

  function run(req) {
    busy = true;
    if (done) {
      if (req.kind === 'throw') settle(req, false, req.arg);
      else settle(req, true, { value: req.kind === 'return' ? req.arg : undefined, done: true });
      return;
    }
    if (req.kind === 'next') {
      pull(req);
    } else if (req.kind === 'return') {
      finish();
      settle(req, true, { value: req.arg, done: true });
    } else {
      error = aggregateTwoErrors(error, req.arg);
      finish();
      settle(req, false, error);
    }
  }

  function request(kind, arg) {
    return new Promise((resolve, reject) => {
      const req = { kind, arg, resolve, reject };
      if (busy) queue.push(req);
      else run(req);
    });
  }

  // next's fast path: a chunk already buffered is returned without queueing a request.
  function next() {
    if (busy || done) return request('next');
    let r;
    try {
      r = step();
    } catch (err) {
      return Promise.reject(err);
    }
    if (r !== kWait) return Promise.resolve(r);
    return new Promise((resolve, reject) => {
      busy = true;
      wait({ kind: 'next', arg: undefined, resolve, reject });
    });
  }

  const iter = Object.create(AsyncIteratorPrototype);
  iter.next = next;
  iter.return = function(value) { return request('return', value); };
  iter.throw = function(err) { return request('throw', err); };
  Object.defineProperty(iter, 'next', { enumerable: false });
  Object.defineProperty(iter, 'return', { enumerable: false });
  Object.defineProperty(iter, 'throw', { enumerable: false });
  return iter;
}

// ---------------------------------------------------------------------------------------------
// Properties

function defineGetters(proto, props) {
  for (const key of Object.keys(props)) {
    const d = props[key];
    Object.defineProperty(proto, key, {
      __proto__: null,
      get: d.get,
      set: d.set,
      enumerable: false,
      configurable: true,
    });
  }
}

defineGetters(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

defineGetters(ReadableState.prototype, {
  pipesCount: {
    get() { return this.pipes.length; },
  },
  paused: {
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  },
});

// fromList takes n bytes (or one object) from the buffer; the caller adjusts state.length.
function fromList(n, state) {
  if (state.length === 0) return null;
  let ret;
  if (state.objectMode) {
    ret = bufferShift(state);
  } else if (!n || n >= state.length) {
    if (state.decoder) ret = bufferJoin(state);
    else if (bufferCount(state) === 1) ret = state.buffer[state.bufferIndex];
    else ret = bufferConcat(state, state.length);
    bufferClear(state);
  } else {
    ret = bufferConsume(state, n, state.decoder);
  }
  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A duplex is destroyed only once its writable side is done too.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function(iterable, opts) {
  if (from === undefined) from = require('internal/streams/from');
  return from(Readable, iterable, opts);
};

function lazyWebStreams() {
  return require('internal/webstreams/adapters');
}

Readable.fromWeb = function(readableStream, options) {
  return lazyWebStreams().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebStreams().newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};


module.exports = Readable;
