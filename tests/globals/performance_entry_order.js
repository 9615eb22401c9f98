'use strict';
// The entry lists are ordered by startTime, marks given an earlier startTime included, with
// entries of equal startTime in the order they were made; observers' lists too.
const { performance, PerformanceObserver } = require('perf_hooks');

function names(list) {
  return list.map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' ');
}

const observed = [];
const obs = new PerformanceObserver((list) => {
  observed.push(names(list.getEntries()));
  observed.push(names(list.getEntriesByName('same')));
  observed.push(names(list.getEntriesByType('measure')));
});
obs.observe({ entryTypes: ['mark', 'measure'] });

performance.mark('b', { startTime: 20 });
performance.mark('a', { startTime: 10 });
performance.mark('same', { startTime: 15 });
performance.mark('c', { startTime: 30 });
performance.mark('same', { startTime: 15, detail: 'second' });
performance.mark('early', { startTime: 1 });
performance.measure('m1', { start: 12, end: 40 });
performance.measure('m0', { start: 5, end: 6 });
performance.measure('same', { start: 15, end: 16 });

console.log('all:', names(performance.getEntries()));
console.log('marks:', names(performance.getEntriesByType('mark')));
console.log('measures:', names(performance.getEntriesByType('measure')));
console.log('same:', names(performance.getEntriesByName('same')));
console.log('same marks:', performance.getEntriesByName('same', 'mark').map((e) => e.detail).join(' '));

// In order already: still in order.
performance.clearMarks();
performance.clearMeasures();
for (let i = 0; i < 5; i++) performance.mark(`in-order-${i}`, { startTime: 100 + i });
console.log('in order:', names(performance.getEntriesByType('mark')));

setImmediate(() => {
  obs.disconnect();
  for (const line of observed) console.log('observer:', line);
});
