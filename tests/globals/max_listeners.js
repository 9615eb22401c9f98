'use strict';
// MaxListenersExceededWarning for EventTarget and AbortSignal, and events.setMaxListeners /
// getMaxListeners with EventTargets.

const events = require('events');

const targets = new Map();
process.on('warning', (w) => {
  console.log(`warning ${w.name}: ${w.message}`);
  console.log(`  type=${String(w.type)} count=${w.count} target=${targets.get(w.target)}`);
});

// Default limit (10): the 11th listener of one type warns, once per target.
const et = new EventTarget();
targets.set(et, 'et');
for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});
for (let i = 0; i < 12; i++) et.addEventListener('bar', () => {});
console.log('getMaxListeners(et)', events.getMaxListeners(et));

// Duplicates do not count.
const dup = new EventTarget();
targets.set(dup, 'dup');
const f = () => {};
for (let i = 0; i < 20; i++) dup.addEventListener('foo', f);
console.log('duplicates', events.getEventListeners(dup, 'foo').length);

// A smaller limit; setting it again re-arms the warning.
const small = new EventTarget();
targets.set(small, 'small');
events.setMaxListeners(2, small);
console.log('getMaxListeners(small)', events.getMaxListeners(small));
for (let i = 0; i < 4; i++) small.addEventListener('baz', () => {});
events.setMaxListeners(5, small);
for (let i = 0; i < 3; i++) small.addEventListener('baz', () => {});

// 0 means no limit.
const unlimited = new EventTarget();
targets.set(unlimited, 'unlimited');
events.setMaxListeners(0, unlimited);
for (let i = 0; i < 30; i++) unlimited.addEventListener('foo', () => {});

// Several targets at once, emitters and targets mixed.
const a = new EventTarget();
const b = new EventTarget();
const ee = new events.EventEmitter();
events.setMaxListeners(1, a, b, ee);
console.log('several', events.getMaxListeners(a), events.getMaxListeners(b), ee.getMaxListeners());
targets.set(a, 'a');
a.addEventListener('q', () => {});
a.addEventListener('q', () => {});

// Subclasses name themselves; AbortSignal prints as [AbortSignal].
class Thing extends EventTarget {}
const thing = new Thing();
targets.set(thing, 'thing');
events.setMaxListeners(1, thing);
thing.addEventListener('t', () => {});
thing.addEventListener('t', () => {});

const ac = new AbortController();
targets.set(ac.signal, 'signal');
for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});

// onabort counts as a listener.
const ac2 = new AbortController();
targets.set(ac2.signal, 'signal2');
events.setMaxListeners(1, ac2.signal);
ac2.signal.addEventListener('abort', () => {});
ac2.signal.onabort = () => {};

// Listeners added through { signal } add one to the signal.
const ac3 = new AbortController();
targets.set(ac3.signal, 'signal3');
events.setMaxListeners(2, ac3.signal);
const host = new EventTarget();
for (let i = 0; i < 3; i++) host.addEventListener(`t${i}`, () => {}, { signal: ac3.signal });

// The default for new targets follows events.defaultMaxListeners.
events.defaultMaxListeners = 3;
const later = new EventTarget();
console.log('default changed', events.getMaxListeners(later));
events.defaultMaxListeners = 10;

// Errors.
for (const [label, fn] of [
  ['setMaxListeners(-1, et)', () => events.setMaxListeners(-1, et)],
  ['setMaxListeners("1", et)', () => events.setMaxListeners('1', et)],
  ['setMaxListeners(1, {})', () => events.setMaxListeners(1, {})],
]) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (err) {
    console.log(`${label}: ${err.name} [${err.code}] ${err.message}`);
  }
}
console.log('sync part done');
