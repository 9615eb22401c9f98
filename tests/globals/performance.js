// performance and perf_hooks: the clock (now, timeOrigin), marks and measures (options, mark
// names, Node milestones, detail cloning), the entry buffers, toJSON, nodeTiming's shape,
// timerify, and the shapes of the classes. Timestamps vary, so only their types and relations
// are printed.
'use strict';
const ph = require('perf_hooks');
const { inspect } = require('util');

function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message));
  }
}
const shape = (proto) => Object.getOwnPropertyNames(proto).map((k) => {
  const d = Object.getOwnPropertyDescriptor(proto, k);
  return `${k}:${d.enumerable ? 'e' : '-'}${d.get ? 'g' : ''}${d.set ? 's' : ''}`;
}).join(' ');

console.log(Object.keys(ph).join());
console.log(performance === ph.performance, Object.getPrototypeOf(performance) === ph.Performance.prototype,
            Object.getPrototypeOf(ph.Performance.prototype) === EventTarget.prototype);
for (const C of [ph.Performance, ph.PerformanceEntry, ph.PerformanceMark, ph.PerformanceMeasure,
  ph.PerformanceObserver, ph.PerformanceObserverEntryList]) {
  console.log(C.name, C.length, shape(C.prototype), Object.prototype.toString.call(C.prototype));
}
console.log(Object.getOwnPropertyNames(performance), Object.keys(performance));
console.log(ph.PerformanceObserver.supportedEntryTypes, Object.isFrozen(ph.PerformanceObserver.supportedEntryTypes));
console.log(ph.constants, Object.isFrozen(ph.constants));
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList']) {
  console.log(name, globalThis[name] === ph[name]);
}

// The clock
const n1 = performance.now();
const n2 = performance.now();
console.log('now', typeof n1, n1 > 0, n2 >= n1, n1 < 60000);
const origin = performance.timeOrigin;
console.log('timeOrigin', typeof origin, Math.abs(origin + performance.now() - Date.now()) < 50,
            origin === performance.timeOrigin);
const ev = new Event('x');
console.log('Event timeStamp on the same clock', Math.abs(ev.timeStamp - performance.now()) < 50);

// Marks
const m = performance.mark('a');
console.log('mark', m.name, m.entryType, typeof m.startTime, m.duration, m.detail, Object.keys(m),
            Object.keys(m.toJSON()), m instanceof ph.PerformanceMark, m instanceof ph.PerformanceEntry);
const m2 = performance.mark('b', { detail: { x: 1 }, startTime: 5 });
console.log(inspect(m2), JSON.stringify(m2), Object.prototype.toString.call(m2));
console.log(inspect([m2], { depth: 0 }));
t('detail is cloned', () => { const d = { y: 1 }; const mm = performance.mark('c', { detail: d, startTime: 6 }); return [mm.detail === d, mm.detail]; });
t('function detail', () => performance.mark('d', { detail: () => 1 }));
t('negative startTime', () => performance.mark('e', { startTime: -1 }));
t('string startTime', () => performance.mark('e', { startTime: '5' }));
t('options number', () => performance.mark('e', 5));
t('no name', () => performance.mark());
t('symbol name', () => performance.mark(Symbol()));
t('number name', () => performance.mark(5, { startTime: 1 }).name);
t('milestone name', () => performance.mark('nodeStart'));
t('null detail', () => performance.mark('f', { detail: null, startTime: 7 }).detail);
t('NaN startTime', () => performance.mark('nan', { startTime: NaN }).startTime);
t('new PerformanceMark', () => { const x = new ph.PerformanceMark('zz', { startTime: 3 }); return [x.name, x.startTime, performance.getEntriesByName('zz').length]; });
t('PerformanceMark sets the mark time', () => performance.measure('from zz', 'zz', 'b').duration);
try { ph.PerformanceMark('x'); } catch (err) { console.log('PerformanceMark() throws', err.constructor.name); }

