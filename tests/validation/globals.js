'use strict';
// Web globals given wrong arguments: structuredClone, queueMicrotask, DOMException, performance,
// PerformanceObserver, MessageEvent,
// MessageChannel/MessagePort, BroadcastChannel, atob/btoa.
const { matrix, show, badValues } = require('./fixtures/check');

show('structuredClone()', () => structuredClone());
matrix('structuredClone', (v, o) => typeof structuredClone(v, o), [1, undefined],
       [undefined, null, Symbol('s'), () => {}, new WeakMap(), Promise.resolve(), { f() {} }, new Proxy({}, {})], [0]);
matrix('structuredClone options', (v, o) => typeof structuredClone(v, o), [1, undefined],
       [null, 1, 'x', {}, { transfer: 1 }, { transfer: 'x' }, { transfer: {} }, { transfer: [1] }, { transfer: [{}] },
        { transfer: [new ArrayBuffer(1), 1] }, { transfer: null }, Symbol('s')], [1]);
show('structuredClone duplicate transfer', () => { const ab = new ArrayBuffer(1); return structuredClone(ab, { transfer: [ab, ab] }); });
show('structuredClone detached', () => { const ab = new ArrayBuffer(1); structuredClone(ab, { transfer: [ab] }); return structuredClone(ab); });

matrix('queueMicrotask', queueMicrotask, [() => {}], badValues());
show('queueMicrotask()', () => queueMicrotask());

matrix('new DOMException', (m, n) => { const e = new DOMException(m, n); return `${e.name} ${e.code} ${e.message}`; }, ['msg', 'SyntaxError'],
       [undefined, null, 1, {}, 'AbortError', 'Bogus', { name: 'DataCloneError' }, { cause: 1 }, { name: 'X', cause: 2 }, Symbol('s')]);
show('DOMException()', () => DOMException('x'));
for (const p of ['name', 'message', 'code']) {
  show(`DOMException ${p} getter on {}`, () => Object.getOwnPropertyDescriptor(DOMException.prototype, p).get.call({}));
}

const names = ['mark', 'measure', 'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntriesByName', 'getEntriesByType',
               'setResourceTimingBufferSize', 'markResourceTiming', 'now', 'toJSON', 'timerify', 'eventLoopUtilization'];
for (const n of names) {
  if (typeof performance[n] === 'function') show(`performance.${n}()`, () => typeof performance[n]());
}
matrix('performance.mark', (n, o) => performance.mark(n, o).name, ['m', undefined],
       [undefined, null, 1, {}, Symbol('s')], [0]);
matrix('performance.mark options', (n, o) => { const t = performance.mark(n, o).startTime; return t === 5 ? t : typeof t; }, ['m', undefined],
       [null, 1, 'x', { startTime: 'x' }, { startTime: -1 }, { startTime: 5 }, { detail: () => {} }, { detail: 1 }], [1]);
matrix('performance.measure', (n, s, e) => performance.measure(n, s, e).name, ['x', 'm', undefined],
       [undefined, null, 1, {}, 'nope', { start: 'nope' }, { start: 1, end: 2, duration: 3 }, { duration: 'x' }, { detail: () => {} }, Symbol('s')], [1]);
show('performance.measure()', () => performance.measure());
matrix('performance.getEntriesByName', (n, t) => performance.getEntriesByName(n, t).length, ['m', 'mark'], [undefined, null, 1, {}]);
matrix('performance.getEntriesByType', (t) => performance.getEntriesByType(t).length, ['mark'], [undefined, null, 1, {}, 'bogus']);
matrix('performance.clearMarks', (n) => performance.clearMarks(n), ['m'], [null, 1, {}]);
matrix('performance.setResourceTimingBufferSize', (n) => performance.setResourceTimingBufferSize(n), [10],
       [undefined, null, -1, 1.5, 'x', {}, 2 ** 32]);
matrix('performance.timerify', (f, o) => typeof performance.timerify(f, o), [() => {}, {}],
       [undefined, null, 1, 'x', {}, { histogram: 1 }]);
matrix('performance.eventLoopUtilization', (a, b) => typeof performance.eventLoopUtilization(a, b), [undefined, undefined],
       [null, 1, {}, 'x']);
show('performance.now.call({})', () => typeof performance.now.call({}));
show('Performance()', () => new (performance.constructor)());

