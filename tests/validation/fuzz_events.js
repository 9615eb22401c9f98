'use strict';
// Differential fuzz of EventEmitter: random sequences of on/once/prepend/off/emit/
// removeAllListeners, with listeners that add, remove and emit while an emit runs, and
// newListener/removeListener observers: the number of log lines and a hash (FNV-1a) of them.
const { EventEmitter, once, getEventListeners, listenerCount } = require('events');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
const log = (...a) => out.push(a.join(' '));
for (let round = 0; round < 300; round++) {
  const e = new EventEmitter();
  const fns = [];
  for (let k = 0; k < 5; k++) {
    const id = k;
    fns.push(function listener(...args) {
      log('L', id, this === e, args.length, args[0]);
      const r = rnd(10);
      if (r === 0) e.removeListener(pick(['a', 'b']), pick(fns));
      else if (r === 1) e.on(pick(['a', 'b']), pick(fns));
      else if (r === 2) e.removeAllListeners(pick(['a', 'b', undefined]));
      else if (r === 3 && rnd(3) === 0) e.emit(pick(['a', 'b']), 'nested');
      else if (r === 4) e.prependOnceListener(pick(['a', 'b']), pick(fns));
    });
  }
  if (rnd(2)) e.on('newListener', (n, l) => log('new', n, fns.indexOf(l)));
  if (rnd(2)) e.on('removeListener', (n, l) => log('rm', n, fns.indexOf(l)));
  for (let step = 0; step < 25; step++) {
    const op = rnd(9);
    const ev = pick(['a', 'b', 'c']);
    const f = pick(fns);
    try {
      if (op === 0) e.on(ev, f);
      else if (op === 1) e.once(ev, f);
      else if (op === 2) e.prependListener(ev, f);
      else if (op === 3) e.off(ev, f);
      else if (op === 4) log('emit', ev, e.emit(ev, step, 'x'));
      else if (op === 5) log('count', ev, e.listenerCount(ev), e.listenerCount(ev, f), listenerCount(e, ev));
      else if (op === 6) log('listeners', ev, e.listeners(ev).map((l) => fns.indexOf(l)).join(','), e.rawListeners(ev).map((l) => fns.indexOf(l.listener || l)).join(','));
      else if (op === 7) log('names', e.eventNames().map(String).join(','), getEventListeners(e, ev).length);
      else if (op === 8) e.removeAllListeners(rnd(2) ? ev : undefined);
    } catch (err) { log('err', err.message); }
  }
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
