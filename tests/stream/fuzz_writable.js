'use strict';
// Randomised Writable operations (40 fixed seeds): write with and without callbacks and
// encodings, cork/uncork, _writev, end with and without a chunk, destroy with and without an
// error; _write/_final/_construct/_destroy calling back synchronously, on a tick or on an
// immediate, sometimes with errors; each option (objectMode, highWaterMark, decodeStrings,
// emitClose, autoDestroy) random. Every call, callback and event is logged.
const { Writable, Duplex } = require('stream');
let seed = 1;
let log = [];
process.on('uncaughtException', (e) => log.push(`uncaught ${e.code || e.message}`));
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }

function runSeed(seedValue, finished) {
  seed = seedValue;
  log = [];
  const L = (...a) => log.push(a.join(' '));
  const desc = (a) => a === undefined ? '' : (a instanceof Error ? (a.code || a.message) : String(a));
  const objectMode = rnd(2) === 1;
  const mode = rnd(3); // 0 sync, 1 tick, 2 immediate
  const done = (cb, err) => { if (mode === 0) cb(err); else if (mode === 1) process.nextTick(cb, err); else setImmediate(cb, err); };
  const opts = {
    objectMode, highWaterMark: rnd(5) * 2, decodeStrings: rnd(3) !== 0, emitClose: rnd(4) !== 0, autoDestroy: rnd(4) !== 0,
    write(c, e, cb) { L('_write', String(c), e); done(cb, rnd(12) === 0 ? new Error('werr') : undefined); },
    final(cb) { L('_final'); done(cb, rnd(8) === 0 ? new Error('ferr') : undefined); },
  };
  if (rnd(2)) opts.writev = function(chunks, cb) { L('_writev', chunks.map((c) => String(c.chunk) + '/' + c.encoding).join(',')); done(cb); };
  if (rnd(3) === 0) opts.construct = function(cb) { L('_construct'); done(cb, rnd(6) === 0 ? new Error('cerr') : undefined); };
  if (rnd(3) === 0) opts.destroy = function(err, cb) { L('_destroy', desc(err)); done(cb, err); };
  const w = new Writable(opts);
  for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error']) w.on(ev, (a) => L('ev', ev, desc(a), w.writableLength, w.writableNeedDrain));
  const ops = [
    () => { const k = rnd(100); L('write', k, w.write(objectMode ? k : 'w' + k, rnd(2) ? undefined : (err) => L('cb', k, desc(err)))); },
    () => { const k = rnd(100); L('write enc', k, w.write('x' + k, ['hex', 'latin1', 'utf8'][rnd(3)], (err) => L('cb enc', k, desc(err)))); },
    () => { L('cork'); w.cork(); },
    () => { L('uncork'); w.uncork(); },
    () => { L('end'); w.end((err) => L('end cb', desc(err))); },
    () => { const k = rnd(9); L('end chunk', k); w.end(objectMode ? k : 'e' + k, (err) => L('end chunk cb', desc(err))); },
    () => { if (rnd(5) === 0) { L('destroy'); w.destroy(rnd(2) ? new Error('derr') : undefined, (err) => L('destroy cb', desc(err))); } },
    () => L('props', w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableCorked, w.destroyed, w.closed, desc(w.errored), w.writableAborted),
  ];
  let steps = 0;
  function go() {
    if (steps++ > 20) {
      (function hop(k) {
        if (k) {
          setImmediate(hop, k - 1);
        } else {
          console.log(log.join('\n'));
          finished();
        }
      })(30);
      return;
    }
    for (let i = rnd(3) + 1; i > 0; i--) { try { ops[rnd(ops.length)](); } catch (e) { L('threw', e.code); } }
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
