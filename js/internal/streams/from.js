'use strict';

// internal/streams/from — Readable.from(iterable): a Readable (objectMode by default) pulling
// from a sync or async iterator; a string or Buffer is one chunk, not split.

// Read once: a module-level binding is much cheaper in goja than a global lookup.
const process = globalThis.process;
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');
const { SymbolAsyncIterator } = require('internal/streams/utils');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // reading: a pull loop is running; _read calls while it runs are absorbed.
  let reading = false;
  // Set once a sync iterator yields a promise: from then on its values are awaited.
  let isAsyncValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSyncWithSyncValues();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error), // a tick, in case cb throws
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // pushValue pushes one value; it returns whether to go on pulling.
  function pushValue(value) {
    if (value === null) {
      reading = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function nextSyncWithSyncValues() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          changeToAsyncValues(value);
          return;
        }
        if (!pushValue(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      if (pushValue(await value)) nextSyncWithAsyncValues();
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function') ? await value : value;
        if (!pushValue(res)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!pushValue(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
