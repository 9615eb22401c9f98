'use strict';
// Timers due together run in start order, lists by expiry, with the nextTick
// queue and then promise microtasks drained between every two callbacks.

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

function timer(name) {
  return () => {
    console.log(name);
    process.nextTick(() => console.log(`  ${name}: tick`));
    Promise.resolve().then(() => {
      console.log(`  ${name}: promise`);
      process.nextTick(() => console.log(`  ${name}: tick from promise`));
    });
    queueMicrotask(() => console.log(`  ${name}: microtask`));
  };
}

// Lists of longer durations are created first: their order must come from
// their expiry (the gaps are wide enough for Node's own start-up jitter).
setTimeout(timer('t100 (100 ms)'), 100);
setTimeout(timer('t1a (1 ms)'), 1);
setTimeout(timer('t0 (0 ms → 1 ms list)'), 0);
setTimeout(timer('t1b (1 ms)'), 1);
setTimeout(timer('t50 (50 ms)'), 50);
setTimeout(timer('tneg (-5 ms → 1 ms list)'), -5);
setTimeout(timer('t100b (100 ms)'), 100);
setTimeout(timer('tNaN (NaN → 1 ms list)'), NaN);
process.nextTick(() => console.log('main: tick'));
Promise.resolve().then(() => console.log('main: promise'));
// Make every timer above due before the loop starts.
busy(110);
console.log('main: end');
