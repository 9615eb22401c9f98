'use strict';
// A throwing timer or immediate goes to 'uncaughtException' and the remaining
// timers of the same turn still run.

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});

setTimeout(() => {
  console.log('t1');
  throw new Error('boom from t1');
}, 1);
setTimeout(() => console.log('t2 (same list, same turn)'), 1);
setTimeout(() => {
  console.log('t3 (other list)');
  throw new Error('boom from t3');
}, 2);
setTimeout(() => console.log('t4'), 2);
const t5 = setTimeout(() => console.log('t5'), 3);

setTimeout(() => {
  console.log('-- immediates');
  setImmediate(() => {
    console.log('i1');
    throw new Error('boom from i1');
  });
  setImmediate(() => console.log('i2'));
  setImmediate(() => {
    console.log('i3');
    setImmediate(() => {
      console.log('i5 (queued by i3)');
      setTimeout(nonErrors, 1);
    });
  });
  setImmediate(() => console.log('i4'));
}, 10);

function nonErrors() {
  console.log('-- throwing non-errors');
  setTimeout(() => { throw 42; }, 1);
  setTimeout(() => { throw null; }, 1);
  setTimeout(() => console.log('after the non-errors'), 1);
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', (v) => console.log('caught value', v));
}
busy(5);
