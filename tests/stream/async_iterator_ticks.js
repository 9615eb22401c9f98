'use strict';
// Microtask timing of the Readable async iterator against an async generator's: how many ticks a
// buffered chunk takes, the order of queued next()/return() among other promise jobs, and
// return()/throw() before the first next() (the body has not started, nothing is destroyed).
const { Readable } = require('stream');
async function probe(label, mk) {
  const r = mk();
  const it = r[Symbol.asyncIterator]();
  let ticks = 0; let stop = false;
  (function tick() { if (stop || ticks > 50) return; ticks++; Promise.resolve().then(tick); })();
  const t0 = ticks;
  const res = await it.next();
  const n = ticks - t0;
  stop = true;
  console.log(label, JSON.stringify(res), 'ticks', n);
  await new Promise((r) => setImmediate(r));
}
(async () => {
  await probe('buffered', () => { const r = new Readable({ objectMode: true, read() {} }); r.push(1); return r; });

  await probe('ended', () => { const r = new Readable({ objectMode: true, read() {} }); r.push(null); return r; });
  await probe('from array', () => Readable.from([5]));
  const r = Readable.from([1, 2, 3]);
  const it = r[Symbol.asyncIterator]();
  const order = [];
  it.next().then((v) => order.push('n1:' + v.value));
  Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3')).then(() => order.push('p4'));
  it.next().then((v) => order.push('n2:' + v.value));
  it.return().then(() => order.push('ret'));
  await new Promise((r) => setImmediate(r));
  console.log(order.join(' '));
  await part2();
})();

async function part2() {
  const r = Readable.from([1]);
  const it = r[Symbol.asyncIterator]();
  console.log('before next', r.listenerCount('readable'), r.readableFlowing);
  console.log(JSON.stringify(await it.return(7)), r.destroyed);
  console.log(JSON.stringify(await it.next()));
  const r2 = Readable.from([1, 2]);
  const it2 = r2[Symbol.asyncIterator]();
  try { await it2.throw(new Error('thrown before start')); } catch (e) { console.log('throw before start', e.message, r2.destroyed); }
  const r3 = Readable.from([1, 2]);
  r3.on('error', (e) => console.log('r3 error', e.message));
  const it3 = r3[Symbol.asyncIterator]();
  await it3.next();
  try { await it3.throw(new Error('thrown after start')); } catch (e) { console.log('throw after start', e.message, r3.destroyed); }
  await new Promise((r) => setImmediate(r));
}
