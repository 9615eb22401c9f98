'use strict';
// events: EventEmitter methods and the module's static helpers given wrong arguments.
const events = require('events');
const { EventEmitter } = events;
const { matrix, show, showAsync, badValues } = require('./fixtures/check');

const noop = () => {};
const ee = new EventEmitter();
for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener']) {
  matrix(`ee.${m}`, (...a) => ee[m](...a) === ee, ['ev', noop]);
}
matrix('ee.setMaxListeners', (n) => ee.setMaxListeners(n).getMaxListeners(), [3]);
matrix('ee.listeners', (n) => ee.listeners(n), ['ev'], [undefined, null, 1, {}, Symbol('x')]);
matrix('ee.rawListeners', (n) => ee.rawListeners(n), ['ev'], [undefined, null, 1, {}]);
matrix('ee.listenerCount', (n, l) => ee.listenerCount(n, l), ['ev', noop]);
matrix('ee.removeAllListeners', (n) => ee.removeAllListeners(n) === ee, ['ev'], [null, 1, {}, Symbol('y')]);
matrix('ee.emit', (n, ...a) => ee.emit(n, ...a), ['none', 1], [undefined, null, 1, {}, Symbol('z')], [0]);
show('ee.emit("error", 1)', () => ee.emit('error', 1));
show('ee.emit("error", "str")', () => ee.emit('error', 'str'));
show('ee.emit("error", {message: "m"})', () => ee.emit('error', { message: 'm' }));
show('ee.emit("error")', () => ee.emit('error'));
show('ee.emit("error", null)', () => ee.emit('error', null));
show('ee.emit("error", new Error)', () => ee.emit('error', new TypeError('boom')));

matrix('new EventEmitter', (o) => new EventEmitter(o).listenerCount('x'), [{}], [null, 1, 'x', { captureRejections: 1 }, { captureRejections: 'yes' }, { captureRejections: null }]);
for (const v of [undefined, null, -1, NaN, 1.5, 'x', 10n, Infinity]) {
  show(`defaultMaxListeners = ${String(v)}`, () => { events.defaultMaxListeners = v; return events.defaultMaxListeners; });
}
events.defaultMaxListeners = 10;
for (const v of [undefined, null, 1, 'x', {}]) {
  show(`captureRejections = ${String(v)}`, () => { EventEmitter.captureRejections = v; return EventEmitter.captureRejections; });
}
EventEmitter.captureRejections = false;

matrix('events.setMaxListeners', (n, ...t) => events.setMaxListeners(n, ...t), [5, new EventEmitter()]);
matrix('events.setMaxListeners EventTarget', (n, ...t) => events.setMaxListeners(n, ...t), [5, new EventTarget()], [{}, 1, null], [1]);
matrix('events.getMaxListeners', events.getMaxListeners, [new EventEmitter()]);
matrix('events.getEventListeners', events.getEventListeners, [new EventEmitter(), 'x'], [undefined, null, 1, {}, 'x'], [0]);
matrix('events.listenerCount', events.listenerCount, [new EventEmitter(), 'x'], [undefined, null, 1, {}], [0]);
matrix('events.addAbortListener', events.addAbortListener, [new AbortController().signal, noop]);
show('events.addAbortListener()', () => events.addAbortListener());

const e2 = new EventEmitter();
for (const v of [undefined, null, 1, 'str', {}]) {
  showAsync(`events.once(${String(v)}, 'x')`, () => events.once(v, 'x'));
}
for (const o of [null, 1, 'x', { signal: 1 }, { signal: {} }, { signal: null }]) {
  showAsync(`events.once(ee, 'x', ${JSON.stringify(o)})`, () => events.once(e2, 'x', o));
}
showAsync('events.once aborted', () => events.once(e2, 'x', { signal: AbortSignal.abort() }));
showAsync('events.once aborted reason', () => events.once(e2, 'x', { signal: AbortSignal.abort(new RangeError('why')) }));
for (const v of [undefined, null, 1, {}]) {
  show(`events.on(${String(v)}, 'x')`, () => typeof events.on(v, 'x').next);
}
for (const o of [null, 1, 'x', { signal: 1 }, { close: 1 }, { close: 'x' }, { highWaterMark: -1 }, { highWaterMark: 'x' }, { lowWaterMark: 'x' }, { highWatermark: 1.5 }]) {
  show(`events.on(ee, 'x', ${JSON.stringify(o)})`, () => typeof events.on(e2, 'x', o).next);
}
showAsync('events.on aborted', () => events.on(e2, 'x', { signal: AbortSignal.abort() }).next());

