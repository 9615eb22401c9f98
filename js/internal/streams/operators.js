'use strict';

// internal/streams/operators — Readable's iterator helpers: map (with concurrency), filter,
// forEach, toArray, some, every, find, reduce, take, drop, flatMap, asIndexedPairs, compose.
// goja has no async generators, so the stream-returning ones are written with asyncGenerator
// below: an async function that yields by awaiting emit(value).

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  isWritable,
  isNodeStream,
  asyncIteratorOf,
  SymbolAsyncIterator,
} = require('internal/streams/utils');
const { finished } = require('internal/streams/end-of-stream');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

let staticCompose;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');
const kBreak = Symbol('kBreak');
// kReturn is thrown into a generator body when its consumer calls return().
const kReturn = Symbol('kReturn');

// ---------------------------------------------------------------------------------------------
// asyncGenerator(body): an async iterator that behaves like an async generator object whose
// body is `body(emit)`; `await emit(v)` is `yield v`. Requests are served one at a time.

const AsyncIteratorPrototype = {
  [SymbolAsyncIterator]() {
    return this;
  },
};

function asyncGenerator(body) {
  let state = 0; // 0 not started, 1 running, 2 suspended at a yield, 3 done
  let current = null;
  let resume = null;
  const queue = [];

  function emit(value) {
    return Promise.resolve(value).then((v) => new Promise((resolve, reject) => {
      state = 2;
      resume = { resolve, reject };
      const req = current;
      current = null;
      req.resolve({ value: v, done: false });
      drain();
    }));
  }

  function complete(ok, v) {
    state = 3;
    const req = current;
    current = null;
    if (ok) req.resolve({ value: req.kind === 'return' ? req.arg : v, done: true });
    else if (v === kReturn && req.kind === 'return') req.resolve({ value: req.arg, done: true });
    else req.reject(v);
    drain();
  }

  function serveDone(req) {
    if (req.kind === 'throw') req.reject(req.arg);
    else req.resolve({ value: req.kind === 'return' ? req.arg : undefined, done: true });
  }

  function serve(req) {
    if (state === 3 || (state === 0 && req.kind !== 'next')) {
      state = 3;
      serveDone(req);
      drain();
      return;
    }
    current = req;
    if (state === 0) {
      state = 1;
      let p;
      try {
        p = body(emit);
      } catch (err) {
        p = Promise.reject(err);
      }
      Promise.resolve(p).then((v) => complete(true, v), (err) => complete(false, err));
      return;
    }
    state = 1;
    const r = resume;
    resume = null;
    if (req.kind === 'next') r.resolve(req.arg);
    else if (req.kind === 'return') r.reject(kReturn);
    else r.reject(req.arg);
  }

  function drain() {
    if (current === null && state !== 1 && queue.length > 0) serve(queue.shift());
  }

  function request(kind, arg) {
    return new Promise((resolve, reject) => {
      queue.push({ kind, arg, resolve, reject });
      drain();
    });
  }

  const gen = Object.create(AsyncIteratorPrototype);
  gen.next = (v) => request('next', v);
  gen.return = (v) => request('return', v);
  gen.throw = (e) => request('throw', e);
  return gen;
}

// forAwait(iterable, fn) runs `for await (const v of iterable) { fn(v) }`; fn may return a
// promise, and kBreak (or a promise of it) to leave the loop. Leaving early or by an error
// closes the iterator, as `for await` does.
async function forAwait(iterable, fn) {
  const it = asyncIteratorOf(iterable);
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    let r;
    try {
      r = fn(value);
      if (r && typeof r.then === 'function') r = await r;
    } catch (err) {
      if (typeof it.return === 'function') {
        try {
          await it.return();
        } catch {
          // The body's error wins.
        }
      }
      throw err;
    }
    if (r === kBreak) {
      if (typeof it.return === 'function') await it.return();
      return;
    }
  }
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function signalAborted(options) {
  return !!(options && options.signal && options.signal.aborted);
}

// ---------------------------------------------------------------------------------------------

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  if (!staticCompose) staticCompose = require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}

function map(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  validateOptions(options);

  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;
  return asyncGenerator(async (emit) => {
    const ac = new AbortController();
    const signal = ac.signal;
    const signalOpt = { signal };
    const outer = options && options.signal;
    const abort = () => ac.abort();
    if (outer && outer.aborted) abort();
    if (outer) outer.addEventListener('abort', abort);

    const queue = [];
    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }

    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }

    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    // pump reads the source, starting up to `concurrency` calls of fn at a time.
    async function pump() {
      try {
        await forAwait(stream, (v) => {
          if (done) return kBreak;
          if (signal.aborted) throw new AbortError();
          let val;
          try {
            val = fn(v, signalOpt);
            if (val === kEmpty) return;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            return new Promise((resolve) => {
              resume = resolve;
            });
          }
        });
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
        if (outer) outer.removeEventListener('abort', abort);
      }
    }

    pump();

    try {
      for (;;) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) await emit(val);
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  });
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  const stream = this;
  return asyncGenerator(async (emit) => {
    let index = 0;
    await forAwait(stream, (val) => {
      if (signalAborted(options)) throw new AbortError({ cause: options.signal.reason });
      return emit([index++, val]);
    });
  });
}

async function some(fn, options = undefined) {
  const it = filter.call(this, fn, options);
  const { done } = await it.next();
  if (!done) {
    await it.return();
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  // every is !some(!fn).
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  const it = filter.call(this, fn, options);
  const { value, done } = await it.next();
  if (!done) {
    await it.return();
    return value;
  }
  return undefined;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  const it = map.call(this, forEachFn, options);
  for (;;) {
    const { done } = await it.next();
    if (done) return;
  }
}

function filter(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// Node's reduce error: ERR_MISSING_ARGS with its own message.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (signalAborted(options)) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  const outer = options && options.signal;
  const onOuterAbort = () => ac.abort();
  if (outer) outer.addEventListener('abort', onOuterAbort, { once: true });
  let gotAnyItemFromStream = false;
  try {
    await forAwait(this, async (value) => {
      gotAnyItemFromStream = true;
      if (signalAborted(options)) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    });
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (outer) outer.removeEventListener('abort', onOuterAbort);
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  await forAwait(this, (val) => {
    if (signalAborted(options)) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  });
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return asyncGenerator(async (emit) => {
    await forAwait(values, (val) => forAwait(val, emit)); // yield* val
  });
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return asyncGenerator(async (emit) => {
    if (signalAborted(options)) throw new AbortError();
    await forAwait(stream, (val) => {
      if (signalAborted(options)) throw new AbortError();
      if (number-- <= 0) return emit(val);
    });
  });
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return asyncGenerator(async (emit) => {
    if (signalAborted(options)) throw new AbortError();
    await forAwait(stream, async (val) => {
      if (signalAborted(options)) throw new AbortError();
      if (number-- > 0) await emit(val);
      // Don't pull another item once the last one was taken.
      if (number <= 0) return kBreak;
    });
  });
}

module.exports.streamReturningOperators = {
  asIndexedPairs: require('util').deprecate(asIndexedPairs,
    'readable.asIndexedPairs will be removed in a future version.'),
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
