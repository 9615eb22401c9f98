'use strict';
// 256 MiB of generated data through three Transforms: backpressure keeps memory flat. The
// check prints booleans (RSS growth below a bound, every byte arrived, checksum) so the
// recorded output is the same under Node and gonode.
const { Readable, Transform, Writable, pipeline } = require('stream');

const TOTAL = 256 * 1024 * 1024;
const CHUNK = 16 * 1024;
const WARMUP = 64 * 1024 * 1024;
const RSS_BOUND = 16 * 1024 * 1024;

let produced = 0;
let seed = 1;
const source = new Readable({
  read() {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    const b = Buffer.allocUnsafe(CHUNK);
    b.fill(seed & 0xff);
    seed++;
    produced += CHUNK;
    this.push(b);
  },
});

// 1: copies each chunk; 2: passes it on; 3: flips the first byte in place.
const copy = new Transform({
  transform(chunk, enc, cb) {
    const out = Buffer.allocUnsafe(chunk.length);
    chunk.copy(out);
    cb(null, out);
  },
});
const pass = new Transform({ transform(chunk, enc, cb) { cb(null, chunk); } });
const flip = new Transform({
  transform(chunk, enc, cb) {
    chunk[0] ^= 0xff;
    cb(null, chunk);
  },
});

let received = 0;
let checksum = 0;
let maxBuffered = 0;
const sink = new Writable({
  write(chunk, enc, cb) {
    received += chunk.length;
    checksum = (checksum + (chunk[0] ^ 0xff) + chunk[chunk.length - 1]) % 65521;
    const buffered = source.readableLength + copy.readableLength + copy.writableLength +
      pass.readableLength + pass.writableLength + flip.readableLength + flip.writableLength +
      this.writableLength;
    if (buffered > maxBuffered) maxBuffered = buffered;
    if (received === WARMUP) rss0 = peak = process.memoryUsage().rss;
    // Asynchronous every 64th chunk, so buffers really fill up and drain.
    if ((received / CHUNK) % 64 === 0) setImmediate(cb);
    else cb();
  },
});

let expected = 0;
for (let i = 1; i <= TOTAL / CHUNK; i++) expected = (expected + 2 * (i & 0xff)) % 65521;

// The baseline is taken once 64 MiB have gone through, when the engine's heap has reached its
// working size; from then on the RSS must stay flat.
let rss0 = 0;
let peak = 0;
const timer = setInterval(() => {
  const rss = process.memoryUsage().rss;
  if (rss0 !== 0 && rss > peak) peak = rss;
}, 20);

pipeline(source, copy, pass, flip, sink, (err) => {
  clearInterval(timer);
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
  console.log('error', err);
  console.log('all bytes arrived', received === TOTAL);
  console.log('checksum ok', checksum === expected);
  // Each of the 8 buffers holds at most its highWaterMark (16 KiB) plus one chunk.
  console.log('buffered within limits', maxBuffered <= 8 * 2 * CHUNK);
  console.log('rss growth after warm-up below 16 MiB', rss0 > 0 && peak - rss0 < RSS_BOUND);
  if (process.env.STREAM_MEMORY_DEBUG) {
    console.error('rss growth MiB', ((peak - rss0) / 1048576).toFixed(1), 'max buffered', maxBuffered);
  }
});
