'use strict';
// The util.inspect corpus: every value below is printed with console.log and
// with util.inspect under several option sets. Plain JS: the output under
// node v20 is the specification (compare with ../shared/tools/node-diff).
//
// Each entry starts with a line `#<case number> <category>/<name> <option set>`;
// tests/inspect/_tools/compare.js counts the entries that match between two outputs.
//
// Errors get a fixed stack so that the output does not depend on file paths
// or the engine's stack format.

const util = require('util');

const optionSets = [
  ['log', null],
  ['depth0', { depth: 0 }],
  ['nocompact', { compact: false }],
  ['compact1', { compact: 1, breakLength: 40 }],
  ['compactTrue', { compact: true, breakLength: Infinity }],
  ['hidden', { showHidden: true }],
  ['colors', { colors: true }],
  ['sorted', { sorted: true, getters: true }],
  ['short', { maxArrayLength: 2, maxStringLength: 4, breakLength: 60 }],
  ['numsep', { numericSeparator: true, depth: Infinity }],
];

// showHidden output of engine builtins depends on the engine's property order
// and extras (goja lists Math's constants first, has JSON.rawJSON, orders
// Map.prototype differently): those cases skip the 'hidden' set here;
// _pending/engine-differences.js has them.
const noHidden = optionSets.filter(([name]) => name !== 'hidden');

function fixedError(ctor, message, stackLines = 2, name) {
  const e = new ctor(message);
  const n = name || e.name;
  const frames = [];
  for (let i = 0; i < stackLines; i++) frames.push(`    at fn${i} (/app/file${i}.js:${i + 1}:${i + 7})`);
  const head = message === '' ? n : `${n}: ${message}`;
  Object.defineProperty(e, 'stack', {
    value: [head, ...frames].join('\n'),
    writable: true, configurable: true, enumerable: false,
  });
  return e;
}

const cases = [];
function add(category, name, make, opts) {
  cases.push([`${category}/${name}`, make, opts]);
}

// ---------------------------------------------------------------- primitives
add('prim', 'string', () => 'hello');
add('prim', 'empty string', () => '');
add('prim', 'single quote', () => "it's");
add('prim', 'both quotes', () => `'"`);
add('prim', 'all quotes', () => '\'"`');
add('prim', 'all quotes dollar', () => '\'"${x}');
add('prim', 'escapes', () => 'a\nb\tc\rd\be\ff\vg\0h\\i');
add('prim', 'control chars', () => '\x01\x1b[31m\x7f\x85\x9f');
add('prim', 'unicode', () => 'héllo wörld ✓ 中文 😀');
add('prim', 'lone surrogates', () => 'a\ud800b\udc00c\ud83d\ude00');
add('prim', 'long string', () => 'x'.repeat(120));
add('prim', 'multiline long', () => 'first line of text here\nsecond line of text here\nthird line of text is here\n');
add('prim', 'multiline short', () => 'a\nb');
add('prim', 'number', () => 42);
add('prim', 'negative zero', () => -0);
add('prim', 'float', () => 3.14159);
add('prim', 'NaN', () => NaN);
add('prim', 'Infinity', () => Infinity);
add('prim', '-Infinity', () => -Infinity);
add('prim', 'big number', () => 1e21);
add('prim', 'small number', () => 1e-7);
add('prim', 'max safe', () => Number.MAX_SAFE_INTEGER);
add('prim', 'float sep', () => 1234567.891234);
add('prim', 'negative int', () => -1234567);
add('prim', 'bigint', () => 123n);
add('prim', 'big bigint', () => 12345678901234567890n);
add('prim', 'negative bigint', () => -987654321n);
add('prim', 'true', () => true);
add('prim', 'false', () => false);
add('prim', 'undefined', () => undefined);
add('prim', 'null', () => null);
add('prim', 'symbol', () => Symbol('sym'));
add('prim', 'symbol no desc', () => Symbol());
add('prim', 'well-known symbol', () => Symbol.iterator);
add('prim', 'registered symbol', () => Symbol.for('reg'));
add('prim', 'symbol with space', () => Symbol('a b'));
add('prim', 'symbol empty desc', () => Symbol(''));

