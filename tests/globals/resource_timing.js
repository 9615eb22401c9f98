'use strict';
// performance.markResourceTiming and PerformanceResourceTiming: the entry's getters, toJSON,
// observers, the resource buffer and 'resourcetimingbufferfull'.
const util = require('util');
const { PerformanceObserver, PerformanceResourceTiming, PerformanceEntry } = require('perf_hooks');
console.log(PerformanceResourceTiming === globalThis.PerformanceResourceTiming, Object.getPrototypeOf(PerformanceResourceTiming) === PerformanceEntry);
try { new PerformanceResourceTiming(); } catch (e) { console.log(e.code, e.message); }
const timingInfo = {
  startTime: 10, endTime: 25.5, finalServiceWorkerStartTime: 0, redirectStartTime: 0, redirectEndTime: 0,
  postRedirectStartTime: 11, finalConnectionTimingInfo: { domainLookupStartTime: 12, domainLookupEndTime: 13,
    connectionStartTime: 14, connectionEndTime: 15, secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 'http/1.1' },
  finalNetworkRequestStartTime: 16, finalNetworkResponseStartTime: 20, encodedBodySize: 100, decodedBodySize: 200,
};
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) console.log('observed', e.name, e.entryType, e.duration);
  obs.disconnect();
});
obs.observe({ type: 'resource' });
const e = performance.markResourceTiming(timingInfo, 'http://x/a', 'fetch', globalThis, '');
console.log(util.inspect(e));
console.log(JSON.stringify(e.toJSON()));
console.log(Object.prototype.toString.call(e), e instanceof PerformanceEntry);
const e2 = performance.markResourceTiming({ ...timingInfo, finalConnectionTimingInfo: null }, 'http://x/b', 'fetch', globalThis, 'local');
console.log(e2.transferSize, e2.connectStart, e2.nextHopProtocol);
console.log(performance.getEntriesByType('resource').map((x) => x.name), performance.getEntriesByName('http://x/a').length);
for (const c of [undefined, 'validated', 'x']) try { performance.markResourceTiming(timingInfo, 'u', 'fetch', globalThis, c); } catch (err) { console.log(err.code, err.message.split('\n')[0]); }
performance.clearResourceTimings('http://x/a');
console.log(performance.getEntriesByType('resource').length);
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(2);
let fired = 0;
performance.addEventListener('resourcetimingbufferfull', (ev) => {
  fired++;
  console.log('buffer full', ev.type, ev.isTrusted, performance.getEntriesByType('resource').length);
  if (fired === 1) performance.setResourceTimingBufferSize(3);
});
for (let i = 0; i < 5; i++) performance.markResourceTiming(timingInfo, `r${i}`, 'fetch', globalThis, '');
console.log('sync', performance.getEntriesByType('resource').map((x) => x.name));
setImmediate(() => setImmediate(() => console.log('later', fired, performance.getEntriesByType('resource').map((x) => x.name))));
for (const p of ['name', 'startTime', 'duration', 'initiatorType', 'transferSize']) {
  try { Object.getOwnPropertyDescriptor(PerformanceResourceTiming.prototype, p).get.call({}); } catch (err) { console.log(p, err.code, err.message); }
}
try { PerformanceResourceTiming.prototype.toJSON.call({}); } catch (err) { console.log('toJSON', err.code, err.message); }
console.log(Object.keys(PerformanceResourceTiming.prototype));
