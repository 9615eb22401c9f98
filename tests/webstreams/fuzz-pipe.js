'use strict';
// Differential fuzzing of pipeThrough/pipeTo: random sources, transformers and sinks (sync and
// async, failing, terminating), prevent* options and abort signals; fixed seeds, the whole event
// log must match Node's.
let s = 1;
const rnd = (n) => { s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
let out = [];
const log = (...a) => out.push(a.join(' '));
const fmtErr = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const ticks = async (n) => { for (let i = 0; i < n; i++) await null; };
const later = (n, fn) => { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p.then(fn); };

async function main() {
  let sctrl;
  let n = 0;
  const srcMode = rnd(3);
  const src = new ReadableStream({
    start(c) { sctrl = c; },
    pull(c) {
      log('src pull', c.desiredSize);
      if (srcMode === 0) return;
      if (n >= 8) { try { c.close(); } catch (e) { log('close fail', fmtErr(e)); } return; }
      if (srcMode === 1) { c.enqueue('p' + n++); return; }
      return later(rnd(4), () => { try { c.enqueue('q' + n++); } catch (e) { log('enq fail', fmtErr(e)); } });
    },
    cancel(r) { log('src cancel', fmtErr(r)); return later(rnd(3), () => log('src cancel done')); },
  }, { highWaterMark: rnd(3) });
  const tmode = rnd(4);
  const ts = new TransformStream({
    transform(chunk, c) {
      log('transform', chunk, c.desiredSize);
      if (tmode === 0) { c.enqueue(chunk); return; }
      if (tmode === 1) return later(rnd(4), () => { c.enqueue(chunk + '!'); c.enqueue(chunk + '?'); });
      if (tmode === 2 && rnd(8) === 0) { log('terminate'); c.terminate(); return; }
      if (tmode === 3 && rnd(10) === 0) throw new Error('TF ' + chunk);
      c.enqueue(chunk);
    },
    flush(c) { log('flush'); c.enqueue('flushed'); },
    cancel(r) { log('ts cancel', fmtErr(r)); },
  }, { highWaterMark: rnd(3) }, { highWaterMark: rnd(3) });
  const sinkMode = rnd(3);
  const sink = new WritableStream({
    write(chunk) {
      log('sink write', chunk);
      if (sinkMode === 1 && rnd(12) === 0) throw new Error('SINK ' + chunk);
      if (sinkMode === 2) return later(rnd(5), () => log('sink done', chunk));
    },
    close() { log('sink close'); },
    abort(r) { log('sink abort', fmtErr(r)); },
  }, { highWaterMark: rnd(3) });
  const ac = new AbortController();
  const opts = { preventClose: rnd(4) === 0, preventAbort: rnd(4) === 0, preventCancel: rnd(4) === 0, signal: rnd(2) ? ac.signal : undefined };
  log('cfg', srcMode, tmode, sinkMode, JSON.stringify(opts));
  const mid = src.pipeThrough(ts, { preventClose: rnd(5) === 0 });
  const done = mid.pipeTo(sink, opts).then(() => log('pipe resolved'), (e) => log('pipe rejected', fmtErr(e)));
  for (let step = 0; step < 20; step++) {
    const op = rnd(10);
    try {
      if (op < 3) { const v = 'e' + step; sctrl.enqueue(v); log('enqueued', v); }
      else if (op === 3 && step > 10 && rnd(2) === 0) { log('src close'); sctrl.close(); }
      else if (op === 4 && step > 12 && rnd(3) === 0) { log('src error'); sctrl.error(new Error('SRCERR')); }
      else if (op === 5 && step > 12 && rnd(3) === 0) { log('abort signal'); ac.abort(rnd(2) ? new Error('SIG') : undefined); }
      else { await ticks(1 + rnd(6)); log('tick', src.locked, mid.locked); }
    } catch (e) { log('throw', fmtErr(e)); }
  }
  await ticks(60);
  log('end');
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
