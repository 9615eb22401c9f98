'use strict';
// A first smoke of every class: Readable events, Writable write/drain/end ordering, a
// pipeline through Transform and PassThrough, async iteration and two operators.
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

const r = new Readable({ read() {} });
for (const ev of ['data', 'end', 'close', 'pause', 'resume', 'error']) {
  r.on(ev, (a) => console.log('r', ev, a === undefined ? '' : String(a)));
}
r.push('a');
r.push('b');
r.push(null);

const w = new Writable({
  highWaterMark: 2,
  write(c, e, cb) {
    console.log('write', c.toString(), e);
    setImmediate(cb);
  },
});
for (const ev of ['drain', 'finish', 'close', 'prefinish', 'pipe', 'unpipe']) w.on(ev, () => console.log('w', ev));
console.log('write returned', w.write('xyz'), w.writableLength, w.writableNeedDrain);
w.end('end', () => console.log('end cb'));

const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
pipeline(
  Readable.from(['x', 'y', 'z']), t, new PassThrough(),
  new Writable({ objectMode: true, write(c, e, cb) { console.log('pipeline got', String(c)); cb(); } }),
  (err) => console.log('pipeline done', err));

(async () => {
  for await (const c of Readable.from([1, 2, 3])) console.log('iterated', c);
  const doubled = await Readable.from([1, 2, 3, 4]).map(async (x) => x * 2, { concurrency: 2 })
    .filter((x) => x > 2).toArray();
  console.log(doubled);
})();
