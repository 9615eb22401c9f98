'use strict';
// Byte streams: BYOB readers and requests, buffer transfer (detach), autoAllocateChunkSize,
// respondWithNewView, min, partial reads, close with pending reads, byte tee, Blob.stream().
const log = (...a) => console.log(...a);
const show = (r) => `${r.done ? 'done' : 'value'} ${r.value === undefined ? 'undefined' : `${r.value.constructor.name}[${Array.from(r.value).join(',')}] off=${r.value.byteOffset} buf=${r.value.buffer.byteLength}`}`;

async function byob() {
  log('byob read with byobRequest.respond');
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('  pull view', req.view.constructor.name, req.view.byteOffset, req.view.byteLength, 'desired', c.desiredSize);
      for (let i = 0; i < 3; i++) req.view[i] = 10 * n + i;
      n++;
      req.respond(3);
      log('  after respond view', req.view);
      if (n === 2) c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new ArrayBuffer(8);
  const view = new Uint8Array(buf, 1, 5);
  const r1 = await reader.read(view);
  log('  ', show(r1), 'original detached len', buf.byteLength, view.byteLength);
  const r2 = await reader.read(new Uint16Array(4));
  log('  ', show(r2));
  const r3 = await reader.read(new Uint8Array(2));
  log('  ', show(r3));
}

async function enqueueToByob() {
  log('enqueue fills byob reads');
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4));
  const chunk = new Uint8Array([1, 2, 3, 4, 5, 6]);
  ctrl.enqueue(chunk);
  log('  chunk detached', chunk.byteLength, chunk.buffer.byteLength);
  log('  ', show(await p));
  log('  ', show(await reader.read(new Uint8Array(4))));
  log('  queued then read with min');
  ctrl.enqueue(new Uint8Array([7]));
  const pm = reader.read(new Uint8Array(4), { min: 3 });
  ctrl.enqueue(new Uint8Array([8, 9]));
  log('  ', show(await pm));
  log('  int32 partial');
  const pi = reader.read(new Int32Array(2));
  ctrl.enqueue(new Uint8Array([1, 0, 0]));
  ctrl.enqueue(new Uint8Array([0, 2, 0, 0]));
  log('  ', show(await pi));
  ctrl.close();
  log('  ', show(await reader.read(new Uint8Array(1))));
  log('  ', show(await reader.read(new Uint8Array(1))));
}

async function defaultReaderOnBytes() {
  log('default reader on byte stream, autoAllocateChunkSize');
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const v = c.byobRequest.view;
      log('  auto view', v.constructor.name, v.byteLength);
      v[0] = 42;
      c.byobRequest.respond(1);
      c.close();
    },
  });
  const reader = rs.getReader();
  log('  ', show(await reader.read()));
  log('  ', show(await reader.read()));
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
  const r2 = rs2.getReader();
  log('  ', show(await r2.read()), show(await r2.read()));
}

async function newView() {
  log('respondWithNewView');
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const nv = new Uint8Array(v.buffer, v.byteOffset, 2);
      nv.set([5, 6]);
      c.byobRequest.respondWithNewView(nv);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log('  ', show(await reader.read(new Uint8Array(4))));
  const rs2 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      try { c.byobRequest.respondWithNewView(new Uint8Array(2)); } catch (e) { log('  ', e.name, e.code, e.message); }
      try { c.byobRequest.respond(100); } catch (e) { log('  ', e.name, e.code, e.message); }
      try { c.byobRequest.respond(0); } catch (e) { log('  ', e.name, e.code, e.message); }
      c.error(new Error('done'));
    },
  });
  try { await rs2.getReader({ mode: 'byob' }).read(new Uint8Array(4)); } catch (e) { log('  ', e.message); }
}

