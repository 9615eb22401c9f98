'use strict';
// Readable.from: arrays, generators, async generators, strings and Buffers (not split),
// promises inside sync iterables, null values, options, and destroy calling return().
const { Readable } = require('stream');

async function collect(r) {
  const out = [];
  for await (const c of r) out.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  return out;
}

(async () => {
  console.log('array', await collect(Readable.from([1, 'two', { three: 3 }])));
  console.log('string', await collect(Readable.from('not split')));
  console.log('buffer', await collect(Readable.from(Buffer.from('whole'))));
  console.log('generator', await collect(Readable.from((function* () { yield 'a'; yield 'b'; })())));
  console.log('async generator', await collect(Readable.from((async function* () {
    yield 'x';
    await new Promise((r) => setImmediate(r));
    yield 'y';
  })())));
  console.log('promises in array', await collect(Readable.from([Promise.resolve(1), 2, Promise.resolve(3)])));
  console.log('set', await collect(Readable.from(new Set(['s1', 's2']))));
  const r = Readable.from(['a'], { objectMode: false });
  console.log('objectMode false', r.readableObjectMode, r.readableHighWaterMark, await collect(r));
  const r2 = Readable.from([1]);
  console.log('defaults', r2.readableObjectMode, r2.readableHighWaterMark);

  try {
    Readable.from(5);
  } catch (e) {
    console.log('from(5)', e.code, e.message);
  }
  try {
    await collect(Readable.from([1, null, 2]));
  } catch (e) {
    console.log('null value', e.code, e.message);
  }
  try {
    await collect(Readable.from((function* () { yield 1; throw new Error('gen threw'); })()));
  } catch (e) {
    console.log('generator error', e.message);
  }

  // Destroying calls the iterator's return() (finally blocks run).
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log('generator finally');
    }
  })();
  const r3 = Readable.from(gen);
  r3.on('close', () => console.log('r3 close'));
  r3.once('data', (d) => {
    console.log('r3 data', d);
    r3.destroy();
  });
  await new Promise((res) => r3.on('close', res));

  // Destroy with an error calls throw() on the iterator.
  const agen = (async function* () {
    try {
      yield 'first';
      yield 'second';
    } catch (e) {
      console.log('async generator caught', e.message);
    }
  })();
  const r4 = Readable.from(agen);
  r4.on('error', (e) => console.log('r4 error', e.message));
  r4.once('data', (d) => {
    console.log('r4 data', d);
    r4.destroy(new Error('stop'));
  });
  await new Promise((res) => r4.on('close', res));
  console.log('r4 closed');

  // Backpressure: the iterator is pulled only as the consumer reads.
  let pulled = 0;
  const lazy = Readable.from((function* () {
    for (let i = 0; i < 100; i++) {
      pulled++;
      yield i;
    }
  })());
  lazy.on('readable', function onReadable() {
    lazy.removeListener('readable', onReadable);
    console.log('pulled before reading', pulled, 'buffered', lazy.readableLength);
    lazy.destroy();
  });
})();
