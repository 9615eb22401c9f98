'use strict';
// Differential fuzzing of tee() on default and byte streams: random reads (default and BYOB),
// async iteration, cancels, releases, enqueues, close and error; fixed seeds, the whole event log
// must match Node's.
let s = 1;
const rnd = (n) => { s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
let out = [];
const log = (...a) => out.push(a.join(' '));
const fmtErr = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const fmtV = (v) => v instanceof Uint8Array || ArrayBuffer.isView(v) ? `${v.constructor.name}[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))}]` : String(v);
const ticks = async (n) => { for (let i = 0; i < n; i++) await null; };

async function main() {
  let ctrl;
  const bytes = rnd(2) === 0;
  let n = 0;
  const pullMode = rnd(3);
  const rs = new ReadableStream({
    type: bytes ? 'bytes' : undefined,
    start(c) { ctrl = c; },
    pull(c) {
      log('pull', c.desiredSize, bytes && c.byobRequest ? c.byobRequest.view.byteLength : '-');
      if (pullMode === 0 || n > 12) return;
      if (pullMode === 1) c.enqueue(bytes ? new Uint8Array([n++, n++]) : 'v' + n++);
      else return Promise.resolve().then(() => { try { c.enqueue(bytes ? new Uint8Array([n++]) : 'w' + n++); } catch (e) { log('enq err', fmtErr(e)); } });
    },
    cancel(r) { log('cancel', JSON.stringify(r)); },
  });
  const [a, b] = rs.tee();
  log('cfg', bytes, pullMode);
  const branches = [a, b];
  const readers = [null, null];
  const iters = [null, null];
  for (let step = 0; step < 30; step++) {
    const op = rnd(12);
    const i = rnd(2);
    const id = step;
    try {
      switch (op) {
        case 0: case 1: case 2: {
          if (iters[i]) { iters[i].next().then((r) => log('it', i, id, r.done, fmtV(r.value)), (e) => log('it err', i, id, fmtErr(e))); break; }
          if (!readers[i]) {
            const byob = bytes && rnd(2) === 0;
            readers[i] = branches[i].getReader(byob ? { mode: 'byob' } : undefined);
            log('reader', i, byob);
          }
          const r = readers[i];
          const p = r instanceof ReadableStreamBYOBReader ? r.read(new Uint8Array(1 + rnd(3))) : r.read();
          p.then((res) => log('read', i, id, res.done, fmtV(res.value)), (e) => log('read err', i, id, fmtErr(e)));
          break;
        }
        case 3: case 4: {
          const v = bytes ? new Uint8Array([100 + step]) : 'e' + step;
          const desc = fmtV(v);
          ctrl.enqueue(v);
          log('enqueued', desc);
          break;
        }
        case 5:
          if (step > 15 && rnd(3) === 0) { log('close'); ctrl.close(); if (bytes) ctrl.byobRequest?.respond(0); }
          break;
        case 6:
          if (step > 18 && rnd(3) === 0) { log('error'); ctrl.error(new Error('X' + step)); }
          break;
        case 7:
          if (step > 10 && rnd(3) === 0) {
            log('cancel branch', i);
            const target = readers[i] ?? branches[i];
            if (iters[i]) iters[i].return('R' + id).then((r) => log('ret', i, id, JSON.stringify(r)), (e) => log('ret err', fmtErr(e)));
            else target.cancel('R' + i).then(() => log('cancelled', i, id), (e) => log('cancel err', i, id, fmtErr(e)));
          }
          break;
        case 8:
          if (!readers[i] && !iters[i] && rnd(2) === 0) { iters[i] = branches[i].values({ preventCancel: rnd(2) === 0 }); log('iter', i); }
          break;
        case 9:
          if (readers[i] && rnd(3) === 0) { log('release', i); readers[i].releaseLock(); readers[i] = null; }
          break;
        default:
          await ticks(1 + rnd(5));
          log('tick', a.locked, b.locked);
      }
    } catch (e) { log('throw', op, fmtErr(e)); }
  }
  await ticks(40);
  log('end');
}


// Fixed seeds, run one after another; each seed's log is printed whole.
// Seed 18 is left out: it reaches an internal assertion of Node v20 (a Node bug).
const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1).filter((seed) => seed !== 18);
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
