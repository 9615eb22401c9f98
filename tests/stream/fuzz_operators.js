'use strict';
// Randomised operator chains (30 fixed seeds): map (with concurrency, sometimes failing),
// filter, take, drop, flatMap, asIndexedPairs over arrays or asynchronously pushed streams,
// ended by toArray, some, find, reduce, forEach or a for await with early break; every callback
// and result logged, the log must be Node's.
process.noDeprecation = true;
const { Readable } = require('stream');
let seed = 1;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
let log = [];
const L = (...a) => log.push(a.join(' '));
const wait = () => { const k = rnd(3); return k === 0 ? null : new Promise((r) => (k === 1 ? process.nextTick(r) : setImmediate(r))); };
function src() {
  const n = rnd(6);
  if (rnd(2)) return Readable.from(Array.from({ length: n }, (_, i) => i));
  let i = 0;
  return new Readable({ objectMode: true, read() { const k = i++; if (k >= n) this.push(null); else setImmediate(() => this.push(k)); } });
}
const fns = [
  (s) => s.map(async (x) => { L('map', x); await wait(); if (x === 4 && rnd(3) === 0) throw new Error('map4'); return x * 2; }, { concurrency: rnd(3) + 1 }),
  (s) => s.filter(async (x) => { L('filter', x); await wait(); return x % 2 === 0; }, { concurrency: rnd(2) + 1 }),
  (s) => s.take(rnd(4)),
  (s) => s.drop(rnd(3)),
  (s) => s.flatMap((x) => [x, -x]),
  (s) => s.asIndexedPairs(),
];
const terms = [
  async (s) => L('toArray', JSON.stringify(await s.toArray())),
  async (s) => L('some', await s.some(async (x) => { L('some fn', JSON.stringify(x)); await wait(); return JSON.stringify(x).includes('2'); })),
  async (s) => L('find', JSON.stringify(await s.find((x) => JSON.stringify(x).includes('1')))),
  async (s) => L('reduce', JSON.stringify(await s.reduce((a, b) => String(a) + String(b), ''))),
  async (s) => { await s.forEach(async (x) => { L('forEach', JSON.stringify(x)); await wait(); }); L('forEach done'); },
  async (s) => { for await (const x of s) { L('iter', JSON.stringify(x)); if (rnd(4) === 0) { L('break'); break; } } },
];
(async () => {
  for (let sd = 1; sd <= 30; sd++) {
    seed = sd;
    log = [];
    await runSeed();
    console.log(`=== seed ${sd}`);
    console.log(log.join('\n'));
  }
})();

async function runSeed() {
  for (let k = 0; k < 5; k++) {
    let s = src();
    for (let j = rnd(3); j > 0; j--) s = fns[rnd(fns.length)](s);
    try { await terms[rnd(terms.length)](s); } catch (e) { L('error', e.message); }
    L('--');
  }
}
