'use strict';
// pipeTo / pipeThrough: data flow, close/abort/cancel propagation, prevent* options, signal.
const log = (...a) => console.log(...a);

function source(chunks, opts = {}) {
  return new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      if (opts.close !== false) c.close();
      if (opts.error) c.error(opts.error);
    },
    cancel(r) { log('  source cancel:', r instanceof Error ? r.message : r); },
  });
}

function sink(name, opts = {}) {
  const got = [];
  const ws = new WritableStream({
    write(chunk) {
      got.push(chunk);
      if (opts.failOn === chunk) throw new Error('write failed on ' + chunk);
    },
    close() { log(`  ${name} close`, got.join(',')); },
    abort(r) { log(`  ${name} abort:`, r instanceof Error ? r.message : r?.name ?? r); },
  }, opts.strategy);
  return ws;
}

async function run(title, fn) {
  log(title);
  try {
    const r = await fn();
    log('  resolved', r);
  } catch (e) {
    log('  rejected', e.name, e.code ?? '', e.message);
  }
}

(async () => {
  await run('plain', () => source([1, 2, 3]).pipeTo(sink('w')));
  await run('source errors', () => source([1], { close: false, error: new Error('src boom') }).pipeTo(sink('w')));
  await run('source errors preventAbort', () => {
    const ws = sink('w');
    return source([1], { close: false, error: new Error('src boom') }).pipeTo(ws, { preventAbort: true })
      .finally(() => log('  ws state', ws.locked));
  });
  await run('dest errors', () => source([1, 2, 3]).pipeTo(sink('w', { failOn: 2 })));
  await run('dest errors preventCancel', () => source([1, 2, 3], { close: false }).pipeTo(sink('w', { failOn: 1 }), { preventCancel: true }));
  await run('preventClose', async () => {
    const ws = sink('w');
    await source(['a', 'b']).pipeTo(ws, { preventClose: true });
    log('  ws locked after', ws.locked);
    const w = ws.getWriter();
    await w.write('c');
    await w.close();
  });
  await run('dest already closed', async () => {
    const ws = sink('w');
    await ws.close();
    return source([1]).pipeTo(ws);
  });
  await run('signal abort', () => {
    const ac = new AbortController();
    const rs = new ReadableStream({
      pull(c) { c.enqueue('x'); },
      cancel(r) { log('  cancel', r.name, r.message); },
    }, { highWaterMark: 0 });
    const ws = new WritableStream({
      write(chunk) { log('  write', chunk); ac.abort(); },
      abort(r) { log('  abort', r.name, r.constructor.name); },
    });
    return rs.pipeTo(ws, { signal: ac.signal });
  });
  await run('signal already aborted with reason', () => {
    return source([1]).pipeTo(sink('w'), { signal: AbortSignal.abort('stop') });
  });
  await run('signal preventAbort preventCancel', () => {
    const ac = new AbortController();
    const p = source([1], { close: false }).pipeTo(sink('w'), { signal: ac.signal, preventAbort: true, preventCancel: true });
    setTimeout(() => ac.abort(new Error('late')), 1);
    return p;
  });
  await run('pipeThrough', async () => {
    const out = source(['a', 'b', 'c']).pipeThrough(new TransformStream({
      transform(chunk, c) { c.enqueue(chunk + chunk); },
    }));
    const res = [];
    for await (const x of out) res.push(x);
    return res.join('|');
  });
  await run('locked source', () => {
    const rs = source([1]);
    rs.getReader();
    return rs.pipeTo(sink('w'));
  });
  await run('locked dest', () => {
    const ws = sink('w');
    ws.getWriter();
    return source([1]).pipeTo(ws);
  });
  await run('bad dest', () => source([1]).pipeTo({}));
  await run('bad signal', () => source([1]).pipeTo(sink('w'), { signal: {} }));
  await run('pipeThrough bad transform', () => source([1]).pipeThrough({ readable: 1 }));
  await run('pipeThrough bad writable', () => source([1]).pipeThrough({ readable: new ReadableStream(), writable: 2 }));
  await run('backpressure', async () => {
    let pulls = 0;
    const rs = new ReadableStream({
      pull(c) { pulls++; c.enqueue(pulls); if (pulls === 5) c.close(); },
    }, { highWaterMark: 0 });
    const ws = new WritableStream({
      write(chunk) { log('  write', chunk, 'pulls', pulls); return new Promise((r) => setTimeout(r, 1)); },
    }, { highWaterMark: 1 });
    await rs.pipeTo(ws);
    return pulls;
  });
})();
