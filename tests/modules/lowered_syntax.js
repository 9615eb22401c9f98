// Modules using async generators and for await load (lowered with esbuild),
// keep their line numbers, and agree with everything else on Symbol.asyncIterator.
const collect = require('./fixtures/lowered/gen');
collect(4).then((v) => console.log('collected', v));
console.log(collect.lineOfError());
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve(i < 2 ? { value: i++, done: false } : { value: undefined, done: true }) };
  },
};
console.log(typeof Symbol.asyncIterator, Symbol.asyncIterator.toString());
(async () => {
  const { setTimeout: sleep } = require('timers/promises');
  await sleep(1);
  const fromEvents = require('events').on;
  console.log(typeof fromEvents);
  const it = iterable[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next());
})();
