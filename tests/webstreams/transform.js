'use strict';
// TransformStream: transform/flush/cancel, terminate, error, backpressure, desiredSize,
// strategies, start returning a promise, identity transform.
const log = (...a) => console.log(...a);

async function drain(readable) {
  const out = [];
  try {
    for await (const x of readable) out.push(x);
  } catch (e) {
    out.push('ERR:' + e.message);
  }
  return out.join(',');
}

(async () => {
  log('identity');
  {
    const ts = new TransformStream();
    const w = ts.writable.getWriter();
    w.write('a');
    w.write('b');
    w.close();
    log('  ', await drain(ts.readable));
  }
  log('transform with flush enqueue');
  {
    const ts = new TransformStream({
      transform(chunk, c) { c.enqueue(chunk * 2); c.enqueue(chunk * 3); },
      flush(c) { log('  flush desired', c.desiredSize); c.enqueue('end'); },
    });
    const w = ts.writable.getWriter();
    [1, 2].forEach((x) => w.write(x));
    w.close();
    log('  ', await drain(ts.readable));
  }
  log('async transform and start');
  {
    const ts = new TransformStream({
      async start() { log('  start'); await null; log('  start done'); },
      async transform(chunk, c) { await new Promise((r) => setTimeout(r, 1)); c.enqueue(chunk + '!'); },
    });
    const w = ts.writable.getWriter();
    w.write('x').then(() => log('  write x resolved'));
    w.close().then(() => log('  close resolved'));
    log('  ', await drain(ts.readable));
  }
  log('transform throws');
  {
    const ts = new TransformStream({
      transform(chunk) { throw new Error('bad chunk ' + chunk); },
    });
    const w = ts.writable.getWriter();
    const wp = w.write(1).catch((e) => log('  write rejected', e.message));
    log('  ', await drain(ts.readable));
    await wp;
    try { await w.closed; } catch (e) { log('  writer closed', e.message); }
  }
  log('flush throws');
  {
    const ts = new TransformStream({ flush() { throw new Error('flush failed'); } });
    const w = ts.writable.getWriter();
    const cp = w.close().catch((e) => log('  close rejected', e.message));
    log('  ', await drain(ts.readable));
    await cp;
  }
  log('terminate');
  {
    const ts = new TransformStream({
      transform(chunk, c) { c.enqueue(chunk); if (chunk === 2) c.terminate(); },
    });
    const w = ts.writable.getWriter();
    w.write(1);
    w.write(2).then(() => log('  write 2 ok'));
    w.write(3).catch((e) => log('  write 3', e.code, e.message));
    log('  ', await drain(ts.readable));
    try { await w.closed; } catch (e) { log('  closed', e.message); }
  }
  log('controller.error');
  {
    let ctrl;
    const ts = new TransformStream({ start(c) { ctrl = c; } });
    ctrl.error(new Error('ts error'));
    try { ctrl.enqueue(1); } catch (e) { log('  enqueue after error', e.name, e.code, e.message); }
    log('  ', await drain(ts.readable));
    try { await ts.writable.getWriter().write(1); } catch (e) { log('  write', e.message); }
  }
  log('readable cancel runs transformer.cancel');
  {
    const ts = new TransformStream({
      cancel(reason) { log('  transformer cancel', reason); },
      flush() { log('  flush (should not run)'); },
    });
    const w = ts.writable.getWriter();
    await ts.readable.cancel('no more');
    try { await w.write(1); } catch (e) { log('  write after cancel', e); }
  }
  log('writable abort runs transformer.cancel');
  {
    const ts = new TransformStream({ cancel(reason) { log('  transformer cancel', reason); } });
    const r = ts.readable.getReader();
    await ts.writable.abort('abort reason');
    try { await r.read(); } catch (e) { log('  read after abort', e); }
  }
  log('backpressure');
  {
    const ts = new TransformStream({
      transform(chunk, c) { log('  transform', chunk, 'desired', c.desiredSize); c.enqueue(chunk); },
    }, { highWaterMark: 2 }, { highWaterMark: 1 });
    const w = ts.writable.getWriter();
    log('  writer desired', w.desiredSize);
    for (let i = 0; i < 4; i++) w.write(i).then(() => log('  write done', i));
    log('  writer desired', w.desiredSize);
    await new Promise((r) => setTimeout(r, 2));
    log('  writer desired after settle', w.desiredSize, ts);
    const r = ts.readable.getReader();
    for (let i = 0; i < 4; i++) log('  read', (await r.read()).value);
    await new Promise((r) => setTimeout(r, 2));
    log('  writer desired end', w.desiredSize);
  }
  log('strategies with size');
  {
    const ts = new TransformStream({}, { highWaterMark: 10, size: (c) => c.length }, new ByteLengthQueuingStrategy({ highWaterMark: 4 }));
    const w = ts.writable.getWriter();
    w.write(new Uint8Array(4));
    log('  desired', w.desiredSize);
    await new Promise((r) => setTimeout(r, 2));
    log('  after transform', w.desiredSize, ts.readable);
  }
  log('bad arguments');
  for (const args of [[null], [1], [{ readableType: 'bytes' }], [{ writableType: 'x' }], [{}, 5], [{}, {}, 'x'],
    [{}, { highWaterMark: -1 }], [{}, {}, { highWaterMark: NaN }], [{}, { size: 1 }], [{ transform: 3 }], [{ flush: {} }]]) {
    try { new TransformStream(...args); log('  ok'); } catch (e) { log('  ', e.name, e.code, e.message); }
  }
  try { new TransformStreamDefaultController(); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}); } catch (e) { log('  ', e.name, e.code, e.message); }
})();