// Measures
const me = performance.measure('m1', { start: 1, end: 11, detail: 'dd' });
console.log(inspect(me), JSON.stringify(me), Object.prototype.toString.call(me));
const times = (x) => [x.startTime, x.duration];
t('marks', () => times(performance.measure('m2', 'b', 'c')));
t('start mark only', () => { const x = performance.measure('m3', 'b'); return [x.startTime, x.duration > 0]; });
t('no start', () => { const x = performance.measure('m4'); return [x.startTime, x.duration > 0]; });
t('unknown mark', () => performance.measure('m5', 'nope'));
t('end only', () => times(performance.measure('m6', { end: 20 })));
t('start and duration', () => times(performance.measure('m7', { start: 2, duration: 3 })));
t('end and duration', () => times(performance.measure('m8', { end: 10, duration: 3 })));
t('all three', () => performance.measure('m9', { start: 1, end: 2, duration: 3 }));
t('options and endMark', () => performance.measure('m9', { start: 1 }, 'b'));
t('empty options', () => { const x = performance.measure('m10', {}); return [x.startTime, x.duration > 0]; });
t('empty options and endMark', () => times(performance.measure('m11', {}, 'b')));
t('detail only', () => { const x = performance.measure('m12', { detail: [1] }); return [x.startTime, x.detail]; });
t('negative start', () => performance.measure('m13', { start: -5 }));
t('object start', () => performance.measure('m13', { start: {} }));
t('string duration', () => performance.measure('m13', { start: 1, duration: '2' }));
t('negative endMark', () => performance.measure('m13', undefined, -7));
t('number endMark', () => times(performance.measure('m14', undefined, 7)));
t('number startMark ignored', () => performance.measure('m15', 3).startTime);
t('end before start', () => times(performance.measure('m16', 'c', 'b')));
t('milestone', () => typeof performance.measure('m17', 'nodeStart', 'b').startTime);
t('loopStart milestone', () => typeof performance.measure('m18', 'loopStart', 'b').startTime);
t('no name', () => performance.measure());
t('number name', () => performance.measure(5));
t('undefined name', () => performance.measure(undefined));
t('function detail', () => performance.measure('m19', { start: 1, detail: () => 1 }));
t('new PerformanceMeasure', () => new ph.PerformanceMeasure());
t('new PerformanceEntry', () => new ph.PerformanceEntry());
t('new Performance', () => new ph.Performance());

// Buffers
const names = (list) => list.map((e) => `${e.entryType}:${e.name}`).join(' ');
performance.clearMarks('a');
performance.clearMarks('nan');
performance.clearMeasures('m3');
performance.clearMeasures('m4');
performance.clearMeasures('m10');
performance.clearMeasures('m12');
console.log('entries', names(performance.getEntries()));
console.log('by name', names(performance.getEntriesByName('b')), names(performance.getEntriesByName('b', 'mark')),
            names(performance.getEntriesByName('b', 'measure')), performance.getEntriesByName(5).length);
console.log('by type', names(performance.getEntriesByType('mark')), performance.getEntriesByType('measure').length,
            performance.getEntriesByType('resource').length, performance.getEntriesByType('nope').length);
t('getEntriesByName()', () => performance.getEntriesByName());
t('getEntriesByType()', () => performance.getEntriesByType());
const all = performance.getEntries();
console.log('sorted', all.every((e, i) => i === 0 || all[i - 1].startTime <= e.startTime), all !== performance.getEntries());
performance.clearMarks();
console.log('clearMarks()', performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').length);
t('cleared mark time', () => performance.measure('x', 'b'));
performance.clearMeasures();
console.log('clearMeasures()', performance.getEntries().length);
t('clearResourceTimings', () => performance.clearResourceTimings());
t('setResourceTimingBufferSize()', () => performance.setResourceTimingBufferSize());
t('setResourceTimingBufferSize(10)', () => performance.setResourceTimingBufferSize(10));

// toJSON, nodeTiming, eventLoopUtilization
const json = performance.toJSON();
console.log('toJSON', Object.keys(json), typeof json.timeOrigin, Object.keys(json.eventLoopUtilization));
const nt = performance.nodeTiming;
console.log('nodeTiming', nt.name, nt.entryType, nt.startTime, typeof nt.duration, Object.keys(nt),
            Object.keys(nt.toJSON()), nt.constructor.name, nt instanceof ph.PerformanceEntry, nt.uvMetricsInfo);
console.log('milestones are numbers', ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit', 'idleTime'].every((k) => typeof nt[k] === 'number'));
console.log('nodeStart <= bootstrapComplete', nt.nodeStart <= nt.bootstrapComplete);
console.log(Object.keys(performance.eventLoopUtilization()));
console.log(inspect(performance, { depth: 0 }), inspect(nt, { depth: -1 }));

// timerify
function add(a, b) { return a + b; }
const timed = performance.timerify(add);
console.log('timerify', timed.name, timed.length, timed(1, 2), timed !== add, Object.getOwnPropertyDescriptor(timed, 'name'));
class K { constructor(x) { this.x = x; } }
const TK = performance.timerify(K);
console.log('constructor', new TK(5).x, TK.name);
t('timerify(1)', () => performance.timerify(1));
t('histogram', () => performance.timerify(add, { histogram: {} }));
t('options number', () => performance.timerify(add, 5));

// `this` checks
t('now on another object', () => performance.now.call({}));
t('timeOrigin on another object', () => Object.getOwnPropertyDescriptor(ph.Performance.prototype, 'timeOrigin').get.call({}));
t('entry getter on another object', () => Object.getOwnPropertyDescriptor(ph.PerformanceEntry.prototype, 'name').get.call({}));
t('mark detail on another object', () => Object.getOwnPropertyDescriptor(ph.PerformanceMark.prototype, 'detail').get.call({}));
