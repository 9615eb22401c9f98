'use strict';
// Microtask ordering of the Node-stream adapters and of pipeline() into a WritableStream,
// against a ticker.
const { Readable, Writable, Transform, pipeline, Duplex } = require('stream');
const log = (m) => console.log(m);
function ticker(name, n) { let i = 0; const step = () => { log(`${name} ${i}`); if (++i < n) Promise.resolve().then(step); }; Promise.resolve().then(step); }
const settle = () => new Promise((r) => setTimeout(r, 10));
(async () => {
  log('--- toWeb');
  const r = new Readable({ read() {} });
  const reader = Readable.toWeb(r).getReader();
  ticker('t', 10);
  r.push('a'); r.push('b'); r.push(null);
  reader.read().then((x) => log('read ' + x.value));
  reader.read().then((x) => log('read ' + x.value));
  reader.read().then((x) => log('read done ' + x.done));
  await settle();
  log('--- fromWeb');
  const nr = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  ticker('u', 12);
  nr.on('data', (d) => log('data ' + d));
  nr.on('end', () => log('end'));
  nr.on('close', () => log('close'));
  await settle();
  log('--- Writable.toWeb');
  const w = new Writable({ write(c, e, cb) { log('node write ' + c); process.nextTick(cb); }, final(cb) { log('final'); cb(); } });
  const ww = Writable.toWeb(w).getWriter();
  ticker('v', 14);
  ww.write('1').then(() => log('w1'));
  ww.write('2').then(() => log('w2'));
  ww.close().then(() => log('closed'));
  w.on('finish', () => log('finish'));
  await settle();
  log('--- Writable.fromWeb');
  const fw = Writable.fromWeb(new WritableStream({ write(c) { log('sink ' + c); }, close() { log('sink close'); } }), { objectMode: true });
  ticker('x', 14);
  fw.write('a', () => log('cb a'));
  fw.write('b', () => log('cb b'));
  fw.end(() => log('end cb'));
  fw.on('finish', () => log('finish'));
  fw.on('close', () => log('close'));
  await settle();
  log('--- pipeline');
  pipeline(ReadableStream.from(['p', 'q']), new Transform({ objectMode: true, transform(c, e, cb) { log('tr ' + c); cb(null, c + c); } }), new WritableStream({ write(c) { log('ws ' + c); } }), (e) => log('pipeline done ' + e));
  ticker('y', 20);
  await settle();
})();
