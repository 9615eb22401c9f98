'use strict';
// The web globals: present, non-enumerable, writable and configurable, and the same objects
// as the internal ones reachable from built-ins.

const names = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException'];

for (const name of names) {
  console.log(name, typeof globalThis[name], globalThis[name].name, name in globalThis);
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log('  ', d.value === globalThis[name], d.writable, d.enumerable, d.configurable);
}
console.log('not enumerable', Object.keys(globalThis).filter((k) => names.includes(k)));

// Hierarchy.
console.log(Object.getPrototypeOf(AbortSignal) === EventTarget, Object.getPrototypeOf(CustomEvent) === Event,
            new AbortController().signal instanceof EventTarget, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);

// Same classes as those that built-ins hand out.
const ac = new AbortController();
require('events').once(ac.signal, 'abort').then(([ev]) => {
  console.log('abort event is a global Event', ev instanceof Event, ac.signal.reason instanceof DOMException);
});
ac.abort();
require('timers/promises').setTimeout(1, null, { signal: AbortSignal.abort() }).catch((err) => {
  console.log('timers/promises reason', err.name, err.cause instanceof DOMException, err.cause.name);
});

// Globals can be replaced and deleted.
const saved = globalThis.CustomEvent;
globalThis.CustomEvent = 1;
console.log('replaced', CustomEvent, Object.getOwnPropertyDescriptor(globalThis, 'CustomEvent').enumerable);
globalThis.CustomEvent = saved;
const savedDOMException = DOMException;
delete globalThis.DOMException;
console.log('deleted', typeof globalThis.DOMException);
globalThis.DOMException = savedDOMException;
console.log('DOMException still used by AbortController', (() => { const c = new AbortController(); c.abort(); return c.signal.reason instanceof savedDOMException; })());
