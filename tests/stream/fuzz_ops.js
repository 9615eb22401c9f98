'use strict';
// Randomised operations (40 fixed seeds) on a Readable, a Writable and a Transform — push, read,
// pause/resume, pipe/unpipe, write, cork, end, destroy, unshift — from ticks, microtasks and
// immediates, with every event logged: the log must be Node's, event for event.
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
// settle(n, fn): fn after n turns of the event loop (setImmediate hops), so that pending
// immediates and ticks have run, without depending on wall-clock time.
function settle(n, fn) {
  if (n === 0) fn();
  else setImmediate(settle, n - 1, fn);
}

let seed = 0;
function runSeed(seedValue, done) {
  seed = seedValue;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  const log = [];
  const L = (...a) => log.push(a.join(' '));
  function trace(name, s) {
    for (const ev of ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe']) {
      s.on(ev, (a) => L(name, ev, a === undefined ? '' : (a instanceof Error ? a.code || a.message : (a && a._readableState ? 'stream' : String(a)))));
    }
  }
  const objectMode = rnd(2) === 1;
  const hwm = rnd(4) * 3;
  const asyncRead = rnd(3);
  let readCalls = 0;
  const r = new Readable({
    objectMode, highWaterMark: hwm,
    read(n) {
      L('r _read', n);
      readCalls++;
      if (asyncRead === 1) process.nextTick(() => { if (!this.destroyed && readCalls < 12) this.push(objectMode ? readCalls : 'x' + readCalls); });
      else if (asyncRead === 2) setImmediate(() => { if (!this.destroyed && readCalls < 12) this.push(objectMode ? readCalls : 'y' + readCalls); });
    },
  });
  const wAsync = rnd(2) === 1;
  const w = new Writable({
    objectMode, highWaterMark: rnd(4) * 2,
    write(c, e, cb) { L('w _write', String(c), e); if (wAsync) setImmediate(cb); else cb(); },
    final(cb) { L('w _final'); cb(); },
  });
  const t = new Transform({ objectMode, highWaterMark: rnd(3) * 2, transform(c, e, cb) { L('t _transform', String(c)); if (rnd(2)) cb(null, c); else { this.push(c); setImmediate(cb); } } });
  trace('r', r); trace('w', w); trace('t', t);
  const ops = [
    () => L('push', r.push(objectMode ? rnd(100) : 'p' + rnd(100))),
    () => L('read', String(r.read())),
    () => L('read1', String(r.read(1))),
    () => L('read0', String(r.read(0))),
    () => { L('pause'); r.pause(); },
    () => { L('resume'); r.resume(); },
    () => L('write', w.write(objectMode ? rnd(10) : 'w' + rnd(10), () => L('w cb'))),
    () => L('twrite', t.write(objectMode ? rnd(10) : 't' + rnd(10), () => L('t cb'))),
    () => L('tread', String(t.read())),
    () => { L('pipe r->t'); r.pipe(t); },
    () => { L('pipe t->w'); t.pipe(w); },
    () => { L('unpipe'); r.unpipe(); },
    () => { L('end w'); w.end(); },
    () => { L('end t'); t.end(); },
    () => { L('push null'); r.push(null); },
    () => { L('cork'); w.cork(); },
    () => { L('uncork'); w.uncork(); },
    () => { if (rnd(4) === 0) { L('destroy r'); r.destroy(); } },
    () => { if (rnd(6) === 0) { L('destroy w err'); w.destroy(new Error('werr')); } },
    () => { L('unshift'); r.unshift(objectMode ? 'u' : 'u'); },
    () => { L('on readable'); r.on('readable', () => L('r readable listener', r.readableLength)); },
  ];
  let steps = 0;
  function go() {
    if (steps++ > 25) {
      settle(60, () => {
        L('state', r.readableLength, r.readableFlowing, w.writableLength, t.readableLength, r.destroyed, w.destroyed);
        console.log(log.join('\n'));
        done();
      });
      return;
    }
    const k = rnd(4) + 1;
    for (let i = 0; i < k; i++) {
      try { ops[rnd(ops.length)](); } catch (e) { L('threw', e.code || e.message); }
    }
    const d = rnd(3);
    if (d === 0) process.nextTick(go); else if (d === 1) setImmediate(go); else Promise.resolve().then(go);
  }
  go();
}

(function next(s) {
  if (s > 40) return;
  console.log(`=== seed ${s}`);
  runSeed(s, () => next(s + 1));
})(1);
