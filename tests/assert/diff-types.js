'use strict';
// Failure messages of deepStrictEqual / deepEqual / notDeepStrictEqual for Maps, Sets, circular
// structures, errors, class instances, typed arrays, boxed primitives, symbols, getters and
// other values whose inspected form the diff is built from.
const assert = require('assert');

let n = 0;
function show(label, fn) {
  n++;
  try {
    fn();
    console.log(`#${n} ${label}: no error`);
  } catch (e) {
    console.log(`#${n} ${label}: ${e.code} ${e.operator}`);
    // Stack frames (inside inspected errors) differ between engines: each run becomes one line.
    console.log(e.message.replace(/(\n[+\- ] +at [^\n]*)+/g, (m) => `${m.slice(0, 2)} <frames>`));
    console.log('~'.repeat(10));
  }
}

const circ = (v) => {
  const o = { v, list: [1, 2] };
  o.self = o;
  o.list.push(o);
  return o;
};

show('map values', () => assert.deepStrictEqual(new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3]])));
show('map object keys', () => assert.deepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 2 }, 'v']])));
show('map sizes', () => assert.deepStrictEqual(new Map([[1, 1]]), new Map([[1, 1], [2, 2]])));
show('map sorted keys', () => assert.deepStrictEqual(new Map([['z', 1], ['a', 2]]), new Map([['a', 2], ['z', 2]])));
show('set members', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
show('set objects', () => assert.deepStrictEqual(new Set([{ a: 1 }, [1, 2]]), new Set([{ a: 1 }, [1, 3]])));
show('set order only', () => assert.deepStrictEqual(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])));
show('nested map in set', () => assert.deepStrictEqual(new Set([new Map([[1, new Set([2])]])]), new Set([new Map([[1, new Set([3])]])])));
show('circular differ', () => assert.deepStrictEqual(circ(1), circ(2)));
show('circular same look', () => assert.deepStrictEqual(circ(Symbol.for('x')), (() => { const o = circ(Symbol.for('x')); o.extra = undefined; return o; })()));
show('circular vs plain', () => assert.deepStrictEqual(circ(1), { v: 1, list: [1, 2], self: {} }));
show('notDeepStrictEqual circular', () => assert.notDeepStrictEqual(circ(1), circ(1)));
show('errors', () => assert.deepStrictEqual(new Error('first'), new Error('second')));
show('error classes', () => assert.deepStrictEqual(new TypeError('m'), new RangeError('m')));
show('error props', () => assert.deepStrictEqual(Object.assign(new Error('m'), { code: 'A' }), Object.assign(new Error('m'), { code: 'B' })));
show('error cause', () => assert.deepStrictEqual(new Error('m', { cause: 'x' }), new Error('m', { cause: 'y' })));
show('error vs object', () => assert.deepStrictEqual(new Error('m'), { message: 'm' }));
const withStack = (err, frames) => {
  err.stack = `${err.name}: ${err.message}\n${frames.map((f) => `    at ${f} (/app/x.js:1:1)`).join('\n')}`;
  return err;
};
show('errors inside objects', () => assert.deepStrictEqual(
  { err: withStack(new Error('a'), ['f', 'g', 'h', 'i', 'j', 'k']) },
  { err: withStack(new Error('b'), ['f', 'g', 'h', 'i', 'j', 'k']) }));
show('class instances', () => {
  class Point { constructor(x, y) { this.x = x; this.y = y; } }
  assert.deepStrictEqual(new Point(1, 2), new Point(1, 3));
});
show('class vs plain', () => {
  class Point { constructor(x) { this.x = x; } }
  assert.deepStrictEqual(new Point(1), { x: 1 });
});
show('null prototype', () => assert.deepStrictEqual(Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 2 })));
show('typed arrays', () => assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
show('float arrays', () => assert.deepStrictEqual(new Float64Array([0.1, -0]), new Float64Array([0.1, 0])));
show('array buffers', () => assert.deepStrictEqual(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer));
show('dataviews', () => assert.deepStrictEqual(new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer)));
show('boxed', () => assert.deepStrictEqual([new Number(1), new String('s'), Object(true)], [new Number(2), new String('s'), Object(true)]));
show('symbols', () => assert.deepStrictEqual({ [Symbol('a')]: 1, b: Symbol('b') }, { [Symbol('a')]: 1, b: Symbol('c') }));
show('getters', () => assert.deepStrictEqual({ get a() { return 1; }, set a(v) {} }, { get a() { return 2; } }));
show('dates', () => assert.deepStrictEqual({ when: new Date(0) }, { when: new Date(86400000) }));
show('regexps', () => assert.deepStrictEqual([/a/g, /b/], [/a/g, /b/i]));
show('functions', () => assert.deepStrictEqual({ f: function named() {} }, { f: () => {} }));
show('class values', () => assert.deepStrictEqual([class A {}], [class B {}]));
show('sparse arrays', () => assert.deepStrictEqual([1, , , 4], [1, undefined, , 4]));
show('long strings in objects', () => assert.deepStrictEqual({ s: 'x'.repeat(100) }, { s: 'x'.repeat(99) + 'y' }));
show('multiline strings in objects', () => assert.deepStrictEqual({ s: 'a\nb' }, { s: 'a\nc' }));
show('promises', () => assert.deepStrictEqual(Promise.resolve(1), Promise.reject(new Error('no')).catch(() => {}) && Promise.resolve(2)));
show('weak map', () => assert.deepStrictEqual(new WeakMap(), new WeakSet()));
show('arguments', () => assert.deepStrictEqual((function () { return arguments; })(1, 2), [1, 2]));
show('deep nesting beyond default depth', () => assert.deepStrictEqual({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { a: { b: { c: { d: { e: { f: 2 } } } } } }));
show('many small keys', () => assert.deepStrictEqual(Object.fromEntries('abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, i])), Object.fromEntries('abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, i === 13 ? -1 : i]))));
show('array of 150 numbers', () => assert.deepStrictEqual(Array.from({ length: 150 }, (_, i) => i), Array.from({ length: 150 }, (_, i) => (i === 120 ? 0 : i))));
show('loose deepEqual map', () => assert.deepEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
show('loose deepEqual set', () => assert.deepEqual(new Set([1, 2]), new Set([1, 3])));
show('loose notDeepEqual circular', () => assert.notDeepEqual(circ(1), circ('1')));
show('strictEqual maps', () => assert.strictEqual(new Map([[1, 2]]), new Map([[1, 2]])));
show('strictEqual sets differ', () => assert.strictEqual(new Set([1]), new Set([2])));
show('notStrictEqual map', () => { const m = new Map([[1, { a: [1, 2] }]]); assert.notStrictEqual(m, m); });
show('error objects as actual/expected', () => assert.strictEqual(new Error('x'), new Error('x')));
show('errors differ strictEqual', () => assert.strictEqual(new TypeError('x'), new Error('y')));
