'use strict';
// Delays outside [1, 2**31-1] become 1 ms; too-large ones warn with a
// TimeoutOverflowWarning.

process.on('warning', (w) => {
  console.log(`warning: ${w.name}: ${w.message}`);
});

const cases = [
  ['2**31', 2 ** 31],
  ['2**31-1', 2 ** 31 - 1],
  ['Infinity', Infinity],
  ['"3000000000"', '3000000000'],
  ['1e10', 1e10],
  ['-Infinity', -Infinity],
];
for (const [name, delay] of cases) {
  const t = setTimeout(() => console.log(`fired: ${name}`), delay);
  console.log(`${name}: _idleTimeout ${t._idleTimeout}`);
  if (t._idleTimeout !== 1) clearTimeout(t);
}
const iv = setInterval(function () {
  console.log('interval with overflow: _repeat', this._repeat);
  clearInterval(this);
}, 2 ** 32);
console.log('TIMEOUT_MAX via setTimeout(fn, 2**31-1):', setTimeout(() => {}, 2 ** 31 - 1).unref()._idleTimeout);
