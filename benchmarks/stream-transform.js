'use strict';
// stream-transform: bytes/s through Readable → Transform → Writable (16 KiB chunks, 64 MiB per
// round); 5 rounds, the median printed as one JSON line (runs unchanged under node).
const { Readable, Transform, Writable, pipeline } = require('stream');
const CHUNK = 16 * 1024, TOTAL = 64 * 1024 * 1024, ROUNDS = 5;
const median = (a) => { const s = a.slice().sort((x, y) => x - y); return s[s.length >> 1]; };
const chunk = Buffer.alloc(CHUNK, 120);

function round(done) {
  let sent = 0;
  let received = 0;
  const t0 = process.hrtime.bigint();
  pipeline(
    new Readable({
      read() {
        if (sent >= TOTAL) { this.push(null); return; }
        sent += CHUNK;
        this.push(chunk);
      },
    }),
    new Transform({ transform(c, e, cb) { cb(null, c); } }),
    new Writable({ write(c, e, cb) { received += c.length; cb(); } }),
    (err) => {
      if (err) throw err;
      done(Number(process.hrtime.bigint() - t0) / 1e6, received === TOTAL);
    });
}

const times = [];
let ok = true;
(function next() {
  if (times.length === ROUNDS) {
    const ms = median(times);
    console.log(JSON.stringify({ bench: 'stream-transform', bytes: TOTAL, rounds: ROUNDS, ms: Math.round(ms * 1000) / 1000, mibPerSec: Math.round(TOTAL / 1048576 / (ms / 1000) * 10) / 10, check: ok }));
    return;
  }
  round((ms, good) => { times.push(ms); ok = ok && good; next(); });
})();
