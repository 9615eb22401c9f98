'use strict';
// Errors thrown by EventTarget listeners are reported as uncaught exceptions on a later tick and
// do not stop the dispatch: sync throws and rejecting thenables through process.nextTick,
// handleEvent objects and async listeners after a microtask.

const log = [];
const ours = new Set(['sync', 'handleEvent', 'async', 'thenable', 'range']);
process.on('uncaughtException', (err, origin) => {
  // The engine words its own TypeErrors differently: only the class is compared for those.
  log.push(`uncaught ${err.name}: ${ours.has(err.message) ? err.message : '<engine message>'} (${origin})`);
});

const et = new EventTarget();
et.addEventListener('e', () => {
  log.push('l1 throws');
  throw new Error('sync');
});
et.addEventListener('e', {
  handleEvent() {
    log.push('l2 handleEvent throws');
    throw new Error('handleEvent');
  },
});
et.addEventListener('e', async () => {
  log.push('l3 async rejects');
  throw new Error('async');
});
et.addEventListener('e', () => {
  log.push('l4 returns a thenable');
  return {
    then(onFulfilled, onRejected) {
      log.push(`then called: ${typeof onFulfilled} ${typeof onRejected}`);
      onRejected(new Error('thenable'));
    },
  };
});
et.addEventListener('e', () => {
  log.push('l5 returns values that are not thenables');
  return 42;
});
et.addEventListener('e', (ev) => {
  log.push(`l6 still runs, cancelable ${ev.cancelable}`);
  ev.preventDefault();
});

log.push(`dispatch returned ${et.dispatchEvent(new Event('e', { cancelable: true }))}`);
log.push('after dispatch (sync)');

// A handleEvent that is not a function fails when called.
const et2 = new EventTarget();
et2.addEventListener('n', { handleEvent: 5 });
et2.addEventListener('n', { handleEvent: null });
et2.addEventListener('n', {});
et2.dispatchEvent(new Event('n'));

setTimeout(() => {
  for (const line of log) console.log(line);
  console.log('a second dispatch:');
  log.length = 0;
  const et3 = new EventTarget();
  et3.addEventListener('x', () => { throw new RangeError('range'); });
  et3.addEventListener('x', () => log.push('next listener'));
  et3.dispatchEvent(new Event('x'));
  setTimeout(() => {
    for (const line of log) console.log(line);
  }, 5);
}, 5);
