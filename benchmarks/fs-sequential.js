'use strict';
// One fs call at a time, each started when the previous one has finished: the
// latency of a pool round trip as a program sees it (a chain of callbacks, then
// `await` in a loop). Runs unchanged under node:
//
//   node benchmarks/fs-sequential.js; gonode benchmarks/fs-sequential.js
//
// Each line is the median of 5 rounds, in µs per call.
const fs = require('fs');
const fsp = require('fs/promises');

const N = 2000;
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const report = (name, times) => console.log(`${name.padEnd(34)} ${(median(times) / N * 1000).toFixed(1).padStart(7)} µs`);

function callbackChain(call) {
  return new Promise((resolve) => {
    let i = 0;
    const t0 = performance.now();
    const next = (err) => {
      if (err) throw err;
      if (++i === N) resolve(performance.now() - t0);
      else call(next);
    };
    call(next);
  });
}

async function awaitLoop(call) {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await call();
  return performance.now() - t0;
}

async function main() {
  const cases = [
    ['fs.stat, callback chain', () => callbackChain((cb) => fs.stat(__filename, cb))],
    ['fs.readFile, callback chain', () => callbackChain((cb) => fs.readFile(__filename, cb))],
    ['await fsp.stat', () => awaitLoop(() => fsp.stat(__filename))],
    ['await fsp.readFile', () => awaitLoop(() => fsp.readFile(__filename))],
  ];
  for (const [name, run] of cases) {
    const times = [];
    for (let r = 0; r < 5; r++) times.push(await run());
    report(name, times);
  }
}
main();
