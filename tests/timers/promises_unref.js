'use strict';
// ref: false promises do not keep the process alive.

const tp = require('timers/promises');

tp.setTimeout(1000, 'v', { ref: false }).then(() => console.log('never (unref\'d timeout)'));
tp.setImmediate('v', { ref: false }).then(() => console.log('unref\'d immediate runs: the ref\'d timer keeps the loop alive'));
tp.setTimeout(1, 'ref\'d').then((v) => console.log(v));
process.on('exit', () => console.log('exit'));
// Let the 1 ms timer be due when the loop starts, so it runs before the check phase.
const end = Date.now() + 3;
while (Date.now() < end);
setTimeout(() => {
  tp.setImmediate('v', { ref: false }).then(() => console.log('never (unref\'d immediate, nothing else alive)'));
}, 5);
