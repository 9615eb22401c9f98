'use strict';
// WritableStream: writer, controller, backpressure and ready, desiredSize, close, abort,
// controller.error and signal, errors after close, release.
const log = (...a) => console.log(...a);
const later = () => new Promise((r) => setTimeout(r, 2));

async function backpressure() {
  log('backpressure');
  const resolvers = [];
  const ws = new WritableStream({
    write(chunk) { log('  sink write', chunk); return new Promise((r) => resolvers.push(r)); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  log('  desired', w.desiredSize);
  const writes = ['a', 'b', 'c'].map((x) => w.write(x).then(() => log('  write done', x)));
  log('  desired', w.desiredSize);
  let ready = false;
  w.ready.then(() => { ready = true; log('  ready resolved'); });
  await later();
  log('  ready?', ready);
  while (resolvers.length) { resolvers.shift()(); await later(); log('  desired', w.desiredSize); }
  await Promise.all(writes);
  await w.close();
  log('  desired after close', w.desiredSize);
}

async function byteLength() {
  log('byte length strategy');
  const ws = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  const w = ws.getWriter();
  w.write(new Uint8Array(4));
  log('  desired', w.desiredSize);
  w.write(new Uint8Array(8));
  log('  desired', w.desiredSize);
  await w.ready;
  log('  desired', w.desiredSize);
}

async function abortPaths() {
  log('abort while writing');
  let finishWrite;
  let ctrl;
  const ws = new WritableStream({
    start(c) { ctrl = c; },
    write() { log('  sink write'); return new Promise((r) => { finishWrite = r; }); },
    abort(reason) { log('  sink abort', reason); },
    close() { log('  sink close (never)'); },
  });
  ctrl.signal.addEventListener('abort', () => log('  signal abort', ctrl.signal.reason));
  const w = ws.getWriter();
  const p1 = w.write(1).then(() => log('  write1 ok'), (e) => log('  write1 err', e));
  const p2 = w.write(2).then(() => log('  write2 ok'), (e) => log('  write2 err', e));
  await later();
  const pa = w.abort('stop!').then(() => log('  abort resolved'));
  log('  desired while erroring', w.desiredSize);
  const pa2 = w.abort('again').then(() => log('  second abort resolved'));
  w.closed.catch((e) => log('  closed rejected', e));
  w.ready.catch((e) => log('  ready rejected', e));
  finishWrite();
  await Promise.all([p1, p2, pa, pa2]);
  log('  state', ws);
  try { await w.write(3); } catch (e) { log('  write after abort', e); }
  try { await w.close(); } catch (e) { log('  close after abort', e.name, e.code, e.message); }
  log('  abort after errored', await w.abort('x'));
}

async function closePaths() {
  log('close paths');
  const ws = new WritableStream({ close() { log('  sink close'); } });
  const w = ws.getWriter();
  const c = w.close();
  try { await w.write('late'); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { await w.close(); } catch (e) { log('  ', e.name, e.code, e.message); }
  await c;
  log('  closed state', ws);
  try { await w.close(); } catch (e) { log('  ', e.name, e.code, e.message); }
  w.releaseLock();
  try { await ws.close(); } catch (e) { log('  ', e.name, e.code, e.message); }
  log('  abort closed', await ws.abort());
  const ws2 = new WritableStream({ close() { throw new Error('close failed'); } });
  try { await ws2.close(); } catch (e) { log('  ', e.message); }
  log('  ', ws2);
}

async function controllerError() {
  log('controller.error');
  let ctrl;
  const ws = new WritableStream({
    start(c) { ctrl = c; },
    write(chunk) { log('  write', chunk); },
    abort() { log('  abort called (should not)'); },
  });
  const w = ws.getWriter();
  await w.write('x');
  ctrl.error(new Error('ctrl boom'));
  ctrl.error(new Error('ignored'));
  try { await w.write('y'); } catch (e) { log('  write', e.message); }
  try { await w.closed; } catch (e) { log('  closed', e.message); }
  log('  desired', w.desiredSize);
  const ws2 = new WritableStream({ write() { throw new Error('write throws'); } });
  const w2 = ws2.getWriter();
  const r = await Promise.allSettled([w2.write(1), w2.write(2), w2.close()]);
  log('  ', r.map((x) => x.status + ':' + x.reason.message));
  try {
    new WritableStream({ start() { throw new Error('start throws'); } });
  } catch (e) { log('  ctor', e.message); }
}

async function startAsync() {
  log('start async rejects');
  const ws = new WritableStream({ start() { return Promise.reject(new Error('late start fail')); } });
  const w = ws.getWriter();
  const wp = w.write(1);
  try { await wp; } catch (e) { log('  write', e.message); }
  try { await w.ready; } catch (e) { log('  ready', e.message); }
}

async function release() {
  log('release');
  const ws = new WritableStream();
  const w = ws.getWriter();
  try { ws.getWriter(); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { await ws.abort(); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { await ws.close(); } catch (e) { log('  ', e.name, e.code, e.message); }
  w.releaseLock();
  w.releaseLock();
  try { await w.write(1); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { await w.closed; } catch (e) { log('  closed', e.message); }
  try { await w.ready; } catch (e) { log('  ready', e.message); }
  try { log(w.desiredSize); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { await w.abort(); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { await w.close(); } catch (e) { log('  ', e.name, e.code, e.message); }
  const w2 = ws.getWriter();
  log('  new writer desired', w2.desiredSize);
}

async function sizeErrors() {
  log('size errors');
  const ws = new WritableStream({}, { size() { throw new Error('size throws'); } });
  const w = ws.getWriter();
  try { await w.write(1); } catch (e) { log('  ', e.message); }
  const ws2 = new WritableStream({}, { size() { return -1; }, highWaterMark: 5 });
  try { await ws2.getWriter().write(1); } catch (e) { log('  ', e.name, e.code, e.message); }
}

(async () => {
  await backpressure();
  await byteLength();
  await abortPaths();
  await closePaths();
  await controllerError();
  await startAsync();
  await release();
  await sizeErrors();
})();
