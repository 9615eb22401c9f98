'use strict';
// webstream-pipe: N chunks through ReadableStream.pipeThrough(TransformStream).pipeTo(WritableStream)
// per round; 5 rounds, the median printed as one JSON line with chunks/s (runs unchanged under node).
const N = 20000, ROUNDS = 5;
const median = (a) => { const s = a.slice().sort((x, y) => x - y); return s[s.length >> 1]; };

async function round() {
  let i = 0;
  let sum = 0;
  const source = new ReadableStream({
    pull(c) {
      if (i === N) c.close();
      else c.enqueue(i++);
    },
  });
  const double = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk * 2); },
  });
  const sink = new WritableStream({
    write(chunk) { sum += chunk; },
  });
  await source.pipeThrough(double).pipeTo(sink);
  return sum;
}

(async () => {
  const times = [];
  let ok = true;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    const sum = await round();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    ok = ok && sum === N * (N - 1);
  }
  const ms = median(times);
  console.log(JSON.stringify({
    bench: 'webstream-pipe', chunks: N, rounds: ROUNDS, ms: Math.round(ms * 1000) / 1000,
    chunksPerSec: Math.round(N / (ms / 1000)), check: ok,
  }));
})();
