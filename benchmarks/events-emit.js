'use strict';
// events-emit: EventEmitter.emit with 3 listeners, 1,000,000 times per round;
// 5 rounds, the median printed as one JSON line (runs unchanged under node).
const EventEmitter = require('events');
const N = 1000000, ROUNDS = 5;
const median = (a) => { const s = a.slice().sort((x, y) => x - y); return s[s.length >> 1]; };
const e = new EventEmitter();
let sum = 0;
e.on('tick', (v) => { sum += v; });
e.on('tick', (v) => { sum -= v; });
e.on('tick', (v) => { sum += 1; });
const times = [];
for (let r = 0; r < ROUNDS; r++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) e.emit('tick', i);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log(JSON.stringify({ bench: 'events-emit', ops: N, rounds: ROUNDS, ms: Math.round(median(times) * 1000) / 1000, check: sum === N * ROUNDS }));
