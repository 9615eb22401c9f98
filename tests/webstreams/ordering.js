'use strict';
// Exact interleaving of stream promise callbacks with plain microtasks and ticks.
const log = (m) => console.log(m);

function ticker(name, n) {
  let i = 0;
  const step = () => { log(`${name} tick ${i}`); if (++i < n) Promise.resolve().then(step); };
  Promise.resolve().then(step);
}

async function readOrdering() {
  log('--- read ordering');
  const rs = new ReadableStream({
    start(c) { log('start'); c.enqueue(1); },
    pull(c) { log('pull ' + c.desiredSize); c.enqueue(2); },
  });
  const reader = rs.getReader();
  ticker('t', 6);
  reader.read().then((r) => log('read1 ' + r.value));
  reader.read().then((r) => log('read2 ' + r.value));
  reader.closed.then(() => log('closed'));
  process.nextTick(() => log('nextTick'));
  await new Promise((r) => setTimeout(r, 5));
}

async function asyncStart() {
  log('--- async start');
  const rs = new ReadableStream({
    async start() { log('start'); await null; log('start resumed'); },
    pull() { log('pull'); },
  });
  ticker('t', 8);
  rs.getReader().read().then(() => log('never'));
  await new Promise((r) => setTimeout(r, 5));
}

async function pullPromise() {
  log('--- pull returns promise');
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      log('pull ' + n);
      return Promise.resolve().then(() => { c.enqueue(n++); if (n === 3) c.close(); });
    },
  }, { highWaterMark: 0 });
  const reader = rs.getReader();
  ticker('t', 10);
  for (;;) {
    const { value, done } = await reader.read();
    log('got ' + value + ' ' + done);
    if (done) break;
  }
}

async function writeOrdering() {
  log('--- write ordering');
  const ws = new WritableStream({
    start() { log('sink start'); },
    write(chunk) { log('sink write ' + chunk); },
    close() { log('sink close'); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  ticker('t', 10);
  log('desired ' + w.desiredSize);
  w.write('a').then(() => log('write a done'));
  log('desired ' + w.desiredSize);
  w.write('b').then(() => log('write b done'));
  log('desired ' + w.desiredSize);
  w.ready.then(() => log('ready'));
  w.close().then(() => log('close done'));
  w.closed.then(() => log('closed'));
  await new Promise((r) => setTimeout(r, 5));
}

async function transformOrdering() {
  log('--- transform ordering');
  const ts = new TransformStream({
    start() { log('ts start'); },
    transform(chunk, c) { log('transform ' + chunk); c.enqueue(chunk.toUpperCase()); },
    flush() { log('flush'); },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  ticker('t', 14);
  w.write('x').then(() => log('write x done'));
  w.write('y').then(() => log('write y done'));
  w.close().then(() => log('close done'));
  r.read().then((v) => log('read ' + v.value));
  r.read().then((v) => log('read ' + v.value));
  r.read().then((v) => log('read done ' + v.done));
  await new Promise((r) => setTimeout(r, 5));
}

(async () => {
  await readOrdering();
  await asyncStart();
  await pullPromise();
  await writeOrdering();
  await transformOrdering();
})();
