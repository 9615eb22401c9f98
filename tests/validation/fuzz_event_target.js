'use strict';
// Differential fuzz of EventTarget: random add/remove with capture/once/passive/signal options,
// dispatches of Event and CustomEvent, listeners (functions and handleEvent objects) that stop
// propagation, prevent default, add, remove and abort signals while dispatching: the number
// of log lines and a hash (FNV-1a) of them.
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
const log = (...a) => out.push(a.join(' '));
for (let round = 0; round < 300; round++) {
  const et = new EventTarget();
  const acs = [new AbortController(), new AbortController()];
  const ls = [];
  for (let k = 0; k < 5; k++) {
    const id = k;
    const fn = function (e) {
      log('L', id, e.type, e.eventPhase, e.cancelable, e.defaultPrevented, this === et, e.target === et, e.currentTarget === et, e.isTrusted);
      const r = rnd(12);
      if (r === 0) e.stopImmediatePropagation();
      else if (r === 1) e.preventDefault();
      else if (r === 2) et.removeEventListener(e.type, pick(ls), pick([undefined, true, { capture: true }]));
      else if (r === 3) et.addEventListener(e.type, pick(ls), pick([undefined, { once: true }]));
      else if (r === 4) pick(acs).abort();
      else if (r === 5) e.stopPropagation();
    };
    ls.push(k === 4 ? { handleEvent: fn } : fn);
  }
  for (let step = 0; step < 20; step++) {
    const op = rnd(5);
    const type = pick(['a', 'b']);
    try {
      if (op <= 1) et.addEventListener(type, pick(ls), pick([undefined, true, false, { once: true }, { capture: true }, { passive: true }, { signal: pick(acs).signal }, { once: true, capture: true }]));
      else if (op === 2) et.removeEventListener(type, pick(ls), pick([undefined, true, { capture: true }, false]));
      else if (op === 3) { const ev = new Event(type, { cancelable: !!rnd(2) }); log('dispatch', type, et.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.currentTarget === null); }
      else { const ce = new CustomEvent(type, { detail: step }); log('custom', et.dispatchEvent(ce), ce.detail); }
    } catch (err) { log('err', err.name, err.message); }
  }
  et[`on${'a'}`] = null;
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
