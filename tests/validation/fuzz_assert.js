'use strict';
// Differential fuzz of assert: equal/strictEqual/deep(Strict)Equal and their negations (messages
// with diffs), ok, throws with every kind of validation (classes, RegExps, objects, functions,
// strings), doesNotThrow, match and ifError on pseudo-random values: the number of results and
// a hash (FNV-1a) of them all. (Dates are left out: goja's Date#toString names the zone 'UTC'.)
const assert = require('assert');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function val(d) {
  switch (rnd(d > 1 ? 5 : 10)) {
    case 0: return pick([0, -0, 1, NaN, 1.5, -3, 1e21]);
    case 1: return pick(['', 'a', 'abc', 'multi\nline\ntext', 'x'.repeat(rnd(200))]);
    case 2: return pick([null, undefined, true, false, 5n]);
    case 3: return pick([Symbol('s'), /r/g]);
    case 4: { const e = new (pick([Error, TypeError]))(pick(['boom', 'other'])); e.stack = `${e.name}: ${e.message}\n    at x (/x.js:1:1)`; if (rnd(3) === 0) e.code = 'E1'; return e; }
    case 5: { const o = {}; for (let i = rnd(4); i > 0; i--) o[pick(['a', 'b', 'message', 'name', 'code'])] = val(d + 1); return o; }
    case 6: return Array.from({ length: rnd(5) }, () => val(d + 1));
    case 7: return new Map([[val(d + 1), val(d + 1)]]);
    case 8: return new Set([val(d + 1), val(d + 1)]);
    default: return pick([[1, 2, 3], { a: [1, { b: 2 }] }, Buffer.from('ab'), new Uint8Array([1, 2])]);
  }
}
const out = [];
function run(f) {
  try { f(); out.push('passed'); } catch (e) {
    if (e === null || typeof e !== 'object') { out.push(`threw ${typeof e} ${typeof e === 'symbol' ? e.toString() : String(e)}`); return; }
    // (Stack lines inside messages come from assert's own frames: left out.)
    out.push([e.name, e.code, e.operator, e.generatedMessage, e.message].map((x) => (typeof x === 'string' ? x : require('util').inspect(x))).join(' ').replace(/\n    at .*/g, ''));
  }
}
const ops = ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual'];
for (let i = 0; i < 800; i++) {
  const a = val(0);
  const b = rnd(4) === 0 ? a : val(0);
  const op = pick(ops);
  run(() => assert[op](a, b, pick([undefined, undefined, 'msg'])));
  run(() => assert.ok(pick([a, 0, '', null])));
  const thrown = val(0);
  const validator = pick([undefined, Error, TypeError, /boom/, /nope/, { message: 'boom' }, { name: 'TypeError' }, { code: 'E1', message: /o/ }, { a: 1 }, (e) => e === thrown, () => false, class X {}, 'boom', val(0)]);
  run(() => assert.throws(() => { throw thrown; }, validator, pick([undefined, 'msg'])));
  run(() => assert.doesNotThrow(() => { if (rnd(2)) throw thrown; }, pick([undefined, Error, /boom/, 'msg'])));
  run(() => assert.match(pick(['abc', 'boom', 1, a]), pick([/b/, /z/, 'x'])));
  run(() => assert.ifError(pick([null, undefined, a, thrown])));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
