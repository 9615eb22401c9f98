'use strict';

// internal/streams/duplexify — Duplex.from(body): a Duplex made from a stream, a pair of
// streams, an iterable, an async generator function, a promise, a Blob or web streams.

// Read once: a module-level binding is much cheaper in goja than a global lookup.
const process = globalThis.process;
const {
  isReadable,
  isWritable,
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isReadableStream,
  isWritableStream,
  SymbolAsyncIterator,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');

function isBlob(b) {
  const { Blob } = require('buffer');
  return b instanceof Blob;
}

// Duplexify marks a side that does not exist as already done.
function Duplexify(options) {
  Duplex.call(this, options);
  if (options && options.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options && options.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
Object.setPrototypeOf(Duplexify.prototype, Duplex.prototype);
Object.setPrototypeOf(Duplexify, Duplex);

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return _duplexify({ readable: body });
  if (isWritableNodeStream(body)) return _duplexify({ writable: body });
  if (isNodeStream(body)) return _duplexify({ writable: false, readable: false });
  if (isReadableStream(body)) return _duplexify({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return _duplexify({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return Duplexify.fromWeb(body);
  }

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) :
      undefined;
    const writable = body.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) :
      undefined;
    return _duplexify({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name, [
    'Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
    'Function', '{ readable, writable } pair', 'Promise',
  ], body);
}

// fromAsyncGen(fn) calls fn with an async iterable of what is written to the Duplex; each
// write's callback runs when fn asks for the next chunk. next() awaits the written item even
// when it is already there, so the callback's tick is queued from a promise job, after fn's
// code up to its next read has run, as with Node's async generator; calls of next() that
// overlap take the writes in turn.
function fromAsyncGen(fn) {
  const ac = new AbortController();
  const signal = ac.signal;
  let finished = false;
  const items = []; // writes (and the end) that no next() has taken yet
  const waiters = []; // next() calls waiting for a write: they get an item, or null once finished

  function offer(item) {
    if (waiters.length > 0) waiters.shift()(item);
    else items.push(item);
  }

  function take() {
    if (items.length > 0) return items.shift();
    return new Promise((resolve) => waiters.push(resolve));
  }

  function finish() {
    finished = true;
    while (waiters.length > 0) waiters.shift()(null);
  }

  const source = {
    async next() {
      const item = finished ? null : await take();
      if (item === null) return { value: undefined, done: true };
      process.nextTick(item.cb);
      if (item.done) {
        finish();
        return { value: undefined, done: true };
      }
      if (signal.aborted) {
        finish();
        throw new AbortError(undefined, { cause: signal.reason });
      }
      return { value: item.chunk, done: false };
    },
    return(value) {
      finish();
      return Promise.resolve({ value, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
  };

  const value = fn(source, { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      offer({ chunk, done: false, cb });
    },
    final(cb) {
      offer({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function _duplexify(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', function() {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', function() {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', function() {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', function() {
      d.push(null);
    });
    d._read = function() {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
