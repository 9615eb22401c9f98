'use strict';
// API surface: exports and globals, constructor argument errors, brand checks, illegal
// constructors, queuing strategies, inspect output in every state, toStringTag.
const web = require('stream/web');
const log = (...a) => console.log(...a);
const attempt = (fn) => {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') return r.then((v) => log('  ok', v), (e) => log('  rejects', e.name, e.code, e.message));
    log('  ok');
  } catch (e) {
    log('  throws', e.name, e.code, e.message);
  }
};

(async () => {
  log(Object.keys(web).join(' '));
  log('globals same', Object.keys(web).every((k) => globalThis[k] === web[k]));
  log('node:stream/web same', require('node:stream/web') === web);
  log('global descriptor', Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').enumerable);
  for (const name of Object.keys(web)) {
    const C = web[name];
    log(name, C.name, C.length, Object.keys(C.prototype).join(','), Object.prototype.toString.call(C.prototype));
  }
  log('from enumerable', Object.keys(ReadableStream));
  log('asyncIterator is values', ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  const it = new ReadableStream().values();
  log('iterator', Object.keys(it), it[Symbol.asyncIterator]() === it, Object.prototype.toString.call(it),
      Object.keys(Object.getPrototypeOf(it)), Object.getPrototypeOf(it).next);

  log('ReadableStream args');
  await attempt(() => new ReadableStream(null));
  await attempt(() => new ReadableStream(5));
  await attempt(() => new ReadableStream({ type: 'nope' }));
  await attempt(() => new ReadableStream({ type: undefined }));
  await attempt(() => new ReadableStream({}, null));
  await attempt(() => new ReadableStream({}, { highWaterMark: 'x' }));
  await attempt(() => new ReadableStream({}, { highWaterMark: '3' }));
  await attempt(() => new ReadableStream({ pull: 1 }));
  await attempt(() => new ReadableStream({ cancel: 'x' }));
  await attempt(() => new ReadableStream({}, { size: 'big' }));
  await attempt(() => new ReadableStream().getReader(5));
  await attempt(() => new ReadableStream().getReader(null));
  await attempt(() => new ReadableStream().values(4));
  await attempt(() => new ReadableStreamDefaultReader({}));
  await attempt(() => new ReadableStreamBYOBReader(new ReadableStream()));
  await attempt(() => new ReadableStreamDefaultController());
  await attempt(() => ReadableStream.prototype.getReader.call({}));
  await attempt(() => ReadableStream.prototype.cancel.call({}));
  await attempt(() => ReadableStream.prototype.pipeTo.call({}));
  await attempt(() => ReadableStream.prototype.tee.call({}));
  await attempt(() => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
  await attempt(() => ReadableStreamDefaultReader.prototype.read.call({}));
  await attempt(() => ReadableStreamDefaultReader.prototype.releaseLock.call({}));
  await attempt(() => Object.getOwnPropertyDescriptor(ReadableStreamDefaultReader.prototype, 'closed').get.call({}));
  await attempt(() => ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)));
  await attempt(() => Object.getOwnPropertyDescriptor(ReadableByteStreamController.prototype, 'byobRequest').get.call({}));

  log('WritableStream args');
  await attempt(() => new WritableStream(null));
  await attempt(() => new WritableStream({ type: 'x' }));
  await attempt(() => new WritableStream({ write: 'no' }));
  await attempt(() => new WritableStream({}, { highWaterMark: -5 }));
  await attempt(() => new WritableStreamDefaultWriter({}));
  await attempt(() => new WritableStreamDefaultController());
  await attempt(() => WritableStream.prototype.getWriter.call({}));
  await attempt(() => WritableStream.prototype.abort.call({}));
  await attempt(() => WritableStream.prototype.close.call({}));
  await attempt(() => WritableStreamDefaultWriter.prototype.write.call({}));
  await attempt(() => Object.getOwnPropertyDescriptor(WritableStreamDefaultWriter.prototype, 'desiredSize').get.call({}));
  await attempt(() => Object.getOwnPropertyDescriptor(WritableStreamDefaultController.prototype, 'signal').get.call({}));

  log('strategies');
  await attempt(() => new CountQueuingStrategy());
  await attempt(() => new CountQueuingStrategy({}));
  await attempt(() => new ByteLengthQueuingStrategy(null));
  const cqs = new CountQueuingStrategy({ highWaterMark: '7' });
  const blqs = new ByteLengthQueuingStrategy({ highWaterMark: -1 });
  log(cqs.highWaterMark, blqs.highWaterMark, cqs.size.name, blqs.size.name, cqs.size(), blqs.size(new Uint8Array(5)));
  log(cqs.size === new CountQueuingStrategy({ highWaterMark: 1 }).size, Object.keys(cqs));
  await attempt(() => new ReadableStream({}, blqs));
  await attempt(() => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'size').get.call(blqs));


  log('inspect');
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const reader = rs.getReader();
  reader.read().catch(() => {});
  log(reader);
  ctrl.error('x');
  await reader.closed.catch(() => {});
  log(reader, rs);
  reader.releaseLock();
  log(reader);
  const closed = new ReadableStream({ start(c) { c.close(); } });
  log(closed, closed.getReader());
  const byteRs = new ReadableStream({ type: 'bytes' });
  const br = byteRs.getReader({ mode: 'byob' });
  br.read(new Uint8Array(4));
  log(br);
  let bctrl;
  const byteRs2 = new ReadableStream({ type: 'bytes', start(c) { bctrl = c; } });
  byteRs2.getReader({ mode: 'byob' }).read(new Uint16Array(2));
  log(bctrl.byobRequest);
  const ws = new WritableStream({}, { highWaterMark: 0 });
  const w = ws.getWriter();
  log(w);
  w.abort('r');
  log(ws);
  await w.closed.catch(() => {});
  log(ws, w.desiredSize);
  log(new TransformStream(), [new ReadableStream()], { nested: { deeper: { rs: new ReadableStream() } } });
  log(require('util').inspect(new ReadableStream(), { depth: 0 }));
  log(String(new WritableStream()), `${new TransformStream()}`, Object.prototype.toString.call(cqs));
})();
