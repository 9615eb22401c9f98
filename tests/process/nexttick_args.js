// nextTick with arguments and ordering against promises and immediates.
process.nextTick((a, b, c) => console.log('tick', a, b, c), 1, 'two', [3]);
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
}).then(() => console.log('promise 2'));
setImmediate(() => console.log('immediate'));
process.nextTick(() => {
  console.log('tick 2');
  Promise.resolve().then(() => console.log('promise from tick'));
  process.nextTick(() => console.log('nested tick'));
});
try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.code, e.message);
}
