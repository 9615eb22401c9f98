'use strict';
// Microtask timing of next() and a direct return() on a Readable's async iterator (and on an
// operator's result, which is one too), against V8's async generators.
const { Readable } = require('stream');

async function probe(label, mk) {
  const it = mk()[Symbol.asyncIterator]();
  const order = [];
  let p = Promise.resolve();
  for (let i = 0; i < 30; i++) {
    const k = i;
    p = p.then(() => order.push(k));
  }
  await it.next();
  order.push('N1');
  await new Promise((r) => setImmediate(r));
  let q = Promise.resolve();
  for (let i = 0; i < 30; i++) {
    const k = i;
    q = q.then(() => order.push('b' + k));
  }
  await it.return();
  order.push('R');
  await new Promise((r) => setImmediate(r));
  console.log(label, order.join(' '));
}

(async () => {
  await probe('filter', () => Readable.from([1, 2, 3]).filter((x) => true));
  await probe('from', () => Readable.from([1, 2, 3]));
  await probe('pushed', () => {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a');
    r.push('b');
    return r;
  });
})();
