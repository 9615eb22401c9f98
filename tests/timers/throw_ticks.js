'use strict';
// When a timer throws, Node does not drain the nextTick queue or microtasks
// before the next timer: they run after the next callback that completes.

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

process.on('uncaughtException', (e) => {
  console.log('caught ' + e.message);
  process.nextTick(() => console.log('tick in handler'));
  Promise.resolve().then(() => console.log('promise in handler'));
});
setTimeout(() => {
  console.log('a');
  process.nextTick(() => console.log('tick after a'));
  Promise.resolve().then(() => console.log('promise after a'));
  throw new Error('boom');
}, 1);
setTimeout(() => {
  console.log('b');
  process.nextTick(() => console.log('tick after b'));
}, 1);
setTimeout(() => console.log('c'), 2);
setImmediate(() => {
  console.log('i1');
  throw new Error('iboom');
});
setImmediate(() => {
  console.log('i2');
  process.nextTick(() => console.log('tick after i2'));
});
setImmediate(() => console.log('i3'));
busy(5);
