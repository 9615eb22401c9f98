'use strict';
// tee (default streams) and async iteration: values(), early break, preventCancel, errors.
const log = (...a) => console.log(...a);

function counter(n, name = 'src') {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      log(`  ${name} pull ${i}`);
      if (i === n) { c.close(); return; }
      c.enqueue(i++);
    },
    cancel(r) { log(`  ${name} cancel`, r); },
  });
}

async function collect(rs) {
  const out = [];
  for await (const x of rs) out.push(x);
  return out.join(',');
}

(async () => {
  log('tee both');
  {
    const [a, b] = counter(3).tee();
    log('  ', await Promise.all([collect(a), collect(b)]));
  }
  log('tee interleaved reads');
  {
    const [a, b] = counter(2).tee();
    const ra = a.getReader();
    const rb = b.getReader();
    const order = [];
    const pa = ra.read().then((r) => order.push('a' + r.value));
    const pb = rb.read().then((r) => order.push('b' + r.value));
    Promise.resolve().then(() => order.push('micro'));
    await Promise.all([pa, pb]);
    log('  ', order.join(' '));
    log('  ', await ra.read(), await rb.read(), await ra.read(), await rb.read());
  }
  log('tee cancel one then other');
  {
    const [a, b] = counter(10).tee();
    const p1 = a.cancel('r1');
    log('  after cancel a');
    const p2 = b.cancel('r2');
    await Promise.all([p1, p2]);
    log('  both canceled');
  }
  log('tee source error');
  {
    let ctrl;
    const [a, b] = new ReadableStream({ start(c) { ctrl = c; } }).tee();
    const ra = a.getReader();
    const rb = b.getReader();
    ctrl.error(new Error('tee boom'));
    for (const r of [ra, rb]) { try { await r.read(); } catch (e) { log('  ', e.message); } }
  }
  log('tee locked');
  {
    const rs = counter(1);
    rs.getReader();
    try { rs.tee(); } catch (e) { log('  ', e.code, e.message); }
  }
  log('iterate early break');
  {
    const rs = counter(10);
    for await (const x of rs) {
      log('  got', x);
      if (x === 1) break;
    }
    log('  locked after break', rs.locked);
  }
  log('iterate preventCancel');
  {
    const rs = counter(10);
    for await (const x of rs.values({ preventCancel: true })) {
      log('  got', x);
      if (x === 1) break;
    }
    log('  locked after break', rs.locked);
    const r = rs.getReader();
    log('  next read', await r.read());
  }
  log('iterate error');
  {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('iter boom')); } });
    try { for await (const x of rs) log('  got', x); } catch (e) { log('  caught', e.message); }
  }
  log('iterator manual next/return');
  {
    const rs = counter(5);
    const it = rs[Symbol.asyncIterator]();
    log('  ', await it.next());
    log('  ', await it.return('bye'));
    log('  ', await it.next());
    log('  ', await it.return('again'));
    log('  proto has asyncIterator', typeof Object.getPrototypeOf(Object.getPrototypeOf(it))[Symbol.asyncIterator]);
  }
  log('iterator concurrent next');
  {
    const it = counter(2).values();
    const all = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
    log('  ', all);
  }
  log('values locked');
  {
    const rs = counter(1);
    rs.getReader();
    try { rs.values(); } catch (e) { log('  ', e.code, e.message); }
  }
  log('from');
  {
    log('  array', await collect(ReadableStream.from([1, 2, 3])));
    log('  string', await collect(ReadableStream.from('héllo')));
    async function* gen() { yield 'x'; yield Promise.resolve('y'); }
    log('  async gen', await collect(ReadableStream.from(gen())));
    function* g2() { try { yield 1; yield 2; yield 3; } finally { log('  gen finally'); } }
    for await (const x of ReadableStream.from(g2())) { log('  got', x); break; }
    try { ReadableStream.from(5); } catch (e) { log('  ', e.name, e.code, e.message); }
    try { ReadableStream.from({ [Symbol.iterator]: () => 1 }); } catch (e) { log('  ', e.name, e.code, e.message); }
    const bad = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return Promise.resolve(1); } }; } });
    try { await bad.getReader().read(); } catch (e) { log('  ', e.code, e.message); }
  }
})();
