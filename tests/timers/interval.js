'use strict';
// setInterval: arguments, this, cancel from inside the callback, _repeat.
// Each case runs after the previous one has finished, so timing never decides the order.

const steps = [];
function next() {
  const step = steps.shift();
  if (step) setTimeout(step, 1);
}

steps.push(() => {
  let n = 0;
  const iv = setInterval(function (a, b) {
    n++;
    console.log(`tick ${n}`, a, b, this === iv, 'repeat', this._repeat, 'idleTimeout', this._idleTimeout);
    if (n === 3) {
      clearInterval(iv);
      console.log('cleared inside the callback: destroyed', iv._destroyed, 'idleTimeout', iv._idleTimeout);
      next();
    }
  }, 1, 'x', 'y');
});

steps.push(() => {
  // Cleared with clearTimeout from its own callback.
  let m = 0;
  const iv2 = setInterval(() => {
    m++;
    if (m === 2) {
      clearTimeout(iv2);
      setTimeout(() => { console.log('iv2 stopped after', m, 'runs'); next(); }, 10);
    }
  }, 2);
});

steps.push(() => {
  // Closed, from outside.
  let k = 0;
  const iv3 = setInterval(() => { k++; }, 1);
  setTimeout(() => {
    iv3.close();
    const seen = k;
    console.log('iv3 ran:', seen > 0, 'closed:', iv3._destroyed);
    setTimeout(() => { console.log('iv3 did not run after close:', k === seen); next(); }, 5);
  }, 8);
});

steps.push(() => {
  // Coerced delays.
  for (const d of [0, '3', 2.7, -1, undefined, 2 ** 31 - 1]) {
    const iv = setInterval(() => {}, d);
    console.log(`interval ${JSON.stringify(d)} -> repeat`, iv._repeat, 'idleTimeout', iv._idleTimeout);
    clearInterval(iv);
  }
  next();
});

steps.push(() => {
  // A throwing interval keeps repeating.
  let thrown = 0;
  process.on('uncaughtException', (err) => {
    console.log('uncaught:', err.message);
  });
  const iv7 = setInterval(() => {
    thrown++;
    if (thrown === 3) {
      clearInterval(iv7);
      next();
    }
    throw new Error(`interval throw ${thrown}`);
  }, 1);
});

steps.push(() => {
  // An interval whose callback takes longer than its period.
  let runs = 0;
  const iv8 = setInterval(() => {
    runs++;
    const end = Date.now() + 5;
    while (Date.now() < end);
    if (runs === 3) {
      clearInterval(iv8);
      console.log('slow interval ran', runs, 'times');
      next();
    }
  }, 1);
});

steps.push(() => {
  // refresh() of an interval restarts its period.
  let r = 0;
  const iv9 = setInterval(() => {
    r++;
    if (r === 2) {
      clearInterval(iv9);
      console.log('refreshed interval ran twice');
      next();
    }
  }, 5);
  iv9.refresh();
});

next();