async function errorsAndArgs() {
  log('byte errors');
  const rs = new ReadableStream({ type: 'bytes' });
  const reader = rs.getReader({ mode: 'byob' });
  for (const args of [[], [new ArrayBuffer(2)], [new Uint8Array(0)], [new Uint8Array(2), { min: 0 }],
    [new Uint8Array(2), { min: 3 }], [new Uint8Array(2), { min: 1.5 }], [new Uint8Array(2), { min: '1' }],
    [new DataView(new ArrayBuffer(2)), { min: 3 }]]) {
    try { await reader.read(...args); } catch (e) { log('  ', e.name, e.code, e.message); }
  }
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { log('  ', e.name, e.code, e.message.split('.')[0]); }
  try { rs.getReader({ mode: 'nope' }); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { log('  ', e.name, e.code); }
  try { new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }); } catch (e) { log('  ', e.name, e.code, e.message); }
  let ctrl;
  new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  for (const chunk of [undefined, 'str', new Uint8Array(0)]) {
    try { ctrl.enqueue(chunk); } catch (e) { log('  ', e.name, e.code, e.message); }
  }
  ctrl.close();
  try { ctrl.close(); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { ctrl.enqueue(new Uint8Array(1)); } catch (e) { log('  ', e.name, e.code, e.message); }
  log('  byobRequest null', ctrl.byobRequest);
  try { new ReadableStreamBYOBRequest(); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { new ReadableByteStreamController(); } catch (e) { log('  ', e.name, e.code, e.message); }
  const r2 = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const pending = r2.read(new Uint8Array(1));
  r2.releaseLock();
  try { await pending; } catch (e) { log('  released', e.code, e.message); }
  try { await r2.read(new Uint8Array(1)); } catch (e) { log('  ', e.code, e.message); }
}

async function cancelByob() {
  log('cancel with pending byob read');
  const rs = new ReadableStream({ type: 'bytes', cancel(r) { log('  cancel', r); } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(3));
  await reader.cancel('stop');
  log('  ', show(await p));
}

async function byteTee() {
  log('byte tee');
  let i = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      if (i === 3) { c.close(); c.byobRequest?.respond(0); return; }
      c.enqueue(new Uint8Array([i, i + 1]));
      i++;
    },
  });
  const [a, b] = rs.tee();
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader();
  log('  a', show(await ra.read(new Uint8Array(4))));
  log('  b', show(await rb.read()));
  log('  b', show(await rb.read()));
  log('  a', show(await ra.read(new Uint8Array(1))));
  log('  a', show(await ra.read(new Uint8Array(4))));
  const rest = [];
  for (;;) { const r = await rb.read(); rest.push(show(r)); if (r.done) break; }
  log('  b rest', rest.join(' | '));
  for (;;) { const r = await ra.read(new Uint8Array(4)); log('  a', show(r)); if (r.done) break; }
}

async function blob() {
  log('Blob.stream()');
  const b = new Blob(['hello ', 'wörld']);
  const s = b.stream();
  log('  ', s);
  const chunks = [];
  for await (const c of s) chunks.push(c.constructor.name + ':' + c.byteLength);
  log('  ', chunks);
  log('  ', new TextDecoder().decode(new Uint8Array(await new Response0(b.stream()).bytes())));
  const r = b.stream().getReader({ mode: 'byob' });
  log('  ', show(await r.read(new Uint8Array(3))));
  log('  empty', await new Blob([]).stream().getReader().read());
  const nested = new Blob(['ab', new Blob(['cd', 'ef']), new Uint8Array([1, 2])]);
  for await (const c of nested.stream()) log('  part', c);
  for await (const c of nested.slice(1, 5).stream()) log('  slice part', c);
  const rn = nested.stream().getReader({ mode: 'byob' });
  log('  ', show(await rn.read(new Uint8Array(1))), show(await rn.read(new Uint8Array(10))),
      show(await rn.read(new Uint8Array(10))));
  const canceled = nested.stream();
  const rc = canceled.getReader();
  log('  ', show(await rc.read()));
  await rc.cancel('enough');
  log('  after cancel', await rc.read());
}

// A tiny reader of a whole stream (Response is not in scope of web streams).
class Response0 {
  constructor(stream) { this.stream = stream; }
  async bytes() {
    const parts = [];
    for await (const c of this.stream) parts.push(...c);
    return parts;
  }
}

(async () => {
  await byob();
  await enqueueToByob();
  await defaultReaderOnBytes();
  await newView();
  await errorsAndArgs();
  await cancelByob();
  await byteTee();
  await blob();
})();
