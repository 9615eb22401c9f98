'use strict';
// Backpressure: a fast producer piped into a slow consumer never lets the readable or the
// writable buffer exceed its highWaterMark by more than one chunk; 'drain' resumes the
// source; the same holds through a Transform and for objectMode.
const { Readable, Writable, Transform, PassThrough } = require('stream');

function run(name, opts, done) {
  const chunk = Buffer.alloc(opts.chunk, 97);
  let produced = 0;
  let maxReadable = 0;
  let maxWritable = 0;
  let maxTransform = 0;
  let drains = 0;
  let pauses = 0;
  const src = new Readable({
    highWaterMark: opts.rhwm,
    objectMode: !!opts.objectMode,
    read() {
      maxReadable = Math.max(maxReadable, this.readableLength);
      if (produced >= opts.total) {
        this.push(null);
        return;
      }
      produced++;
      this.push(opts.objectMode ? { n: produced } : chunk);
    },
  });
  src.on('pause', () => pauses++);
  let received = 0;
  const dst = new Writable({
    highWaterMark: opts.whwm,
    objectMode: !!opts.objectMode,
    write(c, enc, cb) {
      received++;
      maxWritable = Math.max(maxWritable, this.writableLength);
      maxReadable = Math.max(maxReadable, src.readableLength);
      if (mid) maxTransform = Math.max(maxTransform, mid.readableLength, mid.writableLength);
      setImmediate(cb);
    },
  });
  dst.on('drain', () => drains++);
  let mid = null;
  if (opts.transform) {
    mid = new Transform({
      objectMode: !!opts.objectMode,
      highWaterMark: opts.thwm,
      transform(c, enc, cb) { cb(null, c); },
    });
    src.pipe(mid).pipe(dst);
  } else {
    src.pipe(dst);
  }
  dst.on('finish', () => {
    const unit = opts.objectMode ? 1 : opts.chunk;
    console.log(name, JSON.stringify({
      received,
      readableWithinLimit: maxReadable <= opts.rhwm + unit,
      writableWithinLimit: maxWritable <= opts.whwm + unit,
      transformWithinLimit: maxTransform <= (opts.thwm || 0) + unit,
      maxReadable, maxWritable, maxTransform, drainsSeen: drains > 0, pausesSeen: pauses > 0,
    }));
    done();
  });
}

const cases = [
  ['bytes', { chunk: 1000, total: 200, rhwm: 4096, whwm: 2048 }],
  ['bytes-small-hwm', { chunk: 100, total: 100, rhwm: 16, whwm: 16 }],
  ['objects', { objectMode: true, chunk: 1, total: 100, rhwm: 4, whwm: 2 }],
  ['through-transform', { chunk: 512, total: 100, rhwm: 1024, whwm: 1024, thwm: 2048, transform: true }],
];
(function next(i) {
  if (i === cases.length) return multi();
  run(cases[i][0], cases[i][1], () => next(i + 1));
})(0);

// One source piped to two destinations: the slower one sets the pace.
function multi() {
  const src = new PassThrough({ highWaterMark: 10 });
  const got = { fast: 0, slow: 0 };
  let maxSrc = 0;
  const fast = new Writable({ highWaterMark: 10, write(c, e, cb) { got.fast += c.length; cb(); } });
  const slow = new Writable({
    highWaterMark: 10,
    write(c, e, cb) {
      got.slow += c.length;
      maxSrc = Math.max(maxSrc, src.readableLength);
      setImmediate(cb);
    },
  });
  src.pipe(fast);
  src.pipe(slow);
  let writes = 0;
  let falses = 0;
  (function write() {
    while (writes < 50) {
      writes++;
      if (!src.write(Buffer.alloc(5))) {
        falses++;
        src.once('drain', write);
        return;
      }
    }
    src.end();
  })();
  let finished = 0;
  const onFinish = () => {
    if (++finished === 2) {
      console.log('multi', JSON.stringify(got), 'writeReturnedFalse', falses > 0, 'srcWithinLimit', maxSrc <= 15);
      unpipeCase();
    }
  };
  fast.on('finish', onFinish);
  slow.on('finish', onFinish);
}

// unpipe stops the flow and emits 'unpipe'; the source pauses.
function unpipeCase() {
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { console.log('unpipe-case got', String(c)); cb(); } });
  dst.on('pipe', (s) => console.log('pipe event', s === src));
  dst.on('unpipe', (s) => console.log('unpipe event', s === src, 'flowing', src.readableFlowing));
  src.pipe(dst);
  src.push('one');
  setImmediate(() => {
    src.unpipe(dst);
    src.push('two');
    setImmediate(() => {
      console.log('after unpipe buffered', src.readableLength, 'pipes', src._readableState.pipes.length);
      src.unpipe(dst);
      const w2 = new Writable({ write(c, e, cb) { console.log('w2 got', String(c)); cb(); } });
      w2.on('finish', () => console.log('w2 finish'));
      src.pipe(w2);
      src.push(null);
    });
  });
}
