'use strict';
// Differential fuzzing of WritableStream: random writes, ready waits, close, abort,
// controller.error and writer changes against a sink whose promises settle after random numbers
// of microtasks; fixed seeds, the whole event log must match Node's.
let s = 1;
const rnd = (n) => { s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
let out = [];
const log = (...a) => out.push(a.join(' '));
const fmtErr = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const ticks = async (n) => { for (let i = 0; i < n; i++) await null; };
const later = (n, fn) => { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p.then(fn); };

async function main() {
  let ctrl;
  const hwm = rnd(4);
  const sinkMode = rnd(3);
  const ws = new WritableStream({
    start(c) { ctrl = c; log('start'); if (rnd(3) === 0) return later(rnd(4), () => log('start done')); },
    write(chunk, c) {
      log('sink write', chunk);
      const mode = sinkMode === 0 ? 0 : rnd(5);
      if (mode === 0) return;
      if (mode === 4) return later(rnd(3), () => { throw new Error('W' + chunk); });
      if (mode === 3 && rnd(3) === 0) throw new Error('SW' + chunk);
      return later(rnd(5), () => log('sink write done', chunk));
    },
    close() { log('sink close'); if (rnd(4) === 0) return later(rnd(3), () => { throw new Error('CLOSEFAIL'); }); return later(rnd(3), () => log('sink close done')); },
    abort(r) { log('sink abort', String(r)); if (rnd(4) === 0) throw new Error('ABORTFAIL'); return later(rnd(3), () => log('sink abort done')); },
  }, { highWaterMark: hwm, size: rnd(2) ? undefined : (c) => (typeof c === 'number' ? c % 3 : 1) });
  ctrl.signal.addEventListener('abort', () => log('signal', String(ctrl.signal.reason)));
  log('cfg', hwm, sinkMode);
  let w = ws.getWriter();
  const watch = (w, n) => {
    w.closed.then(() => log('closed', n), (e) => log('closed rej', n, fmtErr(e)));
  };
  watch(w, 0);
  let wn = 0;
  let closeCalled = false;
  for (let step = 0; step < 30; step++) {
    const op = rnd(12);
    try {
      switch (op) {
        case 0: case 1: case 2: case 3: {

          const id = step;
          log('write', id, 'desired', w.desiredSize);
          w.write(id).then(() => log('write ok', id), (e) => log('write rej', id, fmtErr(e)));
          break;
        }
        case 4: {
          const r = w.ready;
          const id = step;
          r.then(() => log('ready', id), (e) => log('ready rej', id, fmtErr(e)));
          break;
        }
        case 5:
          if (step > 15 && rnd(2) === 0) { closeCalled = true; log('close'); const id = step; w.close().then(() => log('close ok', id), (e) => log('close rej', id, fmtErr(e))); }
          break;
        case 6:
          if (step > 18 && rnd(2) === 0) { log('abort'); const id = step; w.abort('A' + id).then(() => log('abort ok', id), (e) => log('abort rej', id, fmtErr(e))); }
          break;
        case 7:
          if (step > 18 && rnd(3) === 0) { log('ctrl error'); ctrl.error(new Error('CE' + step)); }
          break;
        case 8:
          if (rnd(4) === 0) { log('release'); w.releaseLock(); w = ws.getWriter(); wn++; watch(w, wn); log('new writer', w.desiredSize); }
          break;
        default:
          await ticks(1 + rnd(5));
          log('state', ws.locked, (() => { try { return w.desiredSize; } catch (e) { return fmtErr(e); } })());
      }
    } catch (e) { log('throw', op, fmtErr(e)); }
  }
  await ticks(40);
  log('end', w.desiredSize);
}


// Fixed seeds, run one after another; each seed's log is printed whole.
const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);
(async () => {
  for (const seed of SEEDS) {
    s = seed;
    out = [];
    console.log('--- seed ' + seed);
    try {
      await main();
    } catch (e) {
      log('FATAL', fmtErr(e));
    }
    if (out.length) console.log(out.join('\n'));
  }
})();
