'use strict';
// Randomised byte-mode operations (40 fixed seeds): push and unshift of Buffers and strings in
// several encodings, read(n) across chunk boundaries, setEncoding mid-stream with split
// characters, 'data' listeners and pause — each result and event logged; the log must be
// Node's (including its quirks, e.g. read(n) with a decoder comparing n to the chunk count).
const { Readable, Writable } = require('stream');
let seed = 1;
function runSeed(seedValue, done) {
  seed = seedValue;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  const log = [];
  const L = (...a) => log.push(a.join(' '));
  const show = (v) => v === null ? 'null' : Buffer.isBuffer(v) ? 'buf:' + v.toString('hex') : JSON.stringify(v);
  const encs = [undefined, 'utf8', 'hex', 'base64', 'latin1', 'utf16le'];
  const enc = encs[rnd(encs.length)];
  const r = new Readable({ highWaterMark: rnd(8), encoding: rnd(3) === 0 ? enc : undefined, read(n) { L('_read', n); } });
  for (const ev of ['data', 'readable', 'end', 'close', 'error', 'pause', 'resume']) r.on(ev, (a) => L('ev', ev, a === undefined ? '' : show(a instanceof Error ? a.code : a)));
  r.removeAllListeners('data');
  r.removeAllListeners('readable');
  const pieces = ['€', 'a', 'bc', 'é', '😀', 'xyz', ''];
  const ops = [
    () => L('push', r.push(Buffer.from(pieces[rnd(pieces.length)]).subarray(0, rnd(4) + 1))),
    () => L('push str', r.push(pieces[rnd(pieces.length)], encs[rnd(3)])),
    () => L('read', show(r.read())),
    () => { const n = rnd(6); L('read', n, show(r.read(n))); },
    () => L('unshift', r.unshift(Buffer.from(pieces[rnd(pieces.length)]))),
    () => L('unshift str', r.unshift(pieces[rnd(pieces.length)])),
    () => { const e = encs[1 + rnd(encs.length - 1)]; L('setEncoding', e); r.setEncoding(e); },
    () => L('len', r.readableLength, r.readableHighWaterMark),
    () => { if (rnd(8) === 0) { L('push null'); r.push(null); } },
    () => { L('on data'); r.on('data', (c) => L('data listener', show(c))); },
    () => { L('pause'); r.pause(); },
  ];
  let steps = 0;
  function go() {
    if (steps++ > 20) {
      (function hop(k) {
        if (k) {
          setImmediate(hop, k - 1);
        } else {
          console.log(log.join('\n'));
          done();
        }
      })(20);
      return;
    }
    for (let i = rnd(3) + 1; i > 0; i--) { try { ops[rnd(ops.length)](); } catch (e) { L('threw', e.code); } }
    if (rnd(2)) process.nextTick(go); else setImmediate(go);
  }
  go();
}

(function next(s) {
  if (s > 40) return;
  console.log(`=== seed ${s}`);
  runSeed(s, () => next(s + 1));
})(1);
