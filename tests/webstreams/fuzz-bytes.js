'use strict';
// Differential fuzzing of byte streams: random BYOB and default reads (every view type, offsets,
// min), enqueues, respond/respondWithNewView, close, error, cancel and reader changes; fixed
// seeds, every observable result logged and compared with Node's.
let s = 1;
const rnd = (n) => { s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
let out = [];
const log = (...a) => out.push(a.join(' '));
const fmtErr = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const fmtView = (v) => v === undefined ? 'undef' : v === null ? 'null' : `${v.constructor.name}[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}]o${v.byteOffset}b${v.buffer.byteLength}`;
const ticks = async (n) => { for (let i = 0; i < n; i++) await null; };
const views = [Uint8Array, Uint16Array, Uint32Array, DataView, Int8Array, Float64Array];

async function main() {
  let ctrl;
  let counter = 1;
  const auto = rnd(3) === 0 ? 1 + rnd(8) : undefined;
  const hwm = rnd(3) === 0 ? 0 : rnd(16);
  const pullMode = rnd(4);
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: auto,
    start(c) { ctrl = c; log('start', c.desiredSize); },
    pull(c) {
      const req = c.byobRequest;
      log('pull', c.desiredSize, req ? fmtView(req.view) : 'noreq');
      if (pullMode === 0 || !req) return;
      try {
        if (pullMode === 1) {
          const n = 1 + rnd(Math.max(1, req.view.byteLength));
          for (let i = 0; i < n; i++) req.view[i] = counter++ & 255;
          req.respond(n);
          log('responded', n);
        } else if (pullMode === 2) {
          const n = 1 + rnd(Math.max(1, req.view.byteLength));
          const v = new Uint8Array(req.view.buffer, req.view.byteOffset, n);
          v.fill(counter++ & 255);
          req.respondWithNewView(v);
          log('respondedNew', n);
        } else {
          c.enqueue(new Uint8Array([counter++ & 255, counter++ & 255]));
          log('pull-enqueued');
        }
      } catch (e) { log('pull-err', fmtErr(e)); }
    },
    cancel(r) { log('cancel', String(r)); },
  }, { highWaterMark: hwm });
  log('cfg', auto, hwm, pullMode);
  let reader = rs.getReader(rnd(2) ? { mode: 'byob' } : undefined);
  let byob = reader instanceof ReadableStreamBYOBReader;
  const pending = [];
  for (let step = 0; step < 30; step++) {
    const op = rnd(14);
    const id = step;
    try {
      switch (op) {
        case 0: case 1: case 2: {
          if (byob) {
            const V = views[rnd(views.length)];
            const per = V === DataView ? 1 : V.BYTES_PER_ELEMENT;
            const len = 1 + rnd(6);
            const off = rnd(3);
            const buf = new ArrayBuffer((len + off + rnd(2)) * per);
            const view = V === DataView ? new DataView(buf, off, len) : new V(buf, off * per, len);
            const opts = rnd(3) === 0 ? { min: 1 + rnd(len) } : undefined;
            log('read-byob', id, V.name, len, off, opts ? opts.min : '-');
            pending.push(reader.read(view, opts).then((r) => log('readres', id, r.done, fmtView(r.value), 'srcdet', buf.byteLength), (e) => log('readerr', id, fmtErr(e))));
          } else {
            log('read', id);
            pending.push(reader.read().then((r) => log('readres', id, r.done, fmtView(r.value)), (e) => log('readerr', id, fmtErr(e))));
          }
          break;
        }
        case 3: case 4: case 5: {
          const n = 1 + rnd(7);
          const off = rnd(3);
          const buf = new ArrayBuffer(n + off + rnd(3));
          const chunk = new Uint8Array(buf, off, n);
          for (let i = 0; i < n; i++) chunk[i] = counter++ & 255;
          ctrl.enqueue(chunk);
          log('enqueued', n, 'det', buf.byteLength, 'desired', ctrl.desiredSize);
          break;
        }
        case 6: {
          const req = ctrl.byobRequest;
          if (req) {
            const n = rnd(req.view.byteLength + 2);
            for (let i = 0; i < Math.min(n, req.view.byteLength); i++) req.view[i] = counter++ & 255;
            log('respond', n);
            req.respond(n);
          } else log('noreq');
          break;
        }
        case 7: {
          const req = ctrl.byobRequest;
          if (req) {
            const n = rnd(req.view.byteLength + 1);
            log('respondWithNewView', n);
            req.respondWithNewView(new Uint8Array(req.view.buffer, req.view.byteOffset, n));
          } else log('noreq');
          break;
        }
        case 8:
          if (step > 12 && rnd(3) === 0) { log('close'); ctrl.close(); }
          break;
        case 9:
          if (step > 15 && rnd(4) === 0) { log('error'); ctrl.error(new Error('E' + id)); }
          break;
        case 10:
          if (step > 18 && rnd(3) === 0) { log('cancel-call'); pending.push(reader.cancel('C' + id).then(() => log('cancelled', id), (e) => log('cancelerr', id, fmtErr(e)))); }
          break;
        case 11:
          if (rnd(3) === 0) {
            log('release');
            reader.releaseLock();
            byob = rnd(2) === 0;
            reader = rs.getReader(byob ? { mode: 'byob' } : undefined);
            log('newreader', byob);
          }
          break;
        default:
          await ticks(1 + rnd(4));
          log('state', ctrl.desiredSize, ctrl.byobRequest ? fmtView(ctrl.byobRequest.view) : 'noreq');
      }
    } catch (e) {
      log('throw', op, fmtErr(e));
    }
  }
  await ticks(20);
  log('end', ctrl.desiredSize);
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
