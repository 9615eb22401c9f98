'use strict';
// Many timers of many durations, some cleared, some unref'd, some re-armed:
// within a duration they fire in start order (refresh() moves a timer to the end).

let seed = 12345;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}

const fired = [];
const timers = [];
for (let i = 0; i < 120; i++) {
  const delay = random(8) * 10;
  const t = setTimeout(() => fired.push(`${i}@${delay}`), delay);
  timers.push(t);
}
// Clear a third of them, some by id.
for (let i = 0; i < 40; i++) {
  const t = timers[random(timers.length)];
  if (i % 2) clearTimeout(t);
  else clearTimeout(+t);
}
// Unref some: they still run, because ref'd timers of the same or longer durations remain.
for (let i = 0; i < 10; i++) timers[random(timers.length)].unref();
// Refresh some right away: they move to the end of their duration's list.
for (let i = 0; i < 10; i++) timers[random(timers.length)].refresh();

setTimeout(() => {
  console.log(fired.length, 'fired');
  const byDelay = new Map();
  for (const f of fired) {
    const d = f.split('@')[1];
    if (!byDelay.has(d)) byDelay.set(d, []);
    byDelay.get(d).push(f.split('@')[0]);
  }
  const delays = [...byDelay.keys()].sort((a, b) => a - b);
  for (const d of delays) console.log(`${d} ms: ${byDelay.get(d).join(' ')}`);
}, 150);
