'use strict';
// The Readable operators: map with concurrency (order kept, at most `concurrency` calls at
// once), filter, forEach, toArray, some, every, find, reduce, take, drop, flatMap,
// asIndexedPairs, compose; argument errors and signals.
const { Readable, PassThrough } = require('stream');

process.noDeprecation = true; // asIndexedPairs warns; the warning's pid is not deterministic

const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));

(async () => {
  let active = 0;
  let maxActive = 0;
  const mapped = await Readable.from([5, 1, 4, 2, 3]).map(async (x) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await delay(x * 3);
    active--;
    return x * 10;
  }, { concurrency: 3 }).toArray();
  console.log('map concurrency 3', mapped, 'max active', maxActive);

  console.log('filter', await Readable.from([1, 2, 3, 4, 5, 6]).filter(async (x) => x % 2 === 0).toArray());
  const seen = [];
  console.log('forEach returns', await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); }), seen);
  console.log('some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1]).some((x) => x > 2));
  console.log('every', await Readable.from([2, 4]).every((x) => x % 2 === 0), await Readable.from([2, 3]).every((x) => x % 2 === 0));
  console.log('find', await Readable.from([1, 2, 3, 4]).find((x) => x > 2), await Readable.from([1]).find((x) => x > 2));
  console.log('reduce', await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b), await Readable.from([1, 2]).reduce((a, b) => a + b, 10));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log('reduce empty', e.code, e.name, e.message);
  }
  console.log('take', await Readable.from([1, 2, 3, 4]).take(2).toArray(), await Readable.from([1, 2]).take(0).toArray());
  console.log('drop', await Readable.from([1, 2, 3, 4]).drop(3).toArray());
  console.log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  console.log('flatMap async gen', await Readable.from(['x']).flatMap((x) => Readable.from([x, x + x])).toArray());
  console.log('chained', await Readable.from([1, 2, 3, 4, 5]).map((x) => x * 2).filter((x) => x > 4).drop(1).take(5).toArray());

  const src = Readable.from([1, 2, 3, 4, 5]);
  const firstTwo = await src.take(2).toArray();
  console.log('take destroys its source', firstTwo, src.destroyed);

  const bytes = await Readable.from([Buffer.from('ab'), Buffer.from('c')], { objectMode: false }).map((b) => b.toString()).toArray();
  console.log('map over bytes', bytes);

  try {
    Readable.from([]).map(5);
  } catch (e) {
    console.log('map(5)', e.code, e.message);
  }
  for (const c of [0, -1, 'x']) {
    try {
      Readable.from([]).map((x) => x, { concurrency: c });
    } catch (e) {
      console.log(`concurrency ${c}`, e.code, e.message);
    }
  }
  try {
    Readable.from([]).take(-1);
  } catch (e) {
    console.log('take(-1)', e.code, e.message);
  }
  try {
    await Readable.from([]).toArray(5);
  } catch (e) {
    console.log('toArray(5)', e.code, e.message);
  }
  try {
    new (Readable.prototype.map)();
  } catch (e) {
    console.log('new map', e.code, e.message);
  }

  // An error inside map rejects the consumer.
  try {
    await Readable.from([1, 2, 3]).map((x) => {
      if (x === 2) throw new Error('map failed on 2');
      return x;
    }).toArray();
  } catch (e) {
    console.log('map error', e.message);
  }

  // Signals.
  const ac = new AbortController();
  const slow = Readable.from([1, 2, 3]).map(async (x, { signal }) => {
    await delay(20);
    return signal.aborted;
  }, { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try {
    await slow.toArray();
  } catch (e) {
    console.log('aborted map', e.name, e.code);
  }
  try {
    await Readable.from([1]).toArray({ signal: AbortSignal.abort() });
  } catch (e) {
    console.log('aborted toArray', e.name);
  }
  try {
    await Readable.from([1, 2]).reduce((a, b) => a + b, 0, { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('aborted reduce', e.name);
  }

  console.log('asIndexedPairs', await Readable.from(['a', 'b']).asIndexedPairs().toArray());

  const composed = Readable.from(['a', 'b']).compose(async function* (source) {
    for await (const c of source) yield c.toUpperCase();
  });
  console.log('compose', await composed.toArray());

  console.log('map result is a Readable', Readable.from([]).map((x) => x) instanceof Readable,
    typeof Readable.prototype.map, Readable.prototype.map.length, Readable.prototype.reduce.length);

  const pt = new PassThrough({ objectMode: true });
  pt.write(1);
  pt.write(2);
  pt.end();
  console.log('from a PassThrough', await pt.map((x) => x + 1).toArray());
})();
