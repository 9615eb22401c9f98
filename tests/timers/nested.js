'use strict';
// Nested setTimeout(0), timers created while timers run, same-duration lists.

console.log('nested timers');

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

// The cases run one after the other (each starts from the last callback of
// the one before), so a stalled machine cannot reorder them.
setTimeout(() => {
  console.log('t1');
  setTimeout(() => {
    console.log('t1 -> nested 0');
    setTimeout(() => {
      console.log('t1 -> nested 0 -> nested 0');
      sameDurationList();
    }, 0);
  }, 0);
  // Even when time passes inside the callback, a timer started now waits for
  // the next timers phase.
  busy(3);
}, 0);
setTimeout(() => console.log('t2'), 0);
setTimeout(() => {
  console.log('t3');
  setImmediate(() => console.log('immediate from t3'));
}, 1);

// A 50 ms timer started inside a 1 ms timer goes in the existing 50 ms list,
// after that list's older timer.
function sameDurationList() {
  setTimeout(() => {
    setTimeout(() => {
      console.log('list of 50: the younger');
      setTimeout(chain, 100);
    }, 50);
  }, 1);
  setTimeout(() => console.log('list of 50: the older'), 50);
}

// Recursive timeouts keep the process alive until the chain ends.
let n = 0;
function chain() {
  n++;
  if (n < 5) setTimeout(chain, 0);
  else console.log(`chain done after ${n} timeouts`);
}
busy(3);