show('new MessagePort()', () => new MessagePort());
const { port1, port2 } = new MessageChannel();
matrix('port.postMessage', (m, t) => port1.postMessage(m, t), [1, undefined],
       [() => {}, Symbol('s'), new WeakMap()], [0]);
matrix('port.postMessage transfer', (m, t) => port1.postMessage(m, t), [1, undefined],
       [null, 1, 'x', {}, [1], [{}], { transfer: 1 }, { transfer: [1] }, [port1], [new ArrayBuffer(1), 1]], [1]);
show('port.postMessage()', () => port1.postMessage());
show('MessagePort.prototype.postMessage on {}', () => MessagePort.prototype.postMessage.call({}, 1));
show('MessagePort.prototype.start on {}', () => MessagePort.prototype.start.call({}));
show('MessagePort.prototype.close on {}', () => MessagePort.prototype.close.call({}));
show('MessageChannel()', () => MessageChannel());
port1.close();
show('closed port postMessage', () => port1.postMessage(1));
show('transfer a closed port', () => structuredClone(port2, { transfer: [port2] }) && structuredClone(port2, { transfer: [port2] }));

show('new BroadcastChannel()', () => new BroadcastChannel());
matrix('new BroadcastChannel', (n) => { const b = new BroadcastChannel(n); const name = b.name; b.close(); return name; }, ['x'],
       [undefined, null, 1, {}, Symbol('s')]);
const bc = new BroadcastChannel('bc');
show('bc.postMessage()', () => bc.postMessage());
matrix('bc.postMessage', (m) => bc.postMessage(m), [1], [() => {}, Symbol('s')]);
bc.close();
show('closed bc.postMessage', () => bc.postMessage(1));
show('BroadcastChannel.prototype.postMessage on {}', () => BroadcastChannel.prototype.postMessage.call({}, 1));
show('BroadcastChannel name getter on {}', () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get.call({}));

matrix('atob', atob, ['YQ=='], [...badValues(), 'YQ', 'Y', '====', 'YQ==YQ==', '\u0100']);
show('atob()', () => atob());
matrix('btoa', btoa, ['a'], [...badValues(), '\u0100', 'é']);
show('btoa()', () => btoa());
// navigator is Node 21's, which gonode adds (host/navigator_test.go checks it); Node v20 has none.

// MessageEvent, PerformanceObserver, PerformanceEntry/PerformanceMark.
matrix('new MessageEvent', (t, i) => { const e = new MessageEvent(t, i); return `${e.type} ${e.data} ${e.origin} ${e.lastEventId} ${e.source} ${e.ports.length}`; }, ['message', {}],
       [undefined, null, 1, 'x', {}, Symbol('s'), { data: 1 }, { origin: 1 }, { lastEventId: {} }, { source: 1 }, { source: {} }, { ports: 1 }, { ports: [1] }, { ports: 'ab' }, { ports: null }]);
show('new MessageEvent()', () => new MessageEvent());
show('MessageEvent()', () => MessageEvent('x'));
for (const p of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  show(`MessageEvent ${p} getter on {}`, () => Object.getOwnPropertyDescriptor(MessageEvent.prototype, p).get.call({}));
}
matrix('new PerformanceObserver', (f) => typeof new PerformanceObserver(f).observe, [() => {}], badValues());
const po = new PerformanceObserver(() => {});
matrix('po.observe', (o) => { po.observe(o); po.disconnect(); return 'ok'; }, [{ entryTypes: ['mark'] }],
       [undefined, null, 1, 'x', {}, { entryTypes: 1 }, { entryTypes: [] }, { entryTypes: ['bogus'] }, { entryTypes: [1] }, { type: 1 }, { type: 'bogus' },
        { type: 'mark', entryTypes: ['mark'] }, { type: 'mark', buffered: 1 }, { entryTypes: 'mark' }]);
show('PerformanceObserver()', () => PerformanceObserver(() => {}));
show('new PerformanceEntry()', () => new PerformanceEntry());
matrix('new PerformanceMark', (n, o) => new PerformanceMark(n, o).name, ['m', {}], [undefined, null, 1, {}, Symbol('s'), { startTime: 'x' }, { startTime: -1 }, { detail: () => {} }]);
show('PerformanceObserver.supportedEntryTypes', () => PerformanceObserver.supportedEntryTypes.join(','));
