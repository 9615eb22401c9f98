'use strict';
// Which stream rejections Node leaves unhandled (write() and cancel() promises nobody awaits)
// and which it marks handled (closed, ready, pipeThrough, tee, errored sources).
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
const rs = new ReadableStream({ start(c) { c.error(new Error('e1')); } });
const r = new ReadableStream({ start(c) { c.error(new Error('e2')); } }).getReader();
const ws = new WritableStream({ start(c) { c.error(new Error('e3')); } });
const w = new WritableStream().getWriter(); w.abort(new Error('e4'));
const w2 = new WritableStream({ write() { throw new Error('e5'); } }).getWriter(); w2.write(1);
const ts = new TransformStream({ start(c) { c.error(new Error('e6')); } });
const ts2 = new TransformStream(); ts2.writable.getWriter().write('x'); ts2.readable.cancel(new Error('e7'));
new ReadableStream({ start(c) { c.enqueue(1); } }).pipeTo(new WritableStream({ write() { throw new Error('e8'); } })).catch(e => console.log('pipe', e.message));
new ReadableStream({ pull() { throw new Error('e9'); } }).pipeThrough(new TransformStream());
const [a, b] = new ReadableStream({ start(c) { c.error(new Error('e10')); } }).tee();
const it = new ReadableStream({ start(c) { c.error(new Error('e11')); } }).values(); it.next().catch(e => console.log('it', e.message));
setTimeout(() => console.log('done'), 10);
