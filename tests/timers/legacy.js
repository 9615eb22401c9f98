'use strict';
// The deprecated enroll/active/unenroll API keeps working.

const timers = require('timers');
process.on('warning', (w) => console.log(`warning: ${w.name} ${w.code}: ${w.message}`));

const item = {
  _onTimeout() {
    console.log('enrolled item fired, this === item:', this === item);
  },
};
timers.enroll(item, 5);
console.log('after enroll:', item._idleTimeout, item._idleNext === item, item._idlePrev === item);
timers.active(item);
console.log('after active: destroyed', item._destroyed);

const gone = { _onTimeout() { console.log('gone (should not run)'); } };
timers.enroll(gone, 3);
timers.active(gone);
timers.unenroll(gone);
console.log('after unenroll:', gone._idleTimeout, gone._destroyed);
timers.active(gone); // _idleTimeout is -1: nothing happens

const quiet = { _onTimeout() { console.log('never (unref\'d legacy)'); } };
timers.enroll(quiet, 1000);
timers._unrefActive(quiet);

// enroll again moves it to another duration.
const moved = { _onTimeout() { console.log('moved item fired at its new duration'); } };
timers.enroll(moved, 1000);
timers.active(moved);
timers.enroll(moved, 8);
timers.active(moved);

// Overflow warns and truncates.
const big = { _onTimeout() {} };
timers.enroll(big, 2 ** 32);
console.log('enroll with 2**32:', big._idleTimeout);

console.log('deprecated names:', timers.enroll.name, timers.active.name);
