'use strict';
// Differential fuzz of structuredClone (errors with causes, boxed values, typed arrays sharing a
// buffer, sparse arrays, cycles, Maps/Sets, Blobs, own __proto__ keys, objects inheriting from a
// Blob; what cannot be cloned) and util.parseArgs (random options and arguments): the number of
// results and a hash (FNV-1a) of them all.
const util = require('util');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { out.push(String(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
function value(d) {
  switch (rnd(d > 2 ? 8 : 18)) {
    case 0: return rnd(100) - 50;
    case 1: return pick(['', 'x', 'é\ud800', -0, NaN, 1n, true, null, undefined]);
    case 2: return new Date(rnd(1e12));
    case 3: return pick([/a/gi, /b/y]);
    case 4: { const e = new (pick([Error, TypeError, RangeError, SyntaxError, URIError, EvalError, ReferenceError]))('m'); if (rnd(2)) e.cause = value(d + 1); e.stack = `${e.name}: m\n    at x`; if (rnd(3) === 0) e.extra = 1; return e; }
    case 5: return Object(pick([1, 's', false, 2n]));
    case 6: return new (pick([Uint8Array, Int32Array, Float32Array, BigUint64Array, DataView]))(new ArrayBuffer(8), pick([0, 8]), 0);
    case 7: return pick([Symbol('s'), () => {}, new WeakSet(), Promise.resolve(), { get g() { return 1; } }, Object.create({ inherited: 1 })]);
    case 8: { const o = {}; for (let i = rnd(5); i > 0; i--) { const k = pick(['a', 'b', '1', '__proto__', 'z']); const v = value(d + 1); if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }); else o[k] = v; } if (rnd(8) === 0) Object.setPrototypeOf(o, new Blob(['p'])); return o; }
    case 9: { const a = []; for (let i = rnd(5); i > 0; i--) a.push(value(d + 1)); if (rnd(3) === 0) a[rnd(8) + 6] = 2; if (rnd(4) === 0) a.prop = 1; return a; }
    case 10: { const m = new Map(); for (let i = rnd(3); i > 0; i--) m.set(value(d + 1), value(d + 1)); return m; }
    case 11: { const s = new Set(); for (let i = rnd(3); i > 0; i--) s.add(value(d + 1)); return s; }
    case 12: { const o = { a: 1 }; o.self = o; o.arr = [o]; return o; }
    case 13: { const ab = new ArrayBuffer(4); return [new Uint8Array(ab), new Uint16Array(ab, 2), ab]; }
    case 14: { class K { constructor() { this.v = 1; } } return new K(); }
    case 15: return Buffer.from('hi');
    case 16: return new Blob(['ab'], { type: 'x/y' });
    default: return Object.create(null);
  }
}
for (let i = 0; i < 3000; i++) {
  const v = value(0);
  rec(() => util.inspect(structuredClone(v), { showHidden: true, depth: 4 }));
}
for (let i = 0; i < 1500; i++) {
  const opts = {};
  for (let k = rnd(4); k > 0; k--) {
    const name = pick(['a', 'b', 'long', 'x-y', 'v']);
    const o = { type: pick(['string', 'boolean']) };
    if (rnd(2)) o.short = pick(['a', 'b', 'l', 'x']);
    if (rnd(3) === 0) o.multiple = true;
    if (rnd(4) === 0) o.default = o.type === 'string' ? (o.multiple ? ['d'] : 'd') : (o.multiple ? [true] : false);
    opts[name] = o;
  }
  const args = Array.from({ length: rnd(6) }, () => pick(['-a', '-b', '-ab', '-l', '--long', '--long=v', '--a', '--no-a', '--', 'pos', '-', '--x-y', '-xv', '--unknown', '-z', '--b=1', '=x']));
  const cfg = { args, options: opts, strict: !!rnd(2), allowPositionals: !!rnd(2), tokens: !!rnd(2), allowNegative: !!rnd(2) };
  rec(() => JSON.stringify(util.parseArgs(cfg)));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
