'use strict';
// A timer starts at the current time, not at the time the loop last woke up:
// time spent in the same callback before setTimeout counts.

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

const a = setTimeout(() => console.log('a: 40 ms, started first'), 40);
busy(30);
const b = setTimeout(() => console.log('b: 30 ms, started 30 ms later'), 30);
console.log('start times differ by the time spent:', b._idleStart - a._idleStart >= 29);

setTimeout(() => {
  const c = setTimeout(() => console.log('c: 40 ms, started first in a callback'), 40);
  busy(30);
  const d = setTimeout(() => console.log('d: 30 ms, started 30 ms later in the same callback'), 30);
  console.log('in a callback too:', d._idleStart - c._idleStart >= 29);
}, 80);
