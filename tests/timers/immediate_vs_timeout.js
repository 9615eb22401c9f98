'use strict';
// setImmediate against setTimeout(0) from different places in the loop.

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}

// From the main script, once the timer is surely due, the timers phase runs first.
steps.push(() => {
  console.log('-- main script (timer already due)');
  setTimeout(() => { console.log('timeout'); }, 0);
  setImmediate(() => { console.log('immediate'); setTimeout(next, 5); });
  busy(5);
});

// Inside a timer callback (no I/O): the check phase comes before the next timers phase.
steps.push(() => {
  console.log('-- inside a timer callback');
  let n = 0;
  const done = () => { if (++n === 2) setTimeout(next, 5); };
  setTimeout(() => { console.log('timeout'); done(); }, 0);
  setImmediate(() => { console.log('immediate'); done(); });
});

// Inside an immediate: a new immediate waits for the next check phase, and a
// timer that is due by then runs first.
steps.push(() => {
  setImmediate(() => {
    console.log('-- inside an immediate');
    let n = 0;
    const done = () => { if (++n === 2) setTimeout(next, 5); };
    setTimeout(() => { console.log('timeout'); done(); }, 0);
    setImmediate(() => { console.log('immediate'); done(); });
    busy(5);
  });
});

// Inside an immediate, without waiting: the immediate queued there and a
// setTimeout(0) — the immediate set by the *next* immediate of the same batch
// still waits for the following check phase.
steps.push(() => {
  console.log('-- immediates queued during the check phase wait a turn');
  setImmediate(() => {
    console.log('i1');
    setImmediate(() => console.log('i1 -> i3 (next check phase)'));
    process.nextTick(() => console.log('i1 tick'));
    Promise.resolve().then(() => console.log('i1 promise'));
  });
  setImmediate(() => {
    console.log('i2');
    setImmediate(() => { console.log('i2 -> i4 (next check phase)'); setTimeout(next, 5); });
  });
});

steps.push(() => {
  console.log('-- clearImmediate of the next immediate of the batch');
  let b;
  setImmediate(() => { console.log('a'); clearImmediate(b); });
  b = setImmediate(() => console.log('b (should not run)'));
  setImmediate(() => { console.log('c'); process.nextTick(() => clearImmediate(d)); });
  const d = setImmediate(() => console.log('d (should not run)'));
  setImmediate(() => { console.log('e'); setTimeout(next, 1); });
});

steps.push(() => {
  console.log('-- immediate arguments and this');
  const imm = setImmediate(function (...args) {
    console.log(args.length, JSON.stringify(args), this === imm);
  }, 1, 'two', null, undefined, { five: 5 });
  setImmediate(function () { console.log(arguments.length, this === undefined || this === globalThis || typeof this); });
});

next();
