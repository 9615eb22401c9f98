'use strict';
// Randomised scenarios (30 fixed seeds): pipelines of streams, generators and Transforms with
// failures and mid-way destroys, finished on half-open Duplexes, async iteration with early
// break, operators with concurrency — every event logged, the log must be Node's.
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = require('stream');
let seed = 1;
// settle(n): a promise for n turns of the event loop, independent of wall-clock time.
const settle = (n) => new Promise((res) => {
  (function hop(k) {
    if (k === 0) res();
    else setImmediate(hop, k - 1);
  })(n);
});
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
let log = [];
const L = (...a) => log.push(a.join(' '));
const desc = (a) => a === undefined ? '' : (a instanceof Error ? (a.code || a.message) : String(a));
function trace(name, s) {
  for (const ev of ['end', 'finish', 'close', 'error', 'drain']) s.on(ev, (a) => L(name, ev, desc(a)));
  return s;
}
function mkSource(i) {
  const kind = rnd(4);
  const n = rnd(6);
  if (kind === 0) return trace('src' + i, Readable.from(Array.from({ length: n }, (_, k) => 'a' + k)));
  if (kind === 1) {
    let k = 0;
    return trace('src' + i, new Readable({ objectMode: true, read() { if (k === 3 && rnd(3) === 0) { this.destroy(new Error('src fail')); return; } if (k++ < n) setImmediate(() => this.push('b' + k)); else this.push(null); } }));
  }
  if (kind === 2) return trace('src' + i, Readable.from((async function* () { for (let k = 0; k < n; k++) { if (k === 2 && rnd(4) === 0) throw new Error('gen fail'); yield 'c' + k; } })()));
  let k = 0;
  return trace('src' + i, new Readable({ objectMode: true, highWaterMark: rnd(3), read() { this.push(k++ < n ? 'd' + k : null); } }));
}
function mkTransform(i) {
  const kind = rnd(3);
  if (kind === 0) return trace('t' + i, new PassThrough({ objectMode: true, highWaterMark: rnd(3) }));
  if (kind === 1) return trace('t' + i, new Transform({ objectMode: true, transform(c, e, cb) { if (String(c).endsWith('3') && rnd(3) === 0) return cb(new Error('t fail')); setImmediate(() => cb(null, c + '!')); } }));
  return async function* (source) { for await (const c of source) { yield String(c).toUpperCase(); } };
}
function mkSink(i) {
  return trace('w' + i, new Writable({ objectMode: true, highWaterMark: rnd(3), write(c, e, cb) { L('w' + i, 'got', c); if (rnd(2)) setImmediate(cb); else cb(); } }));
}
async function scenario(i) {
  const kind = rnd(5);
  L('scenario', i, kind);
  if (kind === 0 || kind === 1) {
    const stages = [mkSource(i)];
    for (let k = rnd(3); k > 0; k--) stages.push(mkTransform(i));
    stages.push(mkSink(i));
    await new Promise((res) => {
      pipeline(...stages, (err) => { L('pipeline', i, desc(err)); res(); });
      if (rnd(5) === 0) setImmediate(() => { L('destroy mid', i); stages[0].destroy && stages[0].destroy(); });
    });
  } else if (kind === 2) {
    const src = mkSource(i);
    try {
      for await (const c of src) {
        L('iter', i, c);
        if (rnd(5) === 0) { L('break', i); break; }
      }
    } catch (e) { L('iter error', i, desc(e)); }
  } else if (kind === 3) {
    const d = trace('d' + i, new Duplex({ allowHalfOpen: rnd(2) === 1, objectMode: true, read() {}, write(c, e, cb) { this.push(c); cb(); }, final(cb) { L('d final', i); cb(); } }));
    finished(d, (err) => L('finished', i, desc(err)));
    d.on('data', (c) => L('d data', i, c));
    d.write('x');
    if (rnd(2)) d.push(null);
    if (rnd(2)) d.end();
    if (rnd(4) === 0) d.destroy(rnd(2) ? new Error('d err') : undefined);
    await settle(5);
  } else {
    const src = mkSource(i);
    try {
      const out = await src.map(async (x) => { await new Promise((r) => setImmediate(r)); return x + '~'; }, { concurrency: rnd(3) + 1 }).filter((x) => !x.includes('2')).toArray();
      L('ops', i, out.join(','));
    } catch (e) { L('ops error', i, desc(e)); }
  }
}
(async () => {
  for (let s = 1; s <= 30; s++) {
    seed = s;
    log = [];
    for (let i = 0; i < 6; i++) await scenario(i);
    await settle(20);
    console.log(`=== seed ${s}`);
    console.log(log.join('\n'));
  }
})();