// -------------------------------------------------------------------- arrays
add('array', 'empty', () => []);
add('array', 'small', () => [1, 2, 3]);
add('array', 'strings', () => ['a', 'b', 'c']);
add('array', 'mixed', () => [1, 'two', null, undefined, true, 3n, Symbol('s')]);
add('array', 'nested', () => [1, [2, [3, [4, [5]]]]]);
add('array', 'sparse one', () => [1, , 3]);
add('array', 'sparse many', () => [, , , 4, , , 7]);
add('array', 'holes only', () => new Array(5));
add('array', 'hole at end', () => { const a = [1, 2]; a.length = 4; return a; });
add('array', 'single hole', () => new Array(1));
add('array', 'sparse large', () => { const a = []; a[0] = 1; a[1000] = 2; return a; });
add('array', '101 items', () => Array.from({ length: 101 }, (_, i) => i));
add('array', '150 items', () => Array.from({ length: 150 }, (_, i) => i));
add('array', '7 numbers', () => [1, 2, 3, 4, 5, 6, 7]);
add('array', '26 numbers', () => Array.from({ length: 26 }, (_, i) => i * 7));
add('array', '30 floats', () => Array.from({ length: 30 }, (_, i) => i / 3));
add('array', 'letters', () => 'abcdefghijklmnopqrstuvwxyz'.split(''));
add('array', 'words', () => ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango', 'nectarine']);
add('array', 'mixed lengths', () => ['a', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'c', 'd', 'e', 'f', 'g']);
add('array', 'negative numbers', () => [-1, 20, -300, 4000, -50000, 600000, -7, 8, 9, 10]);
add('array', 'bigints', () => [1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]);
add('array', 'objects', () => [{ a: 1 }, { b: 2 }, { c: 3 }]);
add('array', 'many objects', () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item${i}` })));
add('array', 'with props', () => { const a = [1, 2]; a.extra = 'x'; a[Symbol('s')] = 1; return a; });
add('array', 'only props', () => { const a = []; a.foo = 'bar'; return a; });
add('array', '2d', () => [[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
add('array', 'long strings', () => ['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]);
add('array', 'subclass', () => { class MyArray extends Array {} return MyArray.from([1, 2]); });
add('array', 'empty subclass', () => { class Stack extends Array {} return new Stack(); });
add('array', 'null proto', () => { const a = [1, 2]; Object.setPrototypeOf(a, null); return a; });
add('array', 'tagged', () => { const a = [1]; Object.defineProperty(a, Symbol.toStringTag, { value: 'Tagged' }); return a; });
add('array', 'undefined items', () => [undefined, undefined]);
add('array', 'nested empties', () => [[], {}, [[]], [{}]]);
add('array', 'deep nesting', () => [[[[[['deep']]]]]]);
add('array', 'grouped with extras', () => { const a = Array.from({ length: 10 }, (_, i) => i); a.x = 1; return a; });
add('array', 'mixed grouping', () => [1, 'a', 2, 'b', 3, 'c', 4, 'd']);
add('array', 'many short strings', () => Array.from({ length: 40 }, (_, i) => String(i)));
add('array', 'long multiline string item', () => ['line one of a long string\nline two of a long string\nline three of it']);
add('array', 'numbers and nulls', () => [1, null, 2, null, 3, null, 4, null]);

// ------------------------------------------------------------------- objects
add('object', 'empty', () => ({}));
add('object', 'simple', () => ({ a: 1, b: 'two', c: true }));
add('object', 'nested', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
add('object', 'nested arrays', () => ({ list: [1, 2, 3], more: [[1], [2]] }));
add('object', 'quoted keys', () => ({ 'a-b': 1, 'c d': 2, '1x': 3, $dollar: 4, _under: 5, 'it\'s': 6 }));
add('object', 'numeric keys', () => ({ 1: 'one', 2: 'two', 10: 'ten' }));
add('object', 'symbol keys', () => ({ [Symbol('a')]: 1, [Symbol.iterator]: 2, [Symbol()]: 3 }));
add('object', '__proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
add('object', 'getters', () => ({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }));
add('object', 'getter returning object', () => ({ get obj() { return { x: 1 }; }, get nul() { return null; } }));
add('object', 'getter throws', () => ({ get bad() { throw new Error('nope'); } }));
add('object', 'non-enumerable', () => Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }));
add('object', 'class instance', () => { class Point { constructor() { this.x = 1; this.y = 2; } } return new Point(); });
add('object', 'empty class instance', () => { class Empty {} return new Empty(); });
add('object', 'subclass instance', () => { class A { constructor() { this.a = 1; } } class B extends A { constructor() { super(); this.b = 2; } } return new B(); });
add('object', 'null proto', () => Object.create(null));
add('object', 'null proto with props', () => Object.assign(Object.create(null), { a: 1, b: [2] }));
add('object', 'toStringTag', () => ({ [Symbol.toStringTag]: 'Custom', a: 1 }));
add('object', 'toStringTag on proto', () => { class T { get [Symbol.toStringTag]() { return 'Tag'; } } return new T(); });
add('object', 'toStringTag same as ctor', () => { class Same { get [Symbol.toStringTag]() { return 'Same'; } } return new Same(); });
add('object', 'toStringTag null proto', () => { const o = Object.create(null); Object.defineProperty(o, Symbol.toStringTag, { value: 'NP' }); return o; });
add('object', 'anonymous class instance', () => new (class {})());
add('object', 'constructor overwritten', () => { function F() {} F.prototype.constructor = undefined; return new F(); });
add('object', 'Object.create(proto)', () => Object.create({ inherited: 1 }));
add('object', 'Object.create(instance)', () => { class K {} return Object.create(new K()); });
add('object', 'proto without ctor', () => Object.create(Object.create(null)));
add('object', 'long object', () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeeeeeeee' }));
add('object', 'many keys', () => { const o = {}; for (let i = 0; i < 30; i++) o[`key${i}`] = i; return o; });
add('object', 'multiline string value', () => ({ text: 'first line of the text value\nsecond line of the text value\nthird' }));
add('object', 'long string value', () => ({ s: 'z'.repeat(100) }));
add('object', 'undefined value', () => ({ u: undefined, n: null }));
add('object', 'function values', () => ({ f() {}, g: () => {}, h: function named() {} }));
add('object', 'nested 3 wide', () => ({ a: { x: 1, y: { z: 1 } }, b: { x: [1, 2, { deep: true }] } }));
add('object', 'mixed depth', () => ({ level1: { level2: { level3: { level4: 'deep' } }, sibling: 1 }, top: 'x' }));
add('object', 'compact 3 rule', () => ({ a: 1, b: { c: 2, d: { e: 3 } } }));
add('object', 'wide nested', () => ({ first: [1, 2, 3], next: { detail: { core: true } } }));
add('object', 'keys with escapes', () => ({ 'a\nb': 1, 'tab\t': 2, 'quote\'': 3 }));
add('object', 'empty string key', () => ({ '': 1 }));
add('object', 'frozen', () => Object.freeze({ a: 1 }));
add('object', 'math', () => Math, noHidden);
add('object', 'JSON', () => JSON, noHidden);
add('object', 'Reflect', () => Reflect, noHidden);
add('object', 'global-like', () => ({ globalThisRef: typeof globalThis }));
add('object', 'object with array of objects', () => ({ rows: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }] }));
add('object', 'object with constructor key', () => ({ constructor: 'not a function' }));
add('object', 'class with static', () => { class S { static x = 1; } return new S(); });
add('object', 'private fields', () => { class P { #secret = 1; pub = 2; } return new P(); });
add('object', 'accessor on class', () => { class G { get v() { return 1; } } return new G(); });
add('object', 'non-enumerable symbol', () => Object.defineProperty({}, Symbol('hid'), { value: 1, enumerable: false }));

// -------------------------------------------------------------------- circular
add('circular', 'self', () => { const o = { name: 'self' }; o.me = o; return o; });
add('circular', 'array self', () => { const a = [1]; a.push(a); return a; });
add('circular', 'mutual', () => { const a = { n: 'a' }; const b = { n: 'b', a }; a.b = b; return a; });
add('circular', 'two refs', () => { const a = { n: 'a' }; const b = { n: 'b' }; a.b = b; b.b = b; b.a = a; return a; });
add('circular', 'nested deep', () => { const o = { x: { y: {} } }; o.x.y.back = o; return o; });
add('circular', 'map', () => { const m = new Map(); m.set('self', m); return m; });
add('circular', 'set', () => { const s = new Set(); s.add(s); return s; });
add('circular', 'in array of objects', () => { const o = { id: 1 }; o.list = [o, { o }]; return o; });
add('circular', 'inner cycle', () => { const inner = { v: 1 }; inner.inner = inner; return { outer: inner }; });
add('circular', 'class instance', () => { class Node { constructor() { this.parent = null; this.children = []; } } const p = new Node(); const c = new Node(); c.parent = p; p.children.push(c); return p; });

// ------------------------------------------------------------------ Map / Set
add('map', 'empty', () => new Map());
add('map', 'simple', () => new Map([['a', 1], ['b', 2]]));
add('map', 'object keys', () => new Map([[{ k: 1 }, { v: 1 }], [[1, 2], 'arr']]));
add('map', 'nested', () => new Map([['inner', new Map([['deep', new Map([['deeper', 1]])]])]]));
add('map', 'large', () => new Map(Array.from({ length: 120 }, (_, i) => [i, i * 2])));
add('map', 'with props', () => { const m = new Map([[1, 2]]); m.extra = true; return m; });
add('map', 'subclass', () => { class MyMap extends Map {} return new MyMap([[1, 'one']]); });
add('map', 'null proto', () => { const m = new Map([[1, 2]]); Object.setPrototypeOf(m, null); return m; });
add('map', 'long entries', () => new Map([['key one is long', 'value one is quite long too'], ['key two is long', 'value two is long also']]));
add('set', 'empty', () => new Set());
add('set', 'simple', () => new Set([1, 2, 3]));
add('set', 'strings', () => new Set(['a', 'b']));
add('set', 'objects', () => new Set([{ a: 1 }, [1, 2]]));
add('set', 'large', () => new Set(Array.from({ length: 110 }, (_, i) => i)));
add('set', 'many small', () => new Set(Array.from({ length: 20 }, (_, i) => i)));
add('set', 'with props', () => { const s = new Set([1]); s.tag = 'x'; return s; });
add('set', 'subclass', () => { class MySet extends Set {} return new MySet([1]); });
add('set', 'nested', () => new Set([new Set([new Set([1])])]));
add('weak', 'WeakMap', () => new WeakMap([[{}, 1]]));
add('weak', 'WeakSet', () => new WeakSet([{}]));
add('weak', 'WeakMap with props', () => { const w = new WeakMap(); w.x = 1; return w; });
add('iter', 'map entries', () => new Map([['a', 1], ['b', 2]]).entries());
add('iter', 'map keys', () => new Map([['a', 1], ['b', 2]]).keys());
add('iter', 'map values', () => new Map([['a', { x: 1 }]]).values());
add('iter', 'set values', () => new Set([1, 2, 3]).values());
add('iter', 'set entries', () => new Set(['x']).entries());
add('iter', 'consumed map iterator', () => { const it = new Map([[1, 1], [2, 2], [3, 3]]).keys(); it.next(); return it; });
add('iter', 'exhausted set iterator', () => { const it = new Set([1]).values(); it.next(); it.next(); return it; });
add('iter', 'empty map iterator', () => new Map().entries());
add('iter', 'array iterator', () => [1, 2].values());
add('iter', 'string iterator', () => 'ab'[Symbol.iterator]());
add('iter', 'generator object', () => (function* gen() { yield 1; })());
add('iter', 'large map iterator', () => new Map(Array.from({ length: 105 }, (_, i) => [i, i])).keys());

// ----------------------------------------------------------------- functions
add('function', 'named', () => function foo() {});
add('function', 'anonymous', () => function () {});
add('function', 'arrow', () => () => {});
add('function', 'named arrow', () => { const arrowFn = () => {}; return arrowFn; });
add('function', 'async', () => async function af() {});
add('function', 'async arrow', () => async () => {});
add('function', 'generator', () => function* gen() {});
add('function', 'method', () => ({ method() {} }).method);
add('function', 'class', () => class Foo {});
add('function', 'anonymous class', () => class {});
add('function', 'class extends', () => class Bar extends Array {});
add('function', 'class extends user', () => { class Base {} return class Derived extends Base {}; });
add('function', 'class with static', () => class WithStatic { static x = 1; static y() {} });
add('function', 'with props', () => { function f() {} f.prop = 1; f.other = 'x'; return f; });
add('function', 'null proto', () => { function np() {} Object.setPrototypeOf(np, null); return np; });
add('function', 'builtin', () => parseInt);
add('function', 'builtin ctor', () => Map, noHidden);
add('function', 'bound', () => function orig() {}.bind(null));
add('function', 'renamed', () => { function f() {} Object.defineProperty(f, 'name', { value: 'renamed' }); return f; });
add('function', 'empty name', () => { function f() {} Object.defineProperty(f, 'name', { value: '' }); return f; });
add('function', 'tagged', () => { function tf() {} tf[Symbol.toStringTag] = 'TT'; return tf; });
add('function', 'in object', () => ({ fn: function inner() {}, cls: class Inner {}, arrow: () => 1 }));
add('function', 'Object ctor', () => Object, noHidden);
add('function', 'class with comment', () => class /* comment */ Commented {});
add('function', 'function with class prop', () => { function F() {} F.Inner = class {}; return F; });

// -------------------------------------------------------------------- errors
add('error', 'basic', () => fixedError(Error, 'boom'));
add('error', 'type error', () => fixedError(TypeError, 'bad type'));
add('error', 'range error', () => fixedError(RangeError, 'out of range'));
add('error', 'no message', () => fixedError(Error, ''));
add('error', 'extra props', () => { const e = fixedError(Error, 'with props'); e.code = 'E_CODE'; e.detail = { a: 1 }; return e; });
add('error', 'in object', () => ({ err: fixedError(Error, 'nested') }));
add('error', 'in array', () => [fixedError(Error, 'one'), fixedError(Error, 'two')]);
add('error', 'cause', () => { const c = fixedError(Error, 'root cause'); const e = fixedError(Error, 'outer'); Object.defineProperty(e, 'cause', { value: c, enumerable: false, writable: true, configurable: true }); return e; });
add('error', 'cause primitive', () => new Error('x', { cause: 'because' }).cause);
add('error', 'aggregate', () => { const e = fixedError(AggregateError, 'many'); Object.defineProperty(e, 'errors', { value: [fixedError(Error, 'a'), fixedError(Error, 'b')], enumerable: false, writable: true, configurable: true }); return e; });
add('error', 'name changed', () => { const e = fixedError(Error, 'renamed'); e.name = 'CustomName'; return e; });
add('error', 'message changed', () => { const e = fixedError(Error, 'original'); e.message = 'changed'; return e; });
add('error', 'no stack', () => { const e = new Error('stackless'); Object.defineProperty(e, 'stack', { value: undefined, writable: true, configurable: true }); return e; });
add('error', 'empty stack', () => { const e = new Error('empty'); Object.defineProperty(e, 'stack', { value: '', writable: true, configurable: true }); return e; });
add('error', 'stack without frames', () => { const e = new Error('frameless'); Object.defineProperty(e, 'stack', { value: 'Error: frameless', writable: true, configurable: true }); return e; });
add('error', 'subclass', () => { class MyError extends Error {} return fixedError(MyError, 'sub', 2, 'Error'); });
add('error', 'subclass with name', () => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return fixedError(ValidationError, 'invalid', 2, 'ValidationError'); });
add('error', 'null proto error', () => { const e = fixedError(Error, 'np'); Object.setPrototypeOf(e, null); return e; });
add('error', 'multiline message', () => fixedError(Error, 'line one\nline two'));
add('error', 'stack is not string', () => { const e = new Error('x'); Object.defineProperty(e, 'stack', { value: 42, writable: true, configurable: true }); return e; });
add('error', 'deep in object', () => ({ a: { b: { err: fixedError(Error, 'deep') } } }));
add('error', 'with code in name', () => { const e = fixedError(TypeError, 'coded', 2, 'TypeError [ERR_X]'); e.code = 'ERR_X'; return e; });
add('error', 'error-like object', () => ({ name: 'Error', message: 'fake', stack: 'Error: fake\n    at x (y.js:1:1)' }));
add('error', 'error tagged', () => { const e = fixedError(Error, 'tagged'); Object.defineProperty(e, Symbol.toStringTag, { value: 'Tagged' }); return e; });
add('error', 'error with enumerable message', () => { const e = fixedError(Error, 'msg'); Object.defineProperty(e, 'message', { value: 'msg', enumerable: true }); return e; });

// --------------------------------------------------------------- binary data
add('binary', 'Uint8Array', () => new Uint8Array([1, 2, 3]));
add('binary', 'empty Uint8Array', () => new Uint8Array(0));
add('binary', 'Int16Array', () => new Int16Array([-1, 2, -300]));
add('binary', 'Float64Array', () => new Float64Array([1.5, -0, NaN]));
add('binary', 'Float32Array', () => new Float32Array([0.1, 2.5]));
add('binary', 'BigInt64Array', () => new BigInt64Array([1n, -2n]));
add('binary', 'BigUint64Array', () => new BigUint64Array([3n]));
add('binary', 'Uint8ClampedArray', () => new Uint8ClampedArray([255, 0]));
add('binary', 'large typed', () => new Uint8Array(120));
add('binary', 'grouped typed', () => new Uint16Array(Array.from({ length: 30 }, (_, i) => i * 1000)));
add('binary', 'typed with props', () => { const t = new Uint8Array(2); t.meta = 'm'; return t; });
add('binary', 'subarray', () => new Uint8Array([1, 2, 3, 4]).subarray(1, 3));
add('binary', 'ArrayBuffer', () => new Uint8Array([0, 1, 255, 16]).buffer);
add('binary', 'empty ArrayBuffer', () => new ArrayBuffer(0));
add('binary', 'large ArrayBuffer', () => new ArrayBuffer(130));
add('binary', 'DataView', () => new DataView(new ArrayBuffer(4), 1, 2));
add('binary', 'typed subclass', () => { class Bytes extends Uint8Array {} return new Bytes(2); });
add('binary', 'typed in object', () => ({ data: new Uint32Array([1, 2]) }));
add('binary', 'ArrayBuffer with props', () => { const b = new ArrayBuffer(1); b.tag = 1; return b; });

// ------------------------------------------------------------ Date / RegExp
add('date', 'epoch', () => new Date(0));
add('date', 'specific', () => new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789)));
add('date', 'invalid', () => new Date(NaN));
add('date', 'with props', () => { const d = new Date(0); d.label = 'start'; return d; });
add('date', 'subclass', () => { class MyDate extends Date {} return new MyDate(0); });
add('date', 'in object', () => ({ when: new Date(86400000) }));
add('date', 'negative year', () => new Date(Date.UTC(-100, 0, 1)));
add('date', 'far future', () => new Date(Date.UTC(275000, 0, 1)));
add('regexp', 'simple', () => /abc/);
add('regexp', 'flags', () => /a.c/gimsuy);
add('regexp', 'escaped slash', () => /a\/b/);
add('regexp', 'with props', () => { const r = /x/; r.extra = 1; return r; });
add('regexp', 'subclass', () => { class MyRe extends RegExp {} return new MyRe('q'); });
add('regexp', 'from string', () => new RegExp('a+b*', 'g'));
add('regexp', 'in object', () => ({ re: /^\d+$/ }));
add('regexp', 'char classes', () => /[a-z]\s\w(?:x|y)*?/);

// ------------------------------------------------------------------- boxed
add('boxed', 'Number', () => new Number(3));
add('boxed', 'Number -0', () => new Number(-0));
add('boxed', 'String', () => new String('str'));
add('boxed', 'String quote', () => new String("it's"));
add('boxed', 'Boolean', () => new Boolean(false));
add('boxed', 'Symbol', () => Object(Symbol('boxed')));
add('boxed', 'BigInt', () => Object(5n));
add('boxed', 'Number with props', () => Object.assign(new Number(7), { x: 1 }));
add('boxed', 'String with props', () => Object.assign(new String('ab'), { y: 2 }));
add('boxed', 'in array', () => [new Number(1), new String('s'), new Boolean(true)]);
add('boxed', 'Number subclass', () => { class MyNum extends Number {} return new MyNum(4); });

// ------------------------------------------------------------------ Promise
add('promise', 'resolved', () => Promise.resolve(42));
add('promise', 'resolved object', () => Promise.resolve({ a: 1 }));
add('promise', 'pending', () => new Promise(() => {}));
add('promise', 'rejected', () => { const p = Promise.reject(fixedError(Error, 'rej')); p.catch(() => {}); return p; });
add('promise', 'rejected primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
add('promise', 'with props', () => { const p = Promise.resolve(1); p.extra = 'e'; return p; });
add('promise', 'nested', () => Promise.resolve(Promise.resolve(1)));
add('promise', 'in object', () => ({ p: Promise.resolve('v') }));
add('promise', 'resolved undefined', () => Promise.resolve());
add('promise', 'subclass', () => { class MyPromise extends Promise {} return MyPromise.resolve(1); });

// -------------------------------------------------------------------- Proxy
add('proxy', 'object', () => new Proxy({ a: 1 }, {}));
add('proxy', 'with traps', () => new Proxy({ a: 1 }, { get: () => 'trapped', ownKeys: () => ['z'] }));
add('proxy', 'array', () => new Proxy([1, 2], {}));
add('proxy', 'function', () => new Proxy(function target() {}, {}));
add('proxy', 'revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
add('proxy', 'nested', () => new Proxy(new Proxy({ inner: true }, {}), {}));
add('proxy', 'in object', () => ({ p: new Proxy({ x: 1 }, {}) }));

// ------------------------------------------------------------ custom inspect
const custom = util.inspect.custom;
add('custom', 'string', () => ({ [custom]() { return 'CUSTOM'; } }));
add('custom', 'object', () => ({ [custom]() { return { replaced: true }; } }));
add('custom', 'depth arg', () => ({ [custom](depth) { return `depth=${depth}`; } }));
add('custom', 'options arg', () => ({ [custom](depth, opts) { return `colors=${opts.colors} compact=${opts.compact} breakLength=${opts.breakLength}`; } }));
add('custom', 'stylize', () => ({ [custom](depth, opts) { return opts.stylize('styled', 'special'); } }));
add('custom', 'inspect arg', () => ({ [custom](depth, opts, inspect) { return inspect({ via: 'inspect' }, opts); } }));
add('custom', 'multiline nested', () => ({ outer: { [custom]() { return 'line1\nline2'; } } }));
add('custom', 'returns this', () => { const o = { a: 1 }; o[custom] = function () { return this; }; return o; });
add('custom', 'class method', () => { class Money { constructor() { this.cents = 150; } [custom]() { return `Money<${this.cents / 100}>`; } } return new Money(); });
add('custom', 'in array', () => [{ [custom]: () => 'x' }, { [custom]: () => 'y' }]);
add('custom', 'returns number', () => ({ [custom]: () => 42 }));
add('custom', 'non-function', () => ({ [custom]: 'not a function' }));
add('custom', 'inspect.custom on proto', () => { class P { [custom]() { return 'P!'; } } return Object.create(new P()); });

// -------------------------------------------------------------- misc nesting
add('mixed', 'kitchen sink', () => ({
  str: 'hello', num: 1.5, big: 10n, bool: false, nil: null, undef: undefined, sym: Symbol('k'),
  arr: [1, [2, [3, [4]]]], map: new Map([['k', { v: [1] }]]), set: new Set(['s']),
  date: new Date(0), re: /x/g, fn() {}, cls: class K {},
}));
add('mixed', 'array of maps', () => [new Map([[1, 2]]), new Map(), new Set([1])]);
add('mixed', 'object of arrays', () => ({ evens: [0, 2, 4, 6, 8, 10, 12, 14], odds: [1, 3, 5, 7, 9, 11, 13, 15] }));
add('mixed', 'config-like', () => ({ server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } }, db: { url: 'postgres://u@h/db', pool: { min: 2, max: 10 } } }));
add('mixed', 'json-like', () => JSON.parse('{"users":[{"id":1,"name":"Ann","roles":["admin","dev"]},{"id":2,"name":"Bob","roles":[]}],"total":2}'));
add('mixed', 'nested empties', () => ({ a: {}, b: [], c: new Map(), d: new Set(), e: '' }));
add('mixed', 'wide array of objects', () => Array.from({ length: 4 }, (_, i) => ({ index: i, label: `label number ${i}`, active: i % 2 === 0 })));
add('mixed', 'long key', () => ({ thisIsAVeryLongPropertyNameThatGoesOnAndOnAndOnAndOnForeverAndEver: 'value' }));
add('mixed', 'arguments', () => (function () { return arguments; })(1, 'a'));
add('mixed', 'empty arguments', () => (function () { return arguments; })());
add('mixed', 'object with 7 numbers', () => ({ nums: [10, 20, 30, 40, 50, 60, 70] }));
add('mixed', 'matrix', () => Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => i * j)));
add('mixed', 'object in 4 levels', () => ({ l1: { l2: { l3: { l4: { l5: 'x' } } } } }));
add('mixed', 'array in 4 levels', () => [[[['x', ['y']]]]]);
add('mixed', 'map in 3 levels', () => ({ a: { b: new Map([['c', { d: 1 }]]) } }));
add('mixed', 'big structure', () => ({ items: Array.from({ length: 12 }, (_, i) => ({ n: i, sq: i * i })) }));
add('mixed', 'long strings in array', () => Array.from({ length: 8 }, (_, i) => `string number ${i} is here`));
add('mixed', 'numbers spanning widths', () => [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000]);
add('mixed', 'floats with separators', () => [1234.5678, 0.000012345, 1e21, -98765.4321]);
add('mixed', 'undefined and null grid', () => Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? null : i % 3 === 1 ? undefined : i)));


// ------------------------------------------------------------ option edges
const layoutOpts = [
  ['log', null],
  ['bl40', { breakLength: 40 }],
  ['bl120', { breakLength: 120 }],
  ['compact0', { compact: 0 }],
  ['compact2', { compact: 2 }],
  ['compact5', { compact: 5, breakLength: 100 }],
  ['depthNull', { depth: null }],
  ['depth1', { depth: 1 }],
  ['blInf', { breakLength: Infinity }],
];
add('layout', 'width 72', () => ({ aaaaaaaa: 'bbbbbbbbbbbbbbbb', cccccccc: 'dddddddddddddddd', eeee: 'ffffffff' }), layoutOpts);
add('layout', 'width 76', () => ({ aaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccc: 'dddddddddddddddd', eeee: 'ffffffff' }), layoutOpts);
add('layout', 'width 80', () => ({ aaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbb', cccccccc: 'dddddddddddddddd', eeee: 'ffffffff' }), layoutOpts);
add('layout', 'six entries', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }), layoutOpts);
add('layout', 'seven entries', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }), layoutOpts);
add('layout', 'six numbers', () => [100, 200, 300, 400, 500, 600], layoutOpts);
add('layout', 'seven numbers', () => [100, 200, 300, 400, 500, 600, 700], layoutOpts);
add('layout', 'nested 4 deep', () => ({ a: { b: { c: { d: {} } } } }), layoutOpts);
add('layout', 'nested arrays 4 deep', () => [[[[1, 2], [3]], [[4]]], [[[5]]]], layoutOpts);
add('layout', 'string 16', () => ({ s: 'x'.repeat(16) }), layoutOpts);
add('layout', 'string 17 multiline', () => ({ s: 'xxxxxxxx\nyyyyyyyy' }), layoutOpts);
add('layout', 'long array of strings', () => Array.from({ length: 50 }, (_, i) => `s${i}`), layoutOpts);
add('layout', 'array of 200 numbers', () => Array.from({ length: 200 }, (_, i) => i * i), layoutOpts);
add('layout', 'unicode wide strings', () => ['中文字符', '日本語', '한국어', 'abc', 'def', 'ghi', 'jkl'], layoutOpts);
add('layout', 'emoji strings', () => ['😀', '😀😀', 'a', 'b', 'c', 'd', 'e', 'f'], layoutOpts);
add('layout', 'object with long array', () => ({ data: Array.from({ length: 30 }, (_, i) => i), name: 'n' }), layoutOpts);
add('layout', 'map of arrays', () => new Map([['a', [1, 2, 3, 4, 5, 6, 7, 8]], ['b', []]]), layoutOpts);
add('layout', 'deep mixed', () => ({ a: [{ b: new Map([['c', new Set([{ d: [1] }])]]) }] }), layoutOpts);
add('layout', 'long key and value', () => ({ ['k'.repeat(40)]: 'v'.repeat(40) }), layoutOpts);
add('layout', 'array of long multiline', () => ['aaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 1], layoutOpts);

const miscOpts = [
  ['getGet', { getters: 'get' }],
  ['getSet', { getters: 'set' }],
  ['sortFn', { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }],
  ['maxArr0', { maxArrayLength: 0 }],
  ['maxArrNull', { maxArrayLength: null, breakLength: 200 }],
  ['maxStr0', { maxStringLength: 0 }],
  ['noCustom', { customInspect: false }],
  ['hiddenDepth0', { showHidden: true, depth: 0 }],
];
add('opts', 'getters object', () => ({ get a() { return 'A'; }, get b() { return { nested: 1 }; }, set c(v) {}, get d() { return 4; }, set d(v) {} }), miscOpts);
add('opts', 'mixed values', () => ({ z: 1, a: [3, 2, 1], m: 'str', list: ['x', 'y', 'z', 'w'] }), miscOpts);
add('opts', 'custom with nested', () => ({ inner: { [util.inspect.custom]: () => 'CUSTOM' }, arr: [1, 2, 3] }), miscOpts);
add('opts', 'map and set', () => ({ m: new Map([[2, 'b'], [1, 'a']]), s: new Set([3, 1, 2]) }), miscOpts);
add('opts', 'typed and buffer', () => ({ t: new Int8Array([1, -1, 2]), b: new ArrayBuffer(3) }), miscOpts);
add('opts', 'long strings', () => ['abcdefgh', 'ijklmnop'], miscOpts);
add('opts', 'getter throwing', () => ({ get boom() { throw new TypeError('bad getter'); } }), miscOpts);
add('opts', 'class with proto data', () => { class Proto { constructor() { this.own = 1; } get acc() { return 2; } } Proto.prototype.shared = 'data'; return new Proto(); }, miscOpts);
add('opts', 'inherited class chain', () => { class A1 { get x() { return 1; } } A1.prototype.pa = 1; class B1 extends A1 {} B1.prototype.pb = 2; class C1 extends B1 {} return new C1(); }, miscOpts);

// ------------------------------------------------------------ more edges
add('edge', 'object from Array.prototype', () => Object.create(Array.prototype));
add('edge', 'iterable plain object', () => ({ [Symbol.iterator]() { return [][Symbol.iterator](); }, a: 1 }));
add('edge', 'negative and float keys', () => ({ '-1': 'neg', '1.5': 'float', 0: 'zero' }));
add('edge', 'array negative index', () => { const a = [1]; a[-1] = 'neg'; a['1.5'] = 'f'; return a; });
add('edge', 'constructor name not string', () => { function F() {} Object.defineProperty(F, 'name', { value: 42 }); return new F(); });
add('edge', 'class extends null', () => { class N extends null {} return N; });
add('edge', 'oops error', () => { class Oops extends Error {} return fixedError(Oops, 'oops', 1, 'Error'); });
add('edge', 'named on prototype', () => { class HttpError extends Error {} HttpError.prototype.name = 'HttpError'; return fixedError(HttpError, 'not found', 1, 'HttpError'); });
add('edge', 'error name not string', () => { const e = fixedError(Error, 'x'); e.name = 42; return e; });
add('edge', 'error message with at', () => fixedError(Error, 'look\n    at this'));
add('edge', 'error stack mismatch', () => { const e = fixedError(Error, 'real'); e.stack = 'Something else entirely\n    at z (z.js:1:1)'; return e; });
add('edge', 'error in map', () => new Map([['e', fixedError(RangeError, 'in map')]]));
add('edge', 'error cause chain', () => { const a = fixedError(Error, 'a', 5); const b = fixedError(Error, 'b', 5); b.stack = 'Error: b\n    at x (x.js:1:1)\n' + a.stack.split('\n').slice(1).join('\n'); Object.defineProperty(b, 'cause', { value: a, enumerable: false, configurable: true, writable: true }); return b; });
add('edge', 'error cause undefined', () => { const e = fixedError(Error, 'cu'); Object.defineProperty(e, 'cause', { value: undefined, enumerable: false, configurable: true, writable: true }); return e; });
add('edge', 'symbol description escapes', () => ({ [Symbol('a\nb\'c')]: Symbol('x\ty') }));
add('edge', 'key with unicode', () => ({ 'ключ': 1, 'ä': 2, 日本: 3 }));
add('edge', 'boxed string long', () => new String('a'.repeat(30)));
add('edge', 'string object with index props', () => { const s = new String('ab'); s[5] = 'x'; return s; });
add('edge', 'function with many props', () => { function many() {} for (let i = 0; i < 8; i++) many[`p${i}`] = i; return many; });
add('edge', 'sparse with props', () => { const a = [1, , 3]; a.p = 1; return a; });
add('edge', 'array holes > 100', () => { const a = []; a[150] = 1; return a; });
add('edge', 'array 100 exactly', () => Array.from({ length: 100 }, () => 0));
add('edge', 'nested circular in map value', () => { const o = {}; const m = new Map([['o', o]]); o.m = m; return m; });
add('edge', 'same object twice', () => { const shared = { s: 1 }; return { a: shared, b: shared }; });
add('edge', 'date invalid with props', () => { const d = new Date(NaN); d.x = 1; return d; });
add('edge', 'regexp deep', () => ({ a: { b: { c: { re: /deep/ } } } }));
add('edge', 'date deep', () => ({ a: { b: { c: { d: new Date(0) } } } }));
add('edge', 'boxed deep', () => ({ a: { b: { c: { n: new Number(5) } } } }));
add('edge', 'fn deep', () => ({ a: { b: { c: { f() {} } } } }));
add('edge', 'error deep no props', () => ({ a: { b: { c: { e: fixedError(Error, 'dz') } } } }));
add('edge', 'map deep', () => ({ a: { b: { c: new Map([[1, 2]]) } } }));
add('edge', 'promise deep', () => ({ a: { b: { c: Promise.resolve(1) } } }));
add('edge', 'weak deep', () => ({ a: { b: { c: new WeakSet() } } }));
add('edge', 'typed deep', () => ({ a: { b: { c: new Uint8Array(1) } } }));
add('edge', 'null proto deep', () => ({ a: { b: { c: Object.create(null) } } }));
add('edge', 'class instance deep', () => { class Deep { constructor() { this.x = 1; } } return { a: { b: { c: new Deep() } } }; });
add('edge', 'tagged deep', () => ({ a: { b: { c: { [Symbol.toStringTag]: 'TG', v: 1 } } } }));
add('edge', 'number keys order', () => ({ b: 1, 2: 'two', a: 2, 1: 'one' }));
add('edge', 'proxy revoked in object', () => { const r = Proxy.revocable({}, {}); r.revoke(); return { r: r.proxy }; });
add('edge', 'bound class', () => class Bc {}.bind(null));
add('edge', 'async method', () => ({ async am() {} }).am, noHidden);
add('edge', 'generator method', () => ({ *gm() {} }).gm);
add('edge', 'getter fn', () => Object.getOwnPropertyDescriptor({ get gg() { return 1; } }, 'gg').get);
add('edge', 'inspect itself', () => util.inspect);
add('edge', 'empty array with hidden', () => [], [['hidden', { showHidden: true }]]);
add('edge', 'array length hidden nested', () => ({ arr: [1, 2] }), [['hidden', { showHidden: true }]]);
add('edge', 'arguments hidden', () => (function () { return arguments; })(1), [['hidden', { showHidden: true }]]);
add('edge', 'error hidden', () => fixedError(Error, 'hid'), [['hidden', { showHidden: true }]]);
add('edge', 'symbol in set', () => new Set([Symbol('in set'), Symbol.iterator]));
add('edge', 'bigint keys map', () => new Map([[1n, 2n]]));
add('edge', 'object keys need quotes with quote', () => ({ "a'b": 1, 'a"b': 2, "a'\"b": 3 }));
add('edge', 'Function.prototype', () => Function.prototype, noHidden);
add('edge', 'date with Object proto', () => Object.setPrototypeOf(new Date(0), Object.prototype));
add('edge', 'regexp with Object proto', () => Object.setPrototypeOf(/x/, Object.prototype));
add('edge', 'map with Object proto', () => Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype));
add('edge', 'function with Object proto', () => { function fop() {} return Object.setPrototypeOf(fop, Object.prototype); });
add('edge', 'builtin prototypes', () => [Symbol.prototype, Number.prototype, String.prototype, Boolean.prototype, Date.prototype, RegExp.prototype, Array.prototype, Object.prototype, Error.prototype, Map.prototype, Promise.prototype], noHidden);
add('edge', 'builtin functions', () => [Error, TypeError, Object, Math.max, Symbol, Promise, Array, Map, Date, RegExp, JSON.parse, BigInt], noHidden);

// -------------------------------------------------------------------- runner
function printEntry(index, name, optName, text) {
  process.stdout.write(`#${index} ${name} ${optName}\n${text}\n`);
}

cases.forEach(([name, make, opts], index) => {
  let value;
  try {
    value = make();
  } catch (e) {
    printEntry(index, name, 'make', `THREW ${e && e.message}`);
    return;
  }
  for (const [optName, o] of opts || optionSets) {
    let text;
    try {
      if (o === null) {
        // console.log's own path (formatWithOptions).
        text = util.formatWithOptions({}, value);
      } else {
        text = util.inspect(value, o);
      }
    } catch (e) {
      text = `THREW ${e && e.name}: ${e && e.message}`;
    }
    printEntry(index, name, optName, text);
  }
});

// console.log itself, on a few values.
console.log('--- console.log');
console.log({ a: 1 }, [1, 2], 'str', 5, null);
console.log('%s and %d', 'fmt', 7, { extra: true });
console.log(new Map([[1, { a: [1, 2, { b: 3 }] }]]));
console.log(cases.length, 'cases');
