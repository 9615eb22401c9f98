'use strict';
// clearTimeout / clearInterval of live, fired and other timers, by object and by id.

const results = [];
const a = setTimeout(() => {
  console.log('a fired, clearing b (same list)');
  clearTimeout(b);
}, 1);
const b = setTimeout(() => console.log('b (should not run)'), 1);
const c = setTimeout(() => console.log('c (should not run)'), 1);
clearInterval(c); // clearInterval clears timeouts too

const d = setInterval(() => console.log('d (should not run)'), 1);
clearTimeout(d); // and clearTimeout clears intervals

// Clearing by the primitive id.
const e = setTimeout(() => console.log('e (should not run)'), 2);
const id = +e;
console.log('id is an integer:', Number.isInteger(id), id === e[Symbol.toPrimitive]());
clearTimeout(id);
console.log('e destroyed after clear by id:', e._destroyed, 'e._idleTimeout:', e._idleTimeout,
            'e._onTimeout kept:', typeof e._onTimeout);

const f = setTimeout(() => console.log('f (should not run)'), 2);
clearTimeout(`${f}`); // the id as a string works too
console.log('f destroyed after clear by string id:', f._destroyed);

// An id nobody converted is not known.
const g = setTimeout(() => console.log('g runs: its id was never made primitive'), 3);
clearTimeout(g[Symbol.for('nonexistent')]);

// Harmless values.
for (const v of [undefined, null, 0, '', 'nope', {}, [], 12345678, () => {}]) clearTimeout(v);
clearInterval();
clearImmediate();
clearImmediate(null);
console.log('clearing odd values is a no-op');

setTimeout(() => {
  console.log('after the fact: a._destroyed', a._destroyed, 'a._onTimeout', typeof a._onTimeout);
  clearTimeout(a); // already fired
  console.log('after clearTimeout(a): a._onTimeout', a._onTimeout, 'a._destroyed', a._destroyed);
  clearTimeout(a);
  console.log('b._destroyed', b._destroyed, 'b._onTimeout', b._onTimeout, 'b._idleTimeout', b._idleTimeout);
  // close() is clearTimeout and returns the timer.
  const h = setTimeout(() => console.log('h (should not run)'), 1);
  console.log('close returns the timer:', h.close() === h, h._destroyed);
  // Clearing a timer from another timer's callback, when both are due in one turn.
  const x = setTimeout(() => { console.log('x, clearing y'); clearTimeout(y); }, 1);
  const y = setTimeout(() => console.log('y (should not run)'), 2);
  const end = Date.now() + 5;
  while (Date.now() < end);
  setTimeout(() => console.log('done'), 5);
}, 10);
