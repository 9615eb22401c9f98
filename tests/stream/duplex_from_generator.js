'use strict';
// Duplex.from(async generator function): the order of write callbacks, data and the generator's
// reads; early return, a throw, overlapping next() calls, pipeline/compose with a generator stage, destroy while it waits.
const { Duplex, Readable, Transform, compose, pipeline, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function ordering(next) {
  const g = Duplex.from(async function* (s) {
    for await (const x of s) { log('gen got', String(x)); yield String(x) + '1'; }
    log('gen end');
  });
  g.on('data', (d) => { log('data', d); process.nextTick(() => log('tick after data', d)); });
  g.on('end', () => log('end'));
  g.on('close', next);
  g.write('a', () => log('cb a')); g.write('b', () => log('cb b')); g.end('c', () => log('cb c'));
}

function earlyReturn(next) {
  const g = Duplex.from(async function* (s) {
    for await (const x of s) { log('first only', String(x)); yield 'x'; break; }
    log('after break');
  });
  g.on('data', (d) => log('data', d));
  g.on('error', (e) => log('error', e.code));
  g.on('close', () => log('close', g.destroyed));
  g.write('a', (err) => {
    log('cb a', err && err.code);
    setImmediate(() => { log('writableLength', g.writableLength, 'destroyed', g.destroyed); next(); });
  });
  g.write('b', (err) => log('cb b', err && err.code));
}

function throws(next) {
  const g = Duplex.from(async function* (s) {
    for await (const x of s) { throw new Error('gen threw on ' + x); }
  });
  g.on('error', (e) => log('error', e.message));
  g.on('close', next);
  g.resume();
  g.write('q');
}

function destroyWhileWaiting(next) {
  let sig;
  const g = Duplex.from(async function* (s, { signal }) {
    sig = signal;
    for await (const x of s) yield x;
  });
  g.resume();
  g.on('close', () => log('destroyed close (Node never gets here: the generator waits for a write)'));
  g.on('error', (e) => log('error', e.message));
  setImmediate(() => { g.destroy(new Error('stop')); log('signal aborted', sig.aborted); });
}

function overlappingNext(next) {
  const g = Duplex.from(async function* (s) {
    const [a, b] = await Promise.all([s.next(), s.next()]);
    log('got', a, b);
    yield 'done';
  });
  g.on('error', (e) => log('error', e.code, e.message));
  g.on('data', (x) => log('data', x));
  g.on('end', () => setImmediate(next));
  g.write('a', (e) => log('cb a', e && e.code));
  g.write('b', (e) => log('cb b', e && e.code));
  g.end();
}

function composed(next) {
  const c = compose(async function* (s) { for await (const x of s) yield String(x) + '1'; },
    new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '2'); } }));
  c.on('data', (d) => log('compose data', String(d)));
  c.on('end', () => log('compose end'));
  c.on('close', next);
  c.write('a'); c.end('b');
}

function piped(next) {
  pipeline(Readable.from(['x', 'y']), async function* (s) { for await (const x of s) { log('stage got', x); yield x + '!'; } },
    new PassThrough({ objectMode: true }).on('data', (d) => log('pt data', d)), (err) => { log('pipeline', err); next(); });
}

const steps = [ordering, earlyReturn, throws, overlappingNext, composed, piped, destroyWhileWaiting];
(function run() {
  const step = steps.shift();
  if (step) { log('--', step.name); step(run); }
})();
