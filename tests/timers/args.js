'use strict';
// Extra arguments, delay coercion and the shape of Timeout and Immediate.

const timers = require('timers');

for (let count = 0; count <= 6; count++) {
  const extra = Array.from({ length: count }, (_, i) => `arg${i}`);
  setTimeout(function (...args) {
    console.log(`setTimeout with ${count} extra:`, JSON.stringify(args), arguments.length);
  }, 1, ...extra);
}
const withUndefined = setTimeout((...args) => console.log('explicit undefined args:', args.length), 1, undefined, undefined);
console.log('_timerArgs:', JSON.stringify(withUndefined._timerArgs), JSON.stringify(setTimeout(() => {}, 1)._timerArgs));
for (let count = 0; count <= 5; count++) {
  const extra = Array.from({ length: count }, (_, i) => i * 10);
  setImmediate((...args) => console.log(`setImmediate with ${count} extra:`, JSON.stringify(args)), ...extra);
}
const imm = setImmediate(() => {});
console.log('_argv:', imm._argv, JSON.stringify(setImmediate(() => {}, 'a')._argv));

// Delay coercion.
const delays = [
  ['undefined', undefined], ['null', null], ['0', 0], ['-0', -0], ['1', 1], ['0.5', 0.5],
  ['1.5', 1.5], ['"7"', '7'], ['"abc"', 'abc'], ['""', ''], ['true', true], ['false', false],
  ['[]', []], ['[8]', [8]], ['{valueOf:9}', { valueOf() { return 9; } }], ['-1', -1],
  ['NaN', NaN], ['2147483647', 2147483647],
];
for (const [name, d] of delays) {
  const t = setTimeout(() => {}, d);
  console.log(`delay ${name} -> ${t._idleTimeout}`);
  clearTimeout(t);
}
let sym;
try {
  setTimeout(() => {}, Symbol('s'));
} catch (err) {
  sym = `${err.name}: ${err.constructor === TypeError}`;
}
console.log('symbol delay throws:', sym);
try {
  setTimeout(() => {}, 10n);
} catch (err) {
  console.log('bigint delay throws:', err.name);
}

// The shape of the objects.
const t = setTimeout(() => {}, 5);
console.log('Timeout keys:', Object.keys(t).join(','));
console.log('Timeout symbols:', Object.getOwnPropertySymbols(t).map(String).join(','));
console.log('constructor:', t.constructor.name, Object.getPrototypeOf(t) === t.constructor.prototype);
console.log('Timeout.prototype:', Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join(','));
console.log('Timeout.prototype symbols:', Object.getOwnPropertySymbols(Object.getPrototypeOf(t)).map(String).join(','));
console.log('values:', t._idleTimeout, typeof t._idleStart, t._onTimeout.name === '', t._timerArgs, t._repeat, t._destroyed);
console.log('linked into a list:', t._idleNext !== null && t._idleNext.constructor.name, t._idlePrev !== null && t._idlePrev.constructor.name);
const list = t._idleNext;
console.log('TimersList keys:', Object.keys(list).join(','), 'msecs', list.msecs);
const t2 = setTimeout(() => {}, 5);
console.log('second timer links: t._idlePrev === t2', t._idlePrev === t2, 't2._idleNext === t', t2._idleNext === t,
            't2._idlePrev === list', t2._idlePrev === list, 'list._idleNext === t2', list._idleNext === t2);
clearTimeout(t);
console.log('after clear:', t._idleNext, t._idlePrev, t._destroyed, t._onTimeout, t._idleTimeout);
clearTimeout(t2);
console.log('hasRef:', t.hasRef(), typeof t.hasRef());

const i = setImmediate(() => {});
console.log('Immediate keys:', Object.keys(i).join(','));
console.log('Immediate symbols:', Object.getOwnPropertySymbols(i).map(String).join(','));
console.log('Immediate.prototype:', Object.getOwnPropertyNames(Object.getPrototypeOf(i)).join(','), i.constructor.name);
console.log('Immediate.prototype symbols:', Object.getOwnPropertySymbols(Object.getPrototypeOf(i)).map(String).join(','));
const i2 = setImmediate(() => {});
console.log('immediate links:', i._idleNext === i2, i2._idlePrev === i);
clearImmediate(i);
console.log('after clearImmediate:', i._destroyed, i._onImmediate, i.hasRef(), i._idleNext, i._idlePrev);
setImmediate(() => {
  console.log('ran immediate:', i2._destroyed, i2._onImmediate, i2.hasRef());
});

// The module.
console.log('timers exports:', Object.keys(timers).join(','));
console.log('globals are the module functions:',
            globalThis.setTimeout === timers.setTimeout, globalThis.setInterval === timers.setInterval,
            globalThis.setImmediate === timers.setImmediate, globalThis.clearTimeout === timers.clearTimeout,
            globalThis.clearInterval === timers.clearInterval, globalThis.clearImmediate === timers.clearImmediate);
console.log('lengths:', setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length,
            clearInterval.length, clearImmediate.length);
console.log('names:', setTimeout.name, setInterval.name, setImmediate.name, clearTimeout.name);
console.log('promises:', timers.promises === require('timers/promises'),
            require('node:timers') === timers, require('node:timers/promises') === timers.promises);
const custom = Symbol.for('nodejs.util.promisify.custom');
console.log('promisify.custom:', setTimeout[custom] === timers.promises.setTimeout,
            setImmediate[custom] === timers.promises.setImmediate, setInterval[custom]);
console.log('Symbol.toPrimitive is stable:', +t === +t, `${t}` === String(+t));

// The 1 ms timers above are due when the loop starts: they run before the immediates.
const end = Date.now() + 3;
while (Date.now() < end);
