'use strict';
// AbortSignal.timeout (a TimeoutError from an unref'd timer) and AbortSignal.any.

const util = require('util');
const { getEventListeners } = require('events');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

const started = Date.now();

// timeout: validation.
for (const bad of [-1, 1.5, 'x', 2 ** 32, undefined, NaN, Infinity, null]) {
  try {
    AbortSignal.timeout(bad);
    console.log(`timeout(${String(bad)}): ok`);
  } catch (err) {
    console.log(`timeout(${String(bad)}): ${describe(err)}`);
  }
}
console.log('timeout(0) and max are accepted', AbortSignal.timeout(0).aborted, AbortSignal.timeout(2 ** 32 - 1).aborted);

// A pending timeout signal does not keep the process alive.
const forever = AbortSignal.timeout(100000);
forever.addEventListener('abort', () => console.log('never: the process exits first'));
process.on('exit', () => {
  console.log('exit before the long timeout', Date.now() - started < 50000, forever.aborted);
});

// timeout fires with a TimeoutError.
const t = AbortSignal.timeout(10);
console.log('timeout signal', t.aborted, t.reason, util.inspect(t), t instanceof AbortSignal);
t.addEventListener('abort', (ev) => {
  const r = t.reason;
  console.log('timeout fired', ev.isTrusted, t.aborted, r instanceof DOMException, r.name, r.code, r.message,
              Date.now() - started >= 9);
});

// any with a timeout source (fires after the one above).
const withTimeout = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(40)]);
withTimeout.onabort = () => console.log('any of a timeout', withTimeout.reason.name, withTimeout.reason.code);

// any: validation.
for (const bad of [undefined, 1, [1], [null], [{}], {}, 'str', [AbortSignal.abort(), 'x']]) {
  try {
    AbortSignal.any(bad);
    console.log(`any(${util.inspect(bad)}): ok`);
  } catch (err) {
    console.log(`any(${util.inspect(bad)}): ${describe(err)}`);
  }
}

// any: empty, already aborted (the first aborted source's reason).
const empty = AbortSignal.any([]);
console.log('any([])', empty.aborted, util.inspect(empty));
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('first'), AbortSignal.abort('second')]);
console.log('any(aborted)', pre.aborted, pre.reason);

// any: follows its sources; the first to abort gives the reason.
{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  console.log('any pending', any.aborted, any instanceof AbortSignal);
  any.addEventListener('abort', (ev) => console.log('any aborted', any.reason, ev.isTrusted));
  a.signal.onabort = () => console.log('source a aborted');
  b.signal.onabort = () => console.log('source b aborted (before the any)');
  b.abort('reason b');
  a.abort('reason a');
  console.log('reasons', any.reason, a.signal.reason, b.signal.reason);
}

// any of any: composites are flattened, so both depend on the source directly and abort in the
// order they were made.
{
  const src = new AbortController();
  const any1 = AbortSignal.any([src.signal]);
  const any2 = AbortSignal.any([any1]);
  const any3 = AbortSignal.any([any2, any1]);
  any3.onabort = () => console.log('any3', any1.aborted, any2.aborted);
  any2.onabort = () => console.log('any2', any1.aborted, any3.aborted);
  any1.onabort = () => console.log('any1', any2.aborted, any3.aborted);
  src.abort('nested');
  console.log('nested reasons', any1.reason, any2.reason, any3.reason);
  // An aborted composite ignores its other sources.
  const s1 = new AbortController();
  const s2 = new AbortController();
  const both = AbortSignal.any([s1.signal, s2.signal]);
  s1.abort('one');
  s2.abort('two');
  console.log('first reason kept', both.reason);
  // A composite of an empty composite never aborts.
  const c = AbortSignal.any([AbortSignal.any([])]);
  console.log('any(any([]))', c.aborted);
  // The same signal twice.
  const s3 = new AbortController();
  const twice = AbortSignal.any([s3.signal, s3.signal]);
  let n = 0;
  twice.onabort = () => n++;
  s3.abort();
  console.log('same signal twice: one abort', n, twice.reason.name);
}

// any adds no listeners to its sources; stopImmediatePropagation on a source does not stop it.
{
  const src = new AbortController();
  const any = AbortSignal.any([src.signal]);
  console.log('listeners on source', getEventListeners(src.signal, 'abort').length);
  src.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
  src.abort();
  console.log('any aborted despite stopImmediatePropagation', any.aborted);
}

// Keep the process alive until the short timeouts have fired.
setTimeout(() => console.log('done, timeout aborted:', t.aborted, withTimeout.aborted), 300);
