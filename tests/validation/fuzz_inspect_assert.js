'use strict';
// Differential fuzz of util.inspect (with assorted options), util.format (every specifier) and
// assert.deepStrictEqual/deepEqual/isDeepStrictEqual (their messages with the diff) on
// pseudo-random values: the number of results and a hash (FNV-1a) of them all.
const util = require('util');
const assert = require('assert');
const path = require('path');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function value(d) {
  switch (rnd(d > 2 ? 12 : 22)) {
    case 0: return rnd(1000) - 500;
    case 1: return pick([0, -0, NaN, Infinity, -Infinity, 1.5, 1e21, 2 ** 53, -1e-7, 123456789]);
    case 2: return pick(['', 'a', 'abc', "it's", 'a"b', 'x\ny', '\u001b[31m', 'é', '\ud800', 'a'.repeat(rnd(120))]);
    case 3: return pick([true, false, null, undefined]);
    case 4: return BigInt(rnd(100) - 50);
    case 5: return Symbol(pick(['', 'a', 'b c']));
    case 6: return new Date(rnd(2e12));
    case 7: return pick([/a/g, /x\/y/i, /[a-z]+$/m]);
    case 8: { const e = new Error(pick(['m', 'multi\nline', ''])); e.stack = `Error: ${e.message}\n    at fake (/x.js:1:1)`; return e; }
    case 9: return Buffer.from(Array.from({ length: rnd(60) }, () => rnd(256)));
    case 10: return function named() {};
    case 11: return () => {};
    case 12: { const o = {}; for (let i = rnd(6); i > 0; i--) o[pick(['a', 'b', 'key with space', '1', 'constructor', '__x', 'é'])] = value(d + 1); return o; }
    case 13: { const a = []; for (let i = rnd(8); i > 0; i--) a.push(value(d + 1)); if (rnd(4) === 0) a[rnd(10) + 10] = 1; return a; }
    case 14: { const m = new Map(); for (let i = rnd(4); i > 0; i--) m.set(value(d + 1), value(d + 1)); return m; }
    case 15: { const s = new Set(); for (let i = rnd(4); i > 0; i--) s.add(value(d + 1)); return s; }
    case 16: return new (pick([Uint8Array, Int16Array, Float64Array, BigInt64Array]))(rnd(5));
    case 17: { const o = Object.create(null); o.x = value(d + 1); return o; }
    case 18: { class Foo { constructor() { this.a = 1; } } return new Foo(); }
    case 19: { const o = { a: 1 }; o.self = o; return o; }
    case 20: return Object(pick([1, 'str', true, 5n]));
    default: return [Promise.resolve(rnd(3)), new WeakMap(), new ArrayBuffer(rnd(5)), new Proxy({ a: 1 }, {})][rnd(4)];
  }
}
const out = [];
for (let i = 0; i < 1500; i++) {
  const v = value(0);
  const opts = pick([{}, { depth: 0 }, { compact: false }, { breakLength: 40 }, { sorted: true }, { showHidden: true }, { maxArrayLength: 2, maxStringLength: 10 }, { colors: true }, { numericSeparator: true }, { compact: 1, breakLength: Infinity }, { getters: true }]);
  let s;
  try { s = util.inspect(v, opts); } catch (e) { s = 'ERR ' + e.message; }
  out.push(s);
  const fmt = pick(['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%s:%s', '%%s', 'x %d %s']);
  try { out.push(util.format(fmt, v, value(0))); } catch (e) { out.push('ERR ' + e.message); }
  const w = rnd(3) === 0 ? v : value(0);
  let r1, r2;
  try { assert.deepStrictEqual(v, w); r1 = 'eq'; } catch (e) { r1 = e.code + ' ' + e.message; }
  try { assert.deepEqual(v, w); r2 = 'eq'; } catch (e) { r2 = e.code; }
  out.push(r1 + '|' + r2 + '|' + util.isDeepStrictEqual(v, w));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
// An object with no usable valueOf/toString given to %d, %i, %f: V8's message.
for (const f of ['%d', '%i', '%f']) {
  try {
    util.format(f, Object.create(null));
  } catch (e) {
    console.log(f, e.name, e.message);
  }
}
