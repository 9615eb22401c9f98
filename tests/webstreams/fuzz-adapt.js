'use strict';
// Differential fuzzing of the Node-stream adapters: a Node Readable read through toWeb() and a
// WritableStream written through Writable.fromWeb(), random operations from fixed seeds; the
// whole event log must match Node's. The Writable side only writes and ends: an error while
// writes are batched reaches a Node v20 bug in fromWeb's writev (an unhandled TypeError that ends
// the process), which gonode does not reproduce.
const { Readable, Writable } = require('stream');
let s = 1;
const rnd = (n) => { s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
let out = [];
const log = (...a) => out.push(a.join(' '));
const fmtErr = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const fmtV = (v) => (v && ArrayBuffer.isView(v) ? `${v.constructor.name}[${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString()}]` : JSON.stringify(v));
const ticks = async (n) => { for (let i = 0; i < n; i++) await null; };

async function readableSide() {
  const objectMode = rnd(2) === 0;
  let n = 0;
  const r = new Readable({
    objectMode,
    highWaterMark: rnd(4),
    read() {
      log('node read');
      if (rnd(4) === 0) return;
      const push = () => { if (n > 8) { this.push(null); return; } this.push(objectMode ? { n: n++ } : 'c' + n++); };
      if (rnd(2)) push(); else Promise.resolve().then(push);
    },
    destroy(e, cb) { log('node destroy', fmtErr(e)); cb(e); },
  });
  r.on('close', () => log('node close'));
  r.on('end', () => log('node end'));
  const web = Readable.toWeb(r);
  const reader = web.getReader();
  reader.closed.then(() => log('web closed'), (e) => log('web closed rej', fmtErr(e)));
  for (let step = 0; step < 20; step++) {
    const op = rnd(10);
    if (op < 4) { const id = step; reader.read().then((x) => log('read', id, x.done, fmtV(x.value)), (e) => log('read rej', id, fmtErr(e))); }
    else if (op === 4 && step > 12 && rnd(2)) { log('cancel'); reader.cancel('bye').then(() => log('cancelled')); }
    else if (op === 5 && step > 14 && rnd(3) === 0) { log('node destroy call'); r.destroy(rnd(2) ? new Error('D') : undefined); }
    else { await ticks(1 + rnd(5)); log('tick', r.readableFlowing, r.readableLength); }
  }
  await ticks(30);
}

async function writableSide() {
  const objectMode = rnd(2) === 0;
  let ctrl;
  let shwm;
  const ws = new WritableStream({
    start(c) { ctrl = c; },
    write(c) { log('sink', fmtV(c)); if (rnd(2)) { const k = rnd(4); log('sink delay', k); return ticks(k).then(() => log('sink resolved', fmtV(c))); } },
    close() { log('sink close'); },
    abort(r) { log('sink abort', fmtErr(r)); },
  }, { highWaterMark: (shwm = rnd(3)) });
  const whwm = rnd(3) || undefined;
  const w = Writable.fromWeb(ws, { objectMode, highWaterMark: whwm });
  log('cfg', objectMode, whwm, shwm);
  w.on('error', (e) => log('w error', fmtErr(e)));
  ws.getWriter; 

  w.on('finish', () => log('w finish'));
  w.on('close', () => log('w close'));
  w.on('drain', () => log('w drain'));
  let ended = false;
  for (let step = 0; step < 20; step++) {
    const op = rnd(10);
    try {
      if (op < 4 && !ended) { const id = step; const ok = w.write(objectMode ? { id } : 'd' + id, (e) => log('cb', id, fmtErr(e))); log('write', id, ok, w.writableLength); }
      else if (op === 4 && step > 12 && rnd(2) && !ended) { ended = true; log('end'); w.end(() => log('end cb')); }
      else { await ticks(1 + rnd(5)); log('tick', w.writableLength, w.writableNeedDrain); }
    } catch (e) { log('throw', fmtErr(e)); }
  }
  await ticks(30);
}
async function main() { await readableSide(); log('======'); await writableSide(); }

// Fixed seeds, run one after another; each seed's log is printed whole.
const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);
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
