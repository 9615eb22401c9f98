// Many fs completions arrive together; each callback is still its own macrotask:
// its nextTicks, then its promise jobs, run before the next callback. An
// exception in one goes to 'uncaughtException' and the others still run; an error
// result reaches only its own callback; process.exit() in one ends them all.
'use strict';
const fs = require('fs');
const path = require('path');

const N = 300;
const missing = path.join(__dirname, 'no-such-file');

function grouped(events, per) {
  for (let k = 0; k < events.length; k += per) {
    const i = events[k].i;
    if (events[k].what !== 'cb') return false;
    for (let j = 1; j < per; j++) if (events[k + j].i !== i) return false;
  }
  return true;
}

function ticksAndPromises(next) {
  const events = [];
  let left = N;
  for (let i = 0; i < N; i++) {
    fs.stat(i % 3 === 0 ? missing : __filename, (err, st) => {
      events.push({ what: 'cb', i, ok: i % 3 === 0 ? err.code === 'ENOENT' && st === undefined : err === null && st.isFile() });
      process.nextTick(() => events.push({ what: 'tick', i }));
      Promise.resolve().then(() => events.push({ what: 'promise', i }));
      queueMicrotask(() => events.push({ what: 'microtask', i }));
      if (--left === 0) setImmediate(() => {
        const order = events.filter((e) => e.what !== 'cb').slice(0, 3).map((e) => e.what);
        console.log('events', events.length, 'grouped', grouped(events, 4), 'order after a callback', order.join(' '));
        console.log('results right', events.filter((e) => e.what === 'cb').every((e) => e.ok));
        const seen = events.filter((e) => e.what === 'cb').map((e) => e.i).sort((a, b) => a - b);
        console.log('each once', seen.length === N && seen.every((v, k) => v === k));
        next();
      });
    });
  }
}

function throwing(next) {
  let ran = 0, caught = 0, left = N;
  const onErr = (err) => { caught++; if (!/^boom \d+$/.test(err.message)) console.log('wrong error', err); };
  process.on('uncaughtException', onErr);
  for (let i = 0; i < N; i++) {
    fs.lstat(__dirname, (err, st) => {
      ran++;
      const last = --left === 0;
      if (last) setImmediate(() => {
        process.off('uncaughtException', onErr);
        console.log('ran', ran, 'caught', caught);
        next();
      });
      if (i % 7 === 0) throw new Error('boom ' + i);
    });
  }
}

function exiting() {
  let ran = 0;
  process.on('exit', (code) => console.log('exit', code, 'callbacks run', ran));
  for (let i = 0; i < N; i++) {
    fs.stat(__filename, () => {
      ran++;
      if (ran === 5) process.exit(0);
    });
  }
}

ticksAndPromises(() => throwing(exiting));
