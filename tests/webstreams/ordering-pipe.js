'use strict';
// Exact interleaving of pipeTo, pipeThrough, tee, async iteration and BYOB reads with
// plain microtasks, ticks, and each other.
const log = (m) => console.log(m);

function ticker(name, n) {
  let i = 0;
  const step = () => { log(`${name} ${i}`); if (++i < n) Promise.resolve().then(step); };
  Promise.resolve().then(step);
}
const settle = () => new Promise((r) => setTimeout(r, 5));

async function pipeOrder() {
  log('--- pipeTo');
  const rs = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); log('rs start'); },
  });
  const ws = new WritableStream({
    start() { log('ws start'); },
    write(chunk) { log('ws write ' + chunk); },
    close() { log('ws close'); },
  });
  ticker('t', 25);
  rs.pipeTo(ws).then(() => log('pipe resolved'));
  await settle();
}

async function pipeThroughOrder() {
  log('--- pipeThrough');
  const rs = ReadableStream.from(['x', 'y']);
  const ts = new TransformStream({ transform(c, ctl) { log('transform ' + c); ctl.enqueue(c); } });
  ticker('t', 30);
  const out = rs.pipeThrough(ts);
  const reader = out.getReader();
  for (;;) {
    const r = await reader.read();
    log('read ' + r.value + ' ' + r.done);
    if (r.done) break;
  }
  await settle();
}

async function teeOrder() {
  log('--- tee');
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  const [a, b] = rs.tee();
  const ra = a.getReader();
  const rb = b.getReader();
  ticker('t', 16);
  process.nextTick(() => log('tick'));
  ra.read().then((r) => log('a ' + r.value));
  rb.read().then((r) => log('b ' + r.value));
  ra.read().then((r) => log('a ' + r.value));
  ra.read().then((r) => log('a done ' + r.done));
  rb.read().then((r) => log('b ' + r.value));
  rb.read().then((r) => log('b done ' + r.done));
  ra.closed.then(() => log('a closed'));
  rb.closed.then(() => log('b closed'));
  await settle();
}

async function iterOrder() {
  log('--- iteration');
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  ticker('t', 12);
  (async () => {
    for await (const x of rs) log('iter ' + x);
    log('iter end');
  })();
  await settle();
}

async function byobOrder() {
  log('--- byob');
  let ctrl;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { ctrl = c; },
    pull(c) { log('pull ' + (c.byobRequest ? c.byobRequest.view.byteLength : 'none')); },
  });
  const r = rs.getReader({ mode: 'byob' });
  ticker('t', 10);
  r.read(new Uint8Array(2)).then((x) => log('read1 ' + Array.from(x.value)));
  r.read(new Uint8Array(2)).then((x) => log('read2 ' + Array.from(x.value)));
  Promise.resolve().then(() => { ctrl.enqueue(new Uint8Array([1, 2, 3])); log('enqueued'); });
  await settle();
}

async function cancelOrder() {
  log('--- cancel and abort');
  const rs = new ReadableStream({ cancel() { log('source cancel'); } });
  const reader = rs.getReader();
  ticker('t', 8);
  reader.read().then((r) => log('read ' + r.done));
  reader.closed.then(() => log('closed'));
  reader.cancel().then(() => log('cancel resolved'));
  await settle();
  const ws = new WritableStream({ abort() { log('sink abort'); } });
  const w = ws.getWriter();
  ticker('u', 8);
  w.closed.catch(() => log('w closed rejected'));
  w.ready.catch(() => log('w ready rejected'));
  w.abort('x').then(() => log('abort resolved'));
  await settle();
}

async function fromOrder() {
  log('--- from');
  const r0 = ReadableStream.from(['x', 'y']).getReader();
  ticker('s', 16);
  for (;;) { const r = await r0.read(); log('read ' + r.value + ' ' + r.done); if (r.done) break; }
  await settle();
  function* g() { try { yield 1; yield 2; } finally { log('finally'); } }
  const r1 = ReadableStream.from(g()).getReader();
  log('read ' + (await r1.read()).value);
  ticker('t', 10);
  r1.cancel('c').then(() => log('cancel resolved'));
  await settle();
  ticker('u', 6);
  ReadableStream.from([1, 2]).cancel('c').then(() => log('cancel unstarted resolved'));
  await settle();
  const r3 = ReadableStream.from({ [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } }).getReader();
  await r3.read();
  ticker('v', 8);
  r3.cancel('c').then(() => log('cancel without return resolved'));
  await settle();
  const r4 = ReadableStream.from([Promise.resolve('p'), 'q']).getReader();
  ticker('w', 10);
  r4.read().then((x) => log('r4 ' + x.value));
  r4.read().then((x) => log('r4 ' + x.value));
  await settle();
}

(async () => {
  await fromOrder();
  await pipeOrder();
  await pipeThroughOrder();
  await teeOrder();
  await iterOrder();
  await byobOrder();
  await cancelOrder();
})();
