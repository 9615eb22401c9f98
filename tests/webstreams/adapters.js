'use strict';
// Node streams ↔ web streams: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb,
// Duplex.toWeb/fromWeb, Duplex.from(pair), stream.isDisturbed/isErrored/isReadable on web
// streams; data, backpressure, errors, cancel/destroy/abort propagation, argument errors.
const { isDisturbed, isErrored, isReadable, Readable, Writable, Duplex, finished, pipeline } = require('stream');
const log = (...a) => console.log(...a);
const str = (c) => (typeof c === 'string' ? c : `${c.constructor.name}(${Buffer.from(c).toString()})`);
const tick = () => new Promise((r) => setTimeout(r, 2));

async function utils() {
  log('utils');
  const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
  log('  ', isDisturbed(rs), isErrored(rs), isReadable(rs));
  await rs.getReader().read();
  log('  ', isDisturbed(rs));
  const rs2 = new ReadableStream({ start(c) { c.error(new Error('e')); } });
  log('  ', isErrored(rs2), isReadable(rs2));
}

async function readableToWeb() {
  log('Readable.toWeb');
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  log('  ', web);
  for await (const x of web) log('  got', str(x));
  const bytes = Readable.toWeb(new Readable({ read() { this.push(Buffer.from('xyz')); this.push(null); } }));
  for await (const x of bytes) log('  bytes', str(x), x instanceof Buffer);
  let reads = 0;
  const slow = new Readable({ highWaterMark: 2, objectMode: true, read() { reads++; this.push(reads); if (reads === 6) this.push(null); } });
  const reader = Readable.toWeb(slow).getReader();
  await tick();
  log('  reads before consuming', reads);
  log('  ', (await reader.read()).value);
  await tick();
  log('  reads after one', reads);
  await reader.cancel(new Error('stop'));
  log('  destroyed after cancel', slow.destroyed, slow.errored?.message);
  const failing = new Readable({ read() { this.destroy(new Error('src failed')); } });
  try { for await (const x of Readable.toWeb(failing)) log(x); } catch (e) { log('  caught', e.message); }
  const early = new Readable({ read() {} });
  const er = Readable.toWeb(early).getReader();
  early.destroy();
  try { await er.read(); } catch (e) { log('  premature', e.name, e.code, e.cause?.code); }
  const gone = new Readable({ read() {} });
  gone.destroy();
  log('  destroyed source', await Readable.toWeb(gone).getReader().read());
  try { Readable.toWeb({}); } catch (e) { log('  ', e.name, e.code, e.message); }
}

async function readableFromWeb() {
  log('Readable.fromWeb');
  const r = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  for await (const x of r) log('  got', x);
  const enc = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]), { encoding: 'utf8' });
  enc.on('data', (d) => log('  data', typeof d, d));
  await new Promise((res) => enc.on('end', res));
  let canceled;
  const src = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(reason) { canceled = reason; } });
  const r2 = Readable.fromWeb(src, { objectMode: true });
  r2.on('error', (e) => log('  r2 error', e.message));
  r2.once('data', (d) => { log('  first', d); r2.destroy(new Error('enough')); });
  await new Promise((res) => r2.on('close', res));
  log('  canceled with', canceled?.message, r2.errored?.message);
  const erroring = new ReadableStream({ start(c) { c.error(new Error('web failed')); } });
  const r3 = Readable.fromWeb(erroring);
  r3.on('error', (e) => log('  error event', e.message));
  r3.resume();
  await new Promise((res) => r3.on('close', res));
  for (const args of [[{}], [new ReadableStream(), 5], [new ReadableStream(), { encoding: 'nope' }], [new ReadableStream(), { objectMode: 1 }]]) {
    try { Readable.fromWeb(...args); } catch (e) { log('  ', e.name, e.code, e.message); }
  }
}

async function writableToWeb() {
  log('Writable.toWeb');
  const chunks = [];
  const w = new Writable({ highWaterMark: 4, write(c, e, cb) { chunks.push(c.toString()); setTimeout(cb, 1); } });
  const ws = Writable.toWeb(w);
  log('  ', ws);
  const writer = ws.getWriter();
  log('  desired', writer.desiredSize);
  await writer.write(new Uint8Array([104, 105]));
  await writer.write('str');
  await writer.close();
  log('  got', chunks, w.writableFinished);
  const failing = new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } });
  const fw = Writable.toWeb(failing).getWriter();
  try { await fw.write('a'); await fw.write('b'); } catch (e) { log('  write rejected', e.message); }
  try { await fw.closed; } catch (e) { log('  closed rejected', e.message); }
  const target = new Writable({ write(c, e, cb) { cb(); } });
  const tw = Writable.toWeb(target).getWriter();
  await tw.abort(new Error('aborted!'));
  log('  target destroyed', target.destroyed, target.errored?.message);
  const ended = new Writable({ write(c, e, cb) { cb(); } });
  ended.end();
  const ew = Writable.toWeb(ended);
  log('  ended', ew);
  try { Writable.toWeb({}); } catch (e) { log('  ', e.name, e.code, e.message); }
}

