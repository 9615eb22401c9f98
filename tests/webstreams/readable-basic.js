'use strict';
// ReadableStream default controller: start/pull/cancel ordering, queue, desiredSize, close and
// error paths, reader lock/release.
const log = (...a) => console.log(...a);

async function basic() {
  let ctrl;
  const rs = new ReadableStream({
    start(c) { ctrl = c; log('start', c.desiredSize); c.enqueue('a'); log('after enqueue', c.desiredSize); },
    pull(c) { log('pull', c.desiredSize); },
    cancel(r) { log('cancel', r); },
  }, { highWaterMark: 2 });
  log('locked', rs.locked);
  const reader = rs.getReader();
  log('locked', rs.locked);
  log(await reader.read());
  ctrl.enqueue('b');
  ctrl.enqueue('c');
  log('desired', ctrl.desiredSize);
  log(await reader.read(), await reader.read());
  ctrl.close();
  log('desired after close', ctrl.desiredSize);
  log(await reader.read());
  await reader.closed;
  log('closed resolved');
  try { ctrl.enqueue('x'); } catch (e) { log(e.name, e.code, e.message); }
  try { ctrl.close(); } catch (e) { log(e.name, e.code, e.message); }
  reader.releaseLock();
  log('locked', rs.locked);
  try { await reader.read(); } catch (e) { log(e.name, e.code, e.message); }
  try { await reader.closed; } catch (e) { log('closed', e.code, e.message); }
}

async function errors() {
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const reader = rs.getReader();
  const p = reader.read();
  ctrl.error(new Error('boom'));
  try { await p; } catch (e) { log('read rejected', e.message); }
  try { await reader.closed; } catch (e) { log('closed rejected', e.message); }
  log('desired', ctrl.desiredSize);
  ctrl.error(new Error('again'));
  try { await reader.read(); } catch (e) { log('read again', e.message); }
  log('cancel errored', await rs.cancel().catch((e) => 'locked: ' + e.message));
  reader.releaseLock();
  try { await rs.cancel(); } catch (e) { log('cancel errored stream', e.message); }
}

async function startThrows() {
  try {
    new ReadableStream({ start() { throw new Error('start failed'); } });
  } catch (e) { log('ctor threw', e.message); }
  const rs = new ReadableStream({ start() { return Promise.reject(new Error('async start failed')); } });
  try { await rs.getReader().read(); } catch (e) { log('read after start reject', e.message); }
  const rs2 = new ReadableStream({ pull() { throw new Error('pull failed'); } });
  try { await rs2.getReader().read(); } catch (e) { log('read after pull throw', e.message); }
}

async function cancelPaths() {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); },
    cancel(reason) { log('source cancel', reason); return new Promise((r) => setTimeout(() => { log('cancel done'); r('ignored'); }, 1)); },
  });
  const reader = rs.getReader();
  const pending = [];
  log(await reader.read());
  log('cancel result', await reader.cancel('why'));
  log(await reader.read());
  await reader.closed;
  log('closed after cancel');
  const rs2 = new ReadableStream({ cancel() { throw new Error('cancel throws'); } });
  try { await rs2.cancel(); } catch (e) { log('cancel rejected', e.message); }
  const rs3 = new ReadableStream();
  const r3 = rs3.getReader();
  const reads = [r3.read(), r3.read()];
  r3.releaseLock();
  for (const p of reads) { try { await p; } catch (e) { log('pending read', e.code, e.message); } }
  log(pending.length);
}

async function sizes() {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('abc');
      log('desired', c.desiredSize);
      c.enqueue('de');
      log('desired', c.desiredSize);
      try { c.enqueue(-1); } catch (e) { log(e.name, e.code, e.message); }
      log('desired after bad size', c.desiredSize);
    },
  }, { highWaterMark: 10, size(chunk) { return typeof chunk === 'string' ? chunk.length : NaN; } });
  try { await rs.getReader().read(); } catch (e) { log('errored by size', e.code); }
}

(async () => {
  await basic();
  await errors();
  await startThrows();
  await cancelPaths();
  await sizes();
})();
