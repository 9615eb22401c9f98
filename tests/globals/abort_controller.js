'use strict';
// AbortController and AbortSignal: state, reasons, the abort event and onabort, listeners
// added with { signal }, validation, shape and util.inspect.

const util = require('util');
const { getEventListeners } = require('events');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

function attempt(label, fn) {
  try {
    const v = fn();
    console.log(`${label}: ok`, v);
  } catch (err) {
    console.log(`${label}: ${describe(err)}`);
  }
}

// Basics and the default reason.
{
  const ac = new AbortController();
  const { signal } = ac;
  console.log('initial', signal.aborted, signal.reason, signal.onabort, ac.signal === signal);
  console.log('throwIfAborted before', signal.throwIfAborted());
  signal.addEventListener('abort', function(ev) {
    console.log('abort event', ev.type, ev.isTrusted, ev.cancelable, ev.bubbles, ev.target === signal,
                this === signal, signal.aborted, ev instanceof Event, ev.constructor === Event);
  });
  ac.abort();
  const reason = signal.reason;
  console.log('reason', reason instanceof DOMException, reason instanceof Error, reason.name, reason.code,
              reason.message);
  try {
    signal.throwIfAborted();
  } catch (err) {
    console.log('throwIfAborted throws the reason', err === reason);
  }
  ac.abort('second');
  console.log('second abort ignored', signal.reason === reason);
  // Listeners added after the abort never run.
  signal.addEventListener('abort', () => console.log('never'));
  console.log('abort event only once', getEventListeners(signal, 'abort').length);
  ac.abort();
}

// Custom reasons.
for (const reason of ['why', 0, null, false, { code: 1 }, new Error('err reason'), Symbol.for('sym')]) {
  const ac = new AbortController();
  ac.abort(reason);
  let thrown;
  try {
    ac.signal.throwIfAborted();
  } catch (err) {
    thrown = err;
  }
  console.log('reason', util.inspect(ac.signal.reason).split('\n')[0], thrown === reason);
}
{
  const ac = new AbortController();
  ac.abort(undefined);
  console.log('undefined reason becomes the default', ac.signal.reason.name);
}

// AbortSignal.abort.
{
  const s = AbortSignal.abort();
  console.log('AbortSignal.abort()', s.aborted, s.reason.name, s.reason.message, s instanceof AbortSignal,
              s instanceof EventTarget);
  console.log('AbortSignal.abort(reason)', AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name);
  const events = [];
  s.addEventListener('abort', () => events.push('late'));
  s.onabort = () => events.push('late onabort');
  console.log('already aborted signal never fires', events.length);
}

// onabort: called in the order it was first set, among the other listeners.
{
  const ac = new AbortController();
  const s = ac.signal;
  s.addEventListener('abort', () => console.log('listener 1'));
  s.onabort = (ev) => console.log('onabort (first value)', ev.type);
  s.addEventListener('abort', () => console.log('listener 3'));
  s.onabort = function(ev) { console.log('onabort (second value)', this === s, ev.isTrusted); };
  console.log('onabort is the function', typeof s.onabort, getEventListeners(s, 'abort').length);
  s.onabort = null;
  console.log('onabort null', s.onabort, getEventListeners(s, 'abort').length);
  s.onabort = 5;
  console.log('onabort 5', s.onabort);
  s.onabort = { handleEvent() { console.log('never: objects are not called'); } };
  console.log('onabort object', typeof s.onabort);
  s.onabort = () => console.log('onabort (last value)');
  ac.abort();
}

// onabort on other objects.
{
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  console.log('onabort descriptor', typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
  attempt('onabort get on {}', () => d.get.call({}));
  attempt('onabort set on {}', () => d.set.call({}, () => {}));
}

// stopImmediatePropagation in an abort listener stops later listeners and onabort.
{
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (ev) => {
    console.log('stopper');
    ev.stopImmediatePropagation();
  });
  ac.signal.addEventListener('abort', () => console.log('after stopper (never)'));
  ac.signal.onabort = () => console.log('onabort after stopper (never)');
  ac.abort();
  console.log('stopped', ac.signal.aborted);
}

