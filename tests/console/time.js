'use strict';
// console.time / timeLog / timeEnd formats, with a fake process.hrtime.

let now = [0, 0];
process.hrtime = function hrtime(prev) {
  if (prev === undefined) return now.slice();
  let s = now[0] - prev[0];
  let ns = now[1] - prev[1];
  if (ns < 0) {
    s--;
    ns += 1e9;
  }
  return [s, ns];
};
function advance(ms) {
  const total = now[0] * 1e9 + now[1] + Math.round(ms * 1e6);
  now = [Math.floor(total / 1e9), total % 1e9];
}

console.time();
advance(1.2345);
console.timeEnd();

console.time('ms');
advance(0.5);
console.timeLog('ms');
advance(12.3456789);
console.timeLog('ms', 'with', { data: 1 });
advance(987);
console.timeEnd('ms');

console.time('seconds');
advance(1500);
console.timeEnd('seconds');

console.time('minutes');
advance(61234);
console.timeEnd('minutes');

console.time('hours');
advance(3600000 + 2 * 60000 + 3456);
console.timeEnd('hours');

console.time('exact');
advance(1000);
console.timeEnd('exact');

console.time(42);
advance(0.001);
console.timeEnd(42);

console.group('grouped');
console.time('g');
advance(2);
console.timeEnd('g');
console.groupEnd();

// Warnings go to the 'warning' event (and to stderr, not compared here).
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.timeEnd('missing');
console.timeLog('missing');
console.time('dup');
console.time('dup');
console.countReset('never');
