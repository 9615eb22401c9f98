'use strict';
// stream-forawait: `for await` over an objectMode Readable of 50,000 items (fed by _read);
// 5 rounds, the median printed as one JSON line (runs unchanged under node).
const { Readable } = require('stream');
const N = 50000, ROUNDS = 5;
const median = (a) => { const s = a.slice().sort((x, y) => x - y); return s[s.length >> 1]; };

async function round() {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      for (let k = 0; k < 16 && i < N; k++) this.push(i++);
      if (i >= N) this.push(null);
    },
  });
  let sum = 0;
  const t0 = process.hrtime.bigint();
  for await (const v of r) sum += v;
  return [Number(process.hrtime.bigint() - t0) / 1e6, sum === (N - 1) * N / 2];
}

(async () => {
  const times = [];
  let ok = true;
  for (let k = 0; k < ROUNDS; k++) {
    const [ms, good] = await round();
    times.push(ms);
    ok = ok && good;
  }
  const ms = median(times);
  console.log(JSON.stringify({ bench: 'stream-forawait', items: N, rounds: ROUNDS, ms: Math.round(ms * 1000) / 1000, itemsPerSec: Math.round(N / (ms / 1000)), check: ok }));
})();
