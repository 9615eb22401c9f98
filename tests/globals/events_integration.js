'use strict';
// The events module with EventTargets and AbortSignals: once, on, getEventListeners,
// getMaxListeners/setMaxListeners, addAbortListener.

const events = require('events');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

async function main() {
  // once: resolves with [event]; the listener is gone afterwards.
  const et = new EventTarget();
  const p1 = events.once(et, 'foo');
  console.log('once listener added', events.getEventListeners(et, 'foo').length);
  et.dispatchEvent(new Event('foo'));
  const [ev] = await p1;
  console.log('once resolved', ev.type, ev instanceof Event, events.getEventListeners(et, 'foo').length);

  // once survives stopImmediatePropagation by an earlier listener.
  et.addEventListener('stop', (e) => e.stopImmediatePropagation());
  const p2 = events.once(et, 'stop');
  et.dispatchEvent(new Event('stop'));
  console.log('once after stopImmediatePropagation', (await p2)[0].type);

  // once with a signal: the abort rejects and removes both listeners.
  const ac = new AbortController();
  const p3 = events.once(et, 'bar', { signal: ac.signal });
  console.log('listeners', events.getEventListeners(et, 'bar').length, events.getEventListeners(ac.signal, 'abort').length);
  ac.abort('why');
  try {
    await p3;
  } catch (err) {
    console.log('once aborted', describe(err), err.cause);
  }
  console.log('listeners after', events.getEventListeners(et, 'bar').length, events.getEventListeners(ac.signal, 'abort').length);
  try {
    await events.once(et, 'bar', { signal: AbortSignal.abort('early') });
  } catch (err) {
    console.log('once already aborted', describe(err), err.cause);
  }
  // once on a signal itself.
  const ac2 = new AbortController();
  const p4 = events.once(ac2.signal, 'abort');
  ac2.abort();
  console.log('once(signal, abort)', (await p4)[0].isTrusted);
  // An 'error' event is just an event on an EventTarget.
  const p5 = events.once(et, 'error');
  et.dispatchEvent(new Event('error'));
  console.log('once error event resolves', (await p5)[0].type);

  // on: an async iterator of [event] arrays.
  const ac3 = new AbortController();
  const iter = events.on(et, 'tick', { signal: ac3.signal });
  console.log('on listener added', events.getEventListeners(et, 'tick').length);
  et.dispatchEvent(new Event('tick'));
  et.dispatchEvent(new CustomEvent('tick', { detail: 2 }));
  const r1 = await iter.next();
  const r2 = await iter.next();
  console.log('on values', r1.done, r1.value.length, r1.value[0].type, r2.value[0].detail);
  const pending = iter.next();
  ac3.abort();
  try {
    await pending;
  } catch (err) {
    console.log('on aborted', describe(err));
  }
  console.log('on listener removed', events.getEventListeners(et, 'tick').length);
  const iter2 = events.on(et, 'tock');
  et.dispatchEvent(new Event('tock'));
  console.log('on return', JSON.stringify(await iter2.return()), events.getEventListeners(et, 'tock').length);

  // getEventListeners: functions, handleEvent objects and onabort wrappers, in order.
  const et2 = new EventTarget();
  const f = () => {};
  const obj = { handleEvent() {} };
  et2.addEventListener('x', f);
  et2.addEventListener('x', obj);
  et2.addEventListener('x', f, true);
  const list = events.getEventListeners(et2, 'x');
  console.log('getEventListeners', list.length, list[0] === f, list[1] === obj, list[2] === f);
  console.log('getEventListeners none', events.getEventListeners(et2, 'none'));
  const ac4 = new AbortController();
  ac4.signal.onabort = function namedHandler() {};
  const handlers = events.getEventListeners(ac4.signal, 'abort');
  console.log('onabort wrapper', handlers.length, typeof handlers[0], handlers[0] === ac4.signal.onabort);
  try {
    events.getEventListeners({}, 'x');
  } catch (err) {
    console.log('getEventListeners({})', describe(err));
  }

  // getMaxListeners / setMaxListeners.
  const et3 = new EventTarget();
  console.log('getMaxListeners default', events.getMaxListeners(et3), events.getMaxListeners(new AbortController().signal));
  events.setMaxListeners(42, et3);
  console.log('getMaxListeners set', events.getMaxListeners(et3));
  try {
    events.getMaxListeners({});
  } catch (err) {
    console.log('getMaxListeners({})', describe(err));
  }

  // addAbortListener: runs once, even after stopImmediatePropagation; disposable.
  const ac5 = new AbortController();
  ac5.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const disposable = events.addAbortListener(ac5.signal, (e) => console.log('addAbortListener', e.type, e.isTrusted));
  console.log('addAbortListener added', events.getEventListeners(ac5.signal, 'abort').length, typeof disposable);
  ac5.abort();
  const ac6 = new AbortController();
  const d6 = events.addAbortListener(ac6.signal, () => console.log('never: disposed'));
  d6[Symbol.dispose ?? Object.getOwnPropertySymbols(d6)[0]]();
  console.log('disposed', events.getEventListeners(ac6.signal, 'abort').length);
  ac6.abort();
  events.addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted: called later with', args.length, 'args'));
  console.log('addAbortListener on an aborted signal returns first');
  for (const [label, fn] of [
    ['addAbortListener()', () => events.addAbortListener()],
    ['addAbortListener({})', () => events.addAbortListener({}, () => {})],
    ['addAbortListener(signal, 1)', () => events.addAbortListener(new AbortController().signal, 1)],
  ]) {
    try {
      fn();
    } catch (err) {
      console.log(label, describe(err));
    }
  }
  await new Promise((resolve) => setImmediate(resolve));

  // Mixed: EventEmitter.once with an AbortSignal from AbortSignal.any.
  const ee = new events.EventEmitter();
  const parent = new AbortController();
  const p6 = events.once(ee, 'never', { signal: AbortSignal.any([parent.signal]) });
  parent.abort(new Error('parent'));
  try {
    await p6;
  } catch (err) {
    console.log('once aborted through any', describe(err), err.cause.message, ee.listenerCount('never'));
  }
}

main().then(() => console.log('done'));
