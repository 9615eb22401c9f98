'use strict';
// Unref'd timers and immediates do not keep the process alive; ref'd ones do.

const never = setTimeout(() => console.log('never (unref\'d, 1 s)'), 1000);
console.log('unref returns the timer:', never.unref() === never, 'hasRef:', never.hasRef());

const neverInterval = setInterval(() => console.log('never (unref\'d interval, 1 s)'), 1000).unref();
console.log('interval hasRef:', neverInterval.hasRef());

// An unref'd timer due before a ref'd one still runs.
const early = setTimeout(() => console.log('unref\'d 20 ms timer runs while the 60 ms one keeps the loop alive'), 20);
early.unref();

// ref() undoes unref().
const back = setTimeout(() => console.log('ref()\'d again: runs'), 30).unref();
console.log('ref returns the timer:', back.ref() === back, 'hasRef:', back.hasRef());

// Double unref/ref keep the count right.
const twice = setTimeout(() => console.log('unref twice then ref: runs'), 35);
twice.unref(); twice.unref(); twice.ref(); twice.ref();

// An unref'd interval runs while something else keeps the loop alive.
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 1);
iv.unref();

// An unref'd immediate: runs only because the timer below keeps the loop alive.
const imm = setImmediate(() => console.log('unref\'d immediate runs (loop is alive)'));
console.log('immediate unref returns it:', imm.unref() === imm, 'hasRef:', imm.hasRef());
imm.ref().unref();

setTimeout(() => {
  console.log('ref\'d 60 ms timer; unref\'d interval ran:', ticks > 0);
  console.log('hasRef of a fired timer:', twice.hasRef());
  // Unref everything left: the process ends without running them.
  setTimeout(() => console.log('never (unref\'d after creation)'), 1).unref();
  setImmediate(() => console.log('never (unref\'d immediate, nothing else alive)')).unref();
  process.on('exit', () => console.log('exit'));
}, 60);