// Listeners added with { signal }.
{
  const et = new EventTarget();
  const ac = new AbortController();
  const f = (ev) => console.log('listener with signal', ev.type);
  et.addEventListener('x', f, { signal: ac.signal });
  et.addEventListener('y', f, { signal: ac.signal, once: true });
  console.log('hooks on the signal', getEventListeners(ac.signal, 'abort').length);
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('y'));
  console.log('after abort', getEventListeners(et, 'x').length, getEventListeners(et, 'y').length,
              getEventListeners(ac.signal, 'abort').length);
  et.addEventListener('x', f, { signal: ac.signal });
  console.log('aborted signal: not added', getEventListeners(et, 'x').length);

  // The signal removes the capture listener it was given with.
  const ac2 = new AbortController();
  et.addEventListener('z', f, { signal: ac2.signal, capture: true });
  et.addEventListener('z', f);
  ac2.abort();
  console.log('capture removed, plain kept', getEventListeners(et, 'z').length);

  // Aborting while dispatching: the listeners after the aborting one do not run.
  const ac3 = new AbortController();
  const et3 = new EventTarget();
  et3.addEventListener('w', () => {
    console.log('aborting inside dispatch');
    ac3.abort();
  });
  et3.addEventListener('w', () => console.log('removed by abort (never)'), { signal: ac3.signal });
  et3.addEventListener('w', () => console.log('unaffected listener'));
  et3.dispatchEvent(new Event('w'));
}

// Validation and illegal construction.
attempt('new AbortSignal()', () => new AbortSignal());
attempt('aborted on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
attempt('reason on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
attempt('throwIfAborted on {}', () => AbortSignal.prototype.throwIfAborted.call({}));
attempt('signal on {}', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));
attempt('abort on {}', () => AbortController.prototype.abort.call({}));
attempt('addEventListener on a signal-like object', () => AbortSignal.prototype.addEventListener.call({}, 'abort', () => {}));

// Shape.
{
  const ac = new AbortController();
  console.log('lengths', AbortController.length, AbortSignal.length, Object.getPrototypeOf(AbortSignal) === EventTarget);
  console.log('AbortSignal.prototype', Object.getOwnPropertyNames(AbortSignal.prototype).join(','));
  console.log('AbortSignal statics', Object.getOwnPropertyNames(AbortSignal).join(','));
  console.log('AbortController.prototype', Object.getOwnPropertyNames(AbortController.prototype).join(','));
  for (const [obj, keys] of [[AbortSignal.prototype, ['aborted', 'reason', 'throwIfAborted']],
    [AbortController.prototype, ['signal', 'abort']], [AbortSignal, ['abort', 'timeout', 'any']]]) {
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(obj, k);
      console.log(`  ${k}: enumerable ${d.enumerable} configurable ${d.configurable} ${'value' in d ? 'value' : 'accessor'}`);
    }
  }
  const forIn = [];
  for (const k in ac.signal) forIn.push(k);
  console.log('for-in signal', forIn.join(','));
  const forIn2 = [];
  for (const k in ac) forIn2.push(k);
  console.log('for-in controller', forIn2.join(','));
  console.log('own keys', Object.keys(ac), Object.keys(ac.signal), Object.getOwnPropertyNames(ac.signal));
  console.log('toStringTag', Object.prototype.toString.call(ac), Object.prototype.toString.call(ac.signal));
  console.log('JSON', JSON.stringify(ac), JSON.stringify(ac.signal));
}

// util.inspect.
{
  const ac = new AbortController();
  console.log(util.inspect(ac));
  console.log(util.inspect(ac.signal));
  console.log(util.inspect(ac, { depth: 0 }));
  console.log(util.inspect({ s: ac.signal }, { depth: 0 }));
  console.log(util.inspect([ac.signal]));
  console.log(util.inspect({ a: { b: ac } }));
  console.log(util.inspect(ac, { depth: null }));
  ac.abort();
  console.log(util.inspect(ac));
  console.log(util.inspect(AbortSignal.abort('x')));
  console.log(util.inspect(AbortController), util.inspect(AbortSignal));
}
