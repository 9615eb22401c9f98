'use strict';
// Differential fuzz of AbortSignal.any over plain and composite signals (some already aborted),
// with listeners that abort other controllers while an abort is dispatched: the order of the
// abort events, reasons, and listener counts: the number of log lines and a hash (FNV-1a).
const { getEventListeners } = require('events');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
const log = (...a) => out.push(a.join(' '));
for (let round = 0; round < 400; round++) {
  const acs = Array.from({ length: 3 }, () => new AbortController());
  const signals = acs.map((a) => a.signal);
  const composites = [];
  for (let k = 0; k < 4; k++) {
    const pool = signals.concat(composites);
    const chosen = Array.from({ length: rnd(3) + 1 }, () => pick(pool));
    if (rnd(6) === 0) chosen.push(AbortSignal.abort(`pre${k}`));
    const c = AbortSignal.any(chosen);
    const id = `c${k}`;
    c.addEventListener('abort', (ev) => log(round, id, 'abort', String(c.reason), ev.isTrusted, c.aborted));
    if (rnd(2)) c.onabort = () => log(round, id, 'onabort');
    composites.push(c);
    log(round, id, 'made', c.aborted, String(c.reason));
  }
  signals.forEach((s, i) => s.addEventListener('abort', () => {
    log(round, 's' + i, 'abort');
    if (rnd(3) === 0) pick(acs).abort('nested');
  }));
  for (let a = 0; a < 3; a++) {
    const i = rnd(3);
    acs[i].abort(pick([undefined, 'r' + a, 0]));
    log(round, 'after abort', i, composites.map((c) => (c.aborted ? 1 : 0)).join(''), getEventListeners(signals[i], 'abort').length);
  }
  try { composites[0].throwIfAborted(); log(round, 'not aborted'); } catch (e) { log(round, 'threw', typeof e === 'object' && e ? e.name : String(e)); }
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