async function writableFromWeb() {
  log('Writable.fromWeb');
  const got = [];
  const nw = Writable.fromWeb(new WritableStream({ write(c) { got.push(str(c)); }, close() { log('  sink close'); } }));
  nw.write('abc');
  nw.write(Buffer.from('def'));
  nw.write('éé', 'latin1');
  await new Promise((res) => nw.end('end', res));
  log('  ', got);
  const obj = Writable.fromWeb(new WritableStream({ write(c) { log('  obj', c); } }), { objectMode: true });
  obj.write({ a: 1 });
  obj.end();
  await new Promise((res) => finished(obj, res));
  const failing = Writable.fromWeb(new WritableStream({ write() { throw new Error('web sink failed'); } }));
  failing.on('error', (e) => log('  error event', e.message));
  failing.write('x');
  await new Promise((res) => failing.on('close', res));
  let aborted;
  const ab = Writable.fromWeb(new WritableStream({ abort(r) { aborted = r; } }));
  ab.destroy(new Error('destroyed'));
  ab.on('error', () => {});
  await new Promise((res) => ab.on('close', res));
  log('  abort reason', aborted?.message);
  let sinkCtrl;
  const erroredLater = Writable.fromWeb(new WritableStream({ start(c) { sinkCtrl = c; } }));
  erroredLater.on('error', (e) => log('  sink errored', e.message, erroredLater.destroyed));
  sinkCtrl.error(new Error('controller error'));
  await new Promise((res) => erroredLater.on('close', res));
  for (const args of [[{}], [new WritableStream(), { decodeStrings: 'no' }]]) {
    try { Writable.fromWeb(...args); } catch (e) { log('  ', e.name, e.code, e.message); }
  }
}

async function duplexes() {
  log('Duplex');
  const d = new Duplex({
    read() { this.push('r1'); this.push(null); },
    write(c, e, cb) { log('  duplex write', c.toString()); cb(); },
    final(cb) { log('  duplex final'); cb(); },
  });
  const pair = Duplex.toWeb(d);
  log('  ', Object.keys(pair));
  const dw = pair.writable.getWriter();
  await dw.write(new Uint8Array([65, 66]));
  await dw.close();
  for await (const x of pair.readable) log('  pair read', str(x));
  const halfOpen = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  const hp = Duplex.toWeb(halfOpen);
  log('  not readable', hp.readable, hp.writable);
  const sinkGot = [];
  const dd = Duplex.fromWeb({
    readable: ReadableStream.from(['q1', 'q2']),
    writable: new WritableStream({ write(c) { sinkGot.push(c); } }),
  }, { objectMode: true });
  dd.write('to-web');
  dd.on('data', (x) => log('  dd data', x));
  dd.end();
  await new Promise((res) => finished(dd, (e) => { log('  dd finished', e); res(); }));
  log('  sink got', sinkGot);
  const df = Duplex.from({ readable: ReadableStream.from(['from']), writable: new WritableStream() });
  df.setEncoding('utf8');
  df.on('data', (x) => log('  Duplex.from data', x));
  df.end();
  await new Promise((res) => finished(df, res));
  for (const args of [[{}], [{ readable: new ReadableStream() }], [{ readable: new ReadableStream(), writable: new WritableStream() }, { objectMode: 'x' }]]) {
    try { Duplex.fromWeb(...args); } catch (e) { log('  ', e.name, e.code, e.message); }
  }
  try { Duplex.toWeb({}); } catch (e) { log('  ', e.name, e.code, e.message); }
}

async function pipelines() {
  log('pipeline with web streams');
  const out = [];
  await new Promise((res, rej) => pipeline(
    ReadableStream.from(['a', 'b']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }),
    new WritableStream({ write(c) { out.push(c); } }),
    (e) => (e ? rej(e) : res())));
  log('  ', out);
}

(async () => {
  await utils();
  await readableToWeb();
  await readableFromWeb();
  await writableToWeb();
  await writableFromWeb();
  await duplexes();
  await pipelines();
})();
