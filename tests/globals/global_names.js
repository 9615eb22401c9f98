// The global object has Node's names, and enumerates exactly Node's.
console.log(Object.keys(globalThis).join(','));
// Atomics, SharedArrayBuffer, Intl and WebAssembly are engine features goja lacks (see the
// README); every other own global name must be present, whatever issue implements it.
const engineGaps = new Set(['Atomics', 'SharedArrayBuffer', 'Intl', 'WebAssembly']);
// navigator and Navigator are Node 21's, which gonode adds non-enumerable (host/navigator_test.go).
const newer = new Set(['navigator', 'Navigator']);
const names = Object.getOwnPropertyNames(globalThis).filter((n) => !engineGaps.has(n) && !newer.has(n)).sort();
console.log(names.length);
console.log(names.join(','));
const desc = (n) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  return `${n}:${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}`;
};
console.log(['global', 'process', 'console', 'Buffer', 'setTimeout', 'queueMicrotask', 'fetch', 'URL'].map(desc).join(' '));
console.log(typeof setTimeout, typeof Buffer, typeof URL, typeof fetch, typeof structuredClone, typeof performance);
console.log(globalThis.global === globalThis, require('timers').setTimeout === setTimeout);
