'use strict';
// Edge cases: highWaterMark Infinity and 0, BYOB responses after close, partial reads of
// multi-byte views, reads of a closing byte stream smaller than a view element.
const log = console.log;
let n = 0;
(async () => {
  let ctrl;
  // hwm Infinity
  const inf = new ReadableStream({ pull(c) { c.enqueue(1); if (c.desiredSize === Infinity) log('inf desired'); if (++n > 3) c.close(); } }, { highWaterMark: Infinity });
  n = 0;
  await new Promise((r) => setTimeout(r, 5));
  log('n', n);
  // writable hwm 0
  const ws = new WritableStream({ write(c) { log('w', c); } }, { highWaterMark: 0 });
  const w = ws.getWriter();
  log('desired0', w.desiredSize);
  let ready = false; w.ready.then(() => { ready = true; });
  await null; await null; await null;
  log('ready0', ready);
  await w.write('x');
  log('desired after', w.desiredSize);
  // enqueue on byob with autoAllocate and respondWithNewView on closed
  const rs3 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r3 = rs3.getReader({ mode: 'byob' });
  const p3 = r3.read(new Uint8Array(4));
  ctrl.close();
  const rq = ctrl.byobRequest;
  try { rq.respond(1); } catch (e) { log(e.name, e.code, e.message); }
  try { rq.respondWithNewView(new Uint8Array(rq.view.buffer, 0, 1)); } catch (e) { log(e.name, e.code, e.message); }
  rq.respondWithNewView(new Uint8Array(rq.view.buffer, 0, 0));
  log(await p3);
  try { rq.respond(0); } catch (e) { log(e.name, e.code, e.message); }
  // partial read close error
  const rs4 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r4 = rs4.getReader({ mode: 'byob' });
  const p4 = r4.read(new Uint16Array(2)).catch((e) => log('p4', e.name, e.code, e.message));
  ctrl.byobRequest.view[0] = 1;
  ctrl.byobRequest.respond(1);
  try { ctrl.close(); } catch (e) { log(e.name, e.code, e.message); }
  await p4;
  // enqueue then close with pending byob bigger than queue
  const rs5 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  const r5 = rs5.getReader({ mode: 'byob' });
  log(await r5.read(new Uint8Array(3)));
  log(await r5.read(new Uint8Array(3)));
  const rs6 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  try { await rs6.getReader({ mode: 'byob' }).read(new Uint16Array(1)); } catch (e) { log(e.name, e.code, e.message); }
})();
