// PerformanceObserver: entries delivered in one setImmediate after they are made (after ticks
// and microtasks), entryTypes vs type (+ buffered), re-observing, takeRecords, disconnect,
// the entry list's methods, timerify's 'function' entries, and the errors.
'use strict';
const { PerformanceObserver, PerformanceObserverEntryList, performance } = require('perf_hooks');
const { inspect } = require('util');

function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message));
  }
}
const names = (list) => list.map((e) => `${e.entryType}:${e.name}`);

const obs = new PerformanceObserver((list, observer) => {
  console.log('callback', observer === obs, list instanceof PerformanceObserverEntryList,
              inspect(list, { depth: 0 }), names(list.getEntries()));
  console.log('by type', names(list.getEntriesByType('mark')), 'by name', names(list.getEntriesByName('m1')),
              names(list.getEntriesByName('m1', 'measure')), names(list.getEntriesByName('f1', 'function')));
  const fn = list.getEntriesByType('function')[0];
  console.log('function entry', fn.name, fn.constructor.name, fn.detail, Object.keys(fn), fn.toJSON().detail,
              typeof fn.duration);
  t('getEntriesByType()', () => list.getEntriesByType());
  t('getEntriesByName()', () => list.getEntriesByName());
  observer.disconnect();
});
obs.observe({ entryTypes: ['function', 'mark'] });
function f1(a, b) { return a + b; }
performance.timerify(f1)(1, 2);
performance.mark('m1', { startTime: 1 });
performance.measure('not observed', { start: 1 });
setImmediate(() => console.log('immediate queued after the entries'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));

// A single type with buffered: the entries already there come first.
performance.mark('early', { startTime: 0.5 });
const single = new PerformanceObserver((list, observer) => {
  console.log('buffered', names(list.getEntries()));
  observer.disconnect();
});
single.observe({ type: 'mark', buffered: true });
performance.mark('late', { startTime: 2 });

// Re-observing with entryTypes replaces the types but keeps what was buffered.
const replaced = new PerformanceObserver((list, observer) => {
  console.log('replaced', names(list.getEntries()));
  observer.disconnect();
});
replaced.observe({ entryTypes: ['measure'] });
performance.measure('me1', { start: 3 });
replaced.observe({ entryTypes: ['mark'] });
performance.measure('me2', { start: 3 });
performance.mark('mk', { startTime: 4 });

// takeRecords empties the buffer; disconnect drops it.
const taker = new PerformanceObserver(() => console.log('taker never called'));
taker.observe({ type: 'mark' });
taker.observe({ type: 'measure' });
performance.mark('taken', { startTime: 5 });
console.log(inspect(taker));
console.log('takeRecords', names(taker.takeRecords()), taker.takeRecords());
performance.mark('dropped', { startTime: 6 });
taker.disconnect();
console.log(inspect(taker));

// Errors
const o = new PerformanceObserver(() => {});
t('no callback', () => new PerformanceObserver());
t('bad callback', () => new PerformanceObserver(1));
t('no options', () => o.observe());
t('empty options', () => o.observe({}));
t('options number', () => o.observe(5));
t('both', () => o.observe({ entryTypes: ['mark'], type: 'mark' }));
t('entryTypes string', () => o.observe({ entryTypes: 'mark' }));
t('unknown entryTypes', () => o.observe({ entryTypes: ['nope'] }));
t('unknown type', () => o.observe({ type: 'nope' }));
o.observe({ type: 'mark' });
t('single to multiple', () => o.observe({ entryTypes: ['measure'] }));
o.disconnect();
o.observe({ entryTypes: ['mark'] });
t('multiple to single', () => o.observe({ type: 'measure' }));
o.disconnect();
t('new PerformanceObserverEntryList', () => new PerformanceObserverEntryList());
t('supportedEntryTypes', () => PerformanceObserver.supportedEntryTypes.includes('mark'));
console.log('sync end');
