'use strict';
// Long queues: thousands of chunks queued in a readable stream, thousands of read requests
// waiting on a reader, and thousands of writes queued in a writable stream, drained or
// rejected in order.
const { ReadableStream, WritableStream } = require('stream/web');

async function drainReadable(n) {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: 10 });
  for (let i = 0; i < n; i++) controller.enqueue(i);
  console.log('desiredSize after enqueue', controller.desiredSize);
  controller.close();
  const reader = rs.getReader();
  let expected = 0;
  let outOfOrder = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (value !== expected) outOfOrder++;
    expected++;
    if (expected === n / 2) console.log('desiredSize half way', controller.desiredSize);
  }
  console.log('readable read', expected, 'out of order', outOfOrder);
}

async function drainBytes(n) {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  for (let i = 0; i < n; i++) controller.enqueue(new Uint8Array([i & 0xff, (i >> 8) & 0xff]));
  controller.close();
  const reader = rs.getReader({ mode: 'byob' });
  let total = 0;
  let sum = 0;
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(3));
    if (done) break;
    total += value.byteLength;
    for (let i = 0; i < value.byteLength; i++) sum += value[i];
  }
  console.log('bytes read', total, 'sum', sum);
}

async function queuedWrites(n) {
  const seen = [];
  let release;
  const ws = new WritableStream({
    write(chunk) {
      seen.push(chunk);
      if (chunk === 0) return new Promise((resolve) => { release = resolve; });
      return undefined;
    },
  });
  const writer = ws.getWriter();
  const results = [];
  for (let i = 0; i < n; i++) writer.write(i).then(() => results.push('ok'), (e) => results.push(e.message));
  console.log('desiredSize with writes queued', writer.desiredSize);
  await null;
  writer.releaseLock();
  const w2 = ws.getWriter();
  w2.abort(new Error('stopped'));
  release();
  await w2.closed.catch((e) => console.log('closed rejected', e.message));
  const counts = {};
  for (const r of results) counts[r] = (counts[r] || 0) + 1;
  console.log('writes run', seen.length, 'results', JSON.stringify(counts));
}

async function allWrites(n) {
  let sum = 0;
  const ws = new WritableStream({ write(chunk) { sum += chunk; } });
  const writer = ws.getWriter();
  for (let i = 0; i < n; i++) writer.write(i);
  await writer.close();
  console.log('writes summed', sum);
}

async function pendingReads(n) {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const reads = [];
  for (let i = 0; i < n; i++) reads.push(reader.read());
  for (let i = 0; i < n / 2; i++) controller.enqueue(i);
  const got = await Promise.all(reads.slice(0, n / 2));
  let outOfOrder = 0;
  for (let i = 0; i < got.length; i++) if (got[i].value !== i) outOfOrder++;
  console.log('pending reads fulfilled', got.length, 'out of order', outOfOrder);
  reader.releaseLock();
  const order = [];
  await Promise.all(reads.slice(n / 2).map((p, i) => p.catch((e) => order.push(i) && e.code)));
  let sorted = true;
  for (let i = 0; i < order.length; i++) if (order[i] !== i) sorted = false;
  console.log('pending reads rejected on release', order.length, 'in order', sorted);
}

async function pendingByobReads(n) {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const reads = [];
  for (let i = 0; i < n; i++) reads.push(reader.read(new Uint8Array(1)));
  controller.enqueue(new Uint8Array([7]));
  await reader.cancel('enough');
  const results = await Promise.all(reads);
  console.log('byob reads', results.length, 'first', JSON.stringify(results[0]),
              'then done', results.slice(1).every((r) => r.done && r.value === undefined));
}

(async () => {
  await drainReadable(5000);
  await pendingReads(4000);
  await pendingByobReads(2000);
  await drainBytes(3000);
  await queuedWrites(3000);
  await allWrites(5000);
})();