// EventTarget, Event, CustomEvent
const et = new EventTarget();
matrix('et.addEventListener', (...a) => et.addEventListener(...a), ['x', noop, {}],
       [undefined, null, 1, 'str', {}, Symbol('s'), { once: 1 }, { signal: 1 }, { signal: null }, { capture: 'yes' }, { passive: 1 }]);
show('et.addEventListener()', () => et.addEventListener());
show('et.addEventListener("x")', () => et.addEventListener('x'));
matrix('et.removeEventListener', (...a) => et.removeEventListener(...a), ['x', noop, {}],
       [undefined, null, 1, 'str', {}, Symbol('s')]);
show('et.removeEventListener()', () => et.removeEventListener());
// (An explicit undefined is left out: gonode reports it as a missing argument, ERR_MISSING_ARGS,
// where Node says ERR_INVALID_ARG_TYPE, to keep goja's costly `arguments` out of dispatchEvent.)
matrix('et.dispatchEvent', (e) => et.dispatchEvent(e), [new Event('x')], badValues().filter((v) => v !== undefined));
show('et.dispatchEvent()', () => et.dispatchEvent());
const ev = new Event('y');
et.dispatchEvent(ev);
show('EventTarget.prototype.addEventListener.call({})', () => EventTarget.prototype.addEventListener.call({}, 'x', noop));
show('EventTarget.prototype.dispatchEvent.call(1)', () => EventTarget.prototype.dispatchEvent.call(1, new Event('x')));
show('EventTarget()', () => EventTarget());

matrix('new Event', (...a) => new Event(...a).type, ['x', {}], [undefined, null, 1, Symbol('s'), {}, 'str', { bubbles: 1 }, { cancelable: 'x' }]);
show('new Event()', () => new Event());
show('Event()', () => Event('x'));
show('Event.prototype.type getter on {}', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
show('Event.prototype.preventDefault on {}', () => Event.prototype.preventDefault.call({}));
show('Event.prototype.composedPath on 1', () => Event.prototype.composedPath.call(1));
matrix('new CustomEvent', (...a) => new CustomEvent(...a).detail, ['x', {}], [undefined, null, 1, Symbol('s'), { detail: 5 }, 'str']);
show('new CustomEvent()', () => new CustomEvent());
show('CustomEvent detail getter on {}', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call({}));

// AbortController / AbortSignal
matrix('AbortSignal.timeout', AbortSignal.timeout, [10], [undefined, null, -1, 1.5, NaN, 2 ** 32, '10', 10n, {}]);
matrix('AbortSignal.any', AbortSignal.any, [[]], [undefined, null, 1, 'x', {}, [1], [null], [{}], new Set(), [new AbortController().signal, 2]]);
show('AbortSignal.abort()', () => AbortSignal.abort().reason.name);
show('new AbortSignal()', () => new AbortSignal());
show('AbortSignal aborted getter on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
show('AbortSignal reason getter on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
show('throwIfAborted on {}', () => AbortSignal.prototype.throwIfAborted.call({}));
show('AbortController signal getter on {}', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));
show('AbortController abort on {}', () => AbortController.prototype.abort.call({}));
show('AbortController()', () => AbortController());

// A listener that dispatches its own event again: the ERR_EVENT_RECURSION it throws is
// reported as an uncaught exception on the next tick.
process.once('uncaughtException', (e) => console.log('uncaught:', `${e.name} [${e.code}]: ${e.message}`));
show('dispatch twice', () => {
  const e = new Event('z');
  et.addEventListener('z', () => et.dispatchEvent(e));
  return et.dispatchEvent(e);
});
