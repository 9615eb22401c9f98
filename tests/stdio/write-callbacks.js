'use strict';
// Write callbacks run after the write, on a later tick: order against nextTick, promises and
// immediates; console.log and process.stdout.write share one ordered stream.
const order = [];
const out = process.stdout;
const r1 = out.write('one\n', () => order.push('cb1'));
console.log('two');
const r2 = out.write('three\n', 'utf8', () => order.push('cb3'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
setImmediate(() => {
  order.push('immediate');
  setImmediate(() => {
    console.log(order.join(' '));
    console.log('returns', r1, r2);
    out.write('last\n', (err) => console.log('last cb', err));
    console.log('after last write');
  });
});
order.push('sync');
console.error('stderr line');
process.stderr.write('stderr write\n', () => order.push('errcb'));
