'use strict';
// Randomised piping (40 fixed seeds): one PassThrough piped to up to three Writables with
// random highWaterMarks and sync/tick/immediate callbacks; pipe (with end true or false),
// unpipe one or all, write, pause/resume, end, destroying or ending a destination. Every event
// and the buffer/backpressure state are logged; the log must be Node's.
const { Readable, Writable, PassThrough } = require('stream');
let seed = 1;
let log = [];
process.on('uncaughtException', (e) => log.push(`uncaught ${e.code || e.message}`));
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }

function runSeed(seedValue, finished) {
  seed = seedValue;
  log = [];
  const L = (...a) => log.push(a.join(' '));
  const desc = (a) => a === undefined ? '' : (a instanceof Error ? (a.code || a.message) : (a && a._readableState ? 'stream' : String(a)));
  const objectMode = rnd(2) === 1;
  const src = new PassThrough({ objectMode, highWaterMark: rnd(4) * 2 });
  for (const ev of ['data', 'end', 'close', 'error', 'pause', 'resume', 'drain']) src.on(ev === 'data' ? 'nodata' : ev, (a) => L('src', ev, desc(a)));
  const dests = [];
  for (let i = 0; i < 3; i++) {
    const mode = rnd(3);
    const d = new Writable({
      objectMode, highWaterMark: rnd(4) * 2,
      write(c, e, cb) { L('d' + i, 'write', String(c)); if (mode === 0) cb(); else if (mode === 1) process.nextTick(cb); else setImmediate(cb); },
    });
    for (const ev of ['drain', 'finish', 'close', 'error', 'pipe', 'unpipe']) d.on(ev, (a) => L('d' + i, ev, desc(a)));
    dests.push(d);
  }
  const ops = [
    () => { const i = rnd(3); L('pipe', i); src.pipe(dests[i], { end: rnd(3) !== 0 }); },
    () => { const i = rnd(4); L('unpipe', i); src.unpipe(i === 3 ? undefined : dests[i]); },
    () => { const k = rnd(100); L('src.write', k, src.write(objectMode ? k : 's' + k)); },
    () => { L('pause'); src.pause(); },
    () => { L('resume'); src.resume(); },
    () => { if (rnd(6) === 0) { L('src.end'); src.end(); } },
    () => { if (rnd(8) === 0) { const i = rnd(3); L('destroy', i); dests[i].destroy(); } },
    () => { if (rnd(8) === 0) { const i = rnd(3); L('end dest', i); dests[i].end(); } },
    () => L('state', src.readableLength, src.readableFlowing, src._readableState.pipes.length, dests.map((d) => d.writableLength + '/' + d.writableNeedDrain).join(' ')),
  ];
  let steps = 0;
  function go() {
    if (steps++ > 25) {
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
    for (let i = rnd(3) + 1; i > 0; i--) { try { ops[rnd(ops.length)](); } catch (e) { L('threw', desc(e)); } }
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
