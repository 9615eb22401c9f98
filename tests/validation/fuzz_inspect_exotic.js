'use strict';
// Differential fuzz of util.inspect on exotic values (getters that throw, classes with private
// fields, null and foreign prototypes, toStringTag, proxies, iterators, weak collections,
// promises, errors with causes/codes/odd stacks, AggregateError, typed arrays, long strings and
// arrays, web classes) under assorted options, and of util.types on each: the number of
// results and a hash (FNV-1a) of them all.
const util = require('util');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function exotic(d) {
  switch (rnd(d > 2 ? 6 : 26)) {
    case 0: return pick([1, 'x', null, undefined, -0, 2n, Symbol.iterator, NaN]);
    case 1: return new Date(pick([NaN, 0, -1e15, 8.64e15]));
    case 2: return pick([function () {}, function* gen() {}, async function af() {}, class A {}, class extends Array {}, Math.max, (x) => x]);
    case 3: return Object(Symbol('boxed'));
    case 4: return pick([new Number(-0), new String('ab'), new Boolean(false), Object(3n)]);
    case 5: return pick([[1, , 3], new Array(5), [undefined, null], Object.assign([1, 2], { k: 'v' }), Object.assign([], { '-1': 1 })]);
    case 6: { const o = { get a() { return 1; }, set b(v) {}, get c() { const e = new Error('g'); e.stack = 'Error: g\n    at getter (/x.js:1:1)'; throw e; }, get d() { return { n: 1 }; } }; Object.defineProperty(o, 'h', { value: 1, enumerable: false }); return o; }
    case 7: { class Base { constructor() { this.x = 1; } get y() { return 2; } } class Derived extends Base { #p = 1; static s = 1; } return pick([new Derived(), Derived, Base.prototype]); }
    case 8: { const o = { [Symbol.toStringTag]: pick(['Tag', '', 'Object']), a: 1 }; return o; }
    case 9: { const o = Object.create(pick([null, Array.prototype, Map.prototype, Date.prototype, Error.prototype])); o.k = exotic(d + 1); return o; }
    case 10: return new Proxy(pick([{}, [], function f() {}]), pick([{}, { get: () => 5 }, { ownKeys: () => [] }]));
    case 11: { const m = new Map([[{ a: 1 }, [1, 2]], ['s', new Set([1])]]); return pick([m, m.entries(), m.keys(), new Set([1, 2]).values(), [1, 2][Symbol.iterator]()]); }
    case 12: return pick([new WeakMap([[{}, 1]]), new WeakSet([{}]), new WeakRef({})]);
    case 13: return pick([Promise.resolve(exotic(d + 1)), new Promise(() => {})]);
    case 14: { const e = new (pick([Error, TypeError, RangeError]))(pick(['m', '', 'a\nb'])); e.stack = pick([`${e.name}: ${e.message}\n    at f (/x.js:1:2)`, 'custom', '', undefined]); if (rnd(2)) e.code = 'E_X'; if (rnd(3) === 0) e.cause = exotic(d + 1); if (rnd(4) === 0) e.name = 'Renamed'; return e; }
    case 15: { const inner = new Error('a'); inner.stack = 'Error: a\n    at i (/x.js:2:2)'; const e = new AggregateError([inner, 1], 'agg'); e.stack = 'AggregateError: agg\n    at a (/x.js:3:3)'; return e; }
    case 16: return pick([new ArrayBuffer(3), new DataView(new ArrayBuffer(4), 1), new Float32Array([1.5, -0, NaN]), new BigInt64Array(2), Buffer.from('abc'), new Uint8Array(200)]);
    case 17: return pick([/re/gimsuy, Object.assign(/x/, { extra: 1 }), new RegExp('a.b')]);
    case 18: { const o = {}; o.a = o; o.b = [o, { o }]; return o; }
    case 19: return pick([globalThis.process ? 'no-process' : 1, Object.freeze({ f: 1 }), Object.seal([1])]);
    case 20: { const f = function named() {}; f.prop = 1; f[Symbol('fs')] = 2; return f; }
    case 21: return pick([new URL('http://u:p@h:1/p?q#f'), new URLSearchParams('a=1&b=2'), new AbortController(), AbortSignal.abort('r'), new EventTarget(), new util.MIMEType('a/b;c=d'), new TextEncoder(), new TextDecoder()]);
    case 22: { const o = {}; for (let i = 0; i < rnd(30); i++) o['key' + i] = i * 1000.5; return o; }
    case 23: return 'x'.repeat(rnd(200)) + '\n' + "'\"`";
    case 24: return Array.from({ length: rnd(150) }, (_, i) => i % 3 ? i : 'str' + i);
    default: return { nested: { deeper: { deepest: { bottom: [exotic(d + 1)] } } } };
  }
}
const out = [];
for (let i = 0; i < 2500; i++) {
  const v = exotic(0);
  const opts = pick([{}, { showHidden: true }, { depth: 1 }, { depth: null }, { showProxy: true }, { getters: true }, { getters: 'get' }, { getters: 'set' }, { compact: false, breakLength: 30 }, { compact: 1 }, { maxArrayLength: 0 }, { maxStringLength: 5 }, { sorted: true }, { colors: true, depth: 3 }, { numericSeparator: true }, { customInspect: false }]);
  try { out.push(util.inspect(v, opts)); } catch (e) { out.push('ERR ' + e.name + ' ' + e.message); }
  const t = Object.keys(util.types).filter((k) => { try { return util.types[k](v); } catch { return false; } });
  out.push(t.join(','));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
