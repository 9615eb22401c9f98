'use strict';
// deepStrictEqual / deepEqual / util.isDeepStrictEqual on a corpus of pairs: each pair in both
// orders, as S (strict) and L (loose) results, checked to agree between the three entry points.
const assert = require('assert');
const util = require('util');

function strictResult(a, b) {
  const viaUtil = util.isDeepStrictEqual(a, b);
  let viaAssert = true;
  try {
    assert.deepStrictEqual(a, b);
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    viaAssert = false;
  }
  let viaNot = false;
  try {
    assert.notDeepStrictEqual(a, b);
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    viaNot = true;
  }
  if (viaUtil !== viaAssert || viaAssert !== viaNot) return '?';
  return viaUtil ? 'S' : 's';
}

function looseResult(a, b) {
  let eq = true;
  try {
    assert.deepEqual(a, b);
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    eq = false;
  }
  let not = false;
  try {
    assert.notDeepEqual(a, b);
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    not = true;
  }
  if (eq !== not) return '?';
  return eq ? 'L' : 'l';
}

const cases = [];
const add = (label, make) => cases.push([label, make]);
const pair = (label, a, b) => add(label, () => [a, b]);

// Primitives.
pair('1 1', 1, 1);
pair('1 "1"', 1, '1');
pair('0 -0', 0, -0);
pair('NaN NaN', NaN, NaN);
pair('NaN "NaN"', NaN, 'NaN');
pair('null undefined', null, undefined);
pair('null 0', null, 0);
pair('"" 0', '', 0);
pair('false 0', false, 0);
pair('true "1"', true, '1');
pair('1n 1', 1n, 1);
pair('1n "1"', 1n, '1');
pair('symbol same', Symbol.iterator, Symbol.iterator);
pair('symbols distinct', Symbol('a'), Symbol('a'));
pair('string a b', 'a', 'b');
pair('undefined undefined', undefined, undefined);
pair('Infinity', Infinity, Infinity);
pair('1 vs {}', 1, {});
pair('null vs {}', null, {});
pair('"[object Object]" vs {}', '[object Object]', {});

// Plain objects.
pair('{} {}', {}, {});
pair('a:1 a:1', { a: 1 }, { a: 1 });
pair('a:1 a:"1"', { a: 1 }, { a: '1' });
pair('a:1 b:1', { a: 1 }, { b: 1 });
pair('key order', { a: 1, b: 2 }, { b: 2, a: 1 });
pair('extra undefined key', { a: 1, b: undefined }, { a: 1 });
pair('undefined vs missing swapped keys', { a: undefined, b: 1 }, { b: 1, c: undefined });
pair('nested', { a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 2] } } });
pair('nested differ', { a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, '2'] } } });
pair('null proto both', Object.create(null), Object.create(null));
pair('null proto vs {}', Object.create(null), {});
pair('null proto with keys', Object.assign(Object.create(null), { a: 1 }), { a: 1 });
pair('inherited props ignored', Object.create({ x: 1 }), Object.create({ x: 2 }));
pair('inherited vs own', { __proto__: { a: 1 } }, { a: 1 });
pair('non-enumerable ignored', Object.defineProperty({}, 'h', { value: 1 }), {});
pair('non-enumerable both differ', Object.defineProperty({}, 'h', { value: 1 }), Object.defineProperty({}, 'h', { value: 2 }));
pair('enumerable vs non-enumerable', Object.defineProperty({ a: 1 }, 'h', { value: 1 }), { a: 1, h: 1 });
add('class instances same class', () => { class A { constructor() { this.x = 1; } } return [new A(), new A()]; });
add('class instances different classes', () => { class A {} class B {} return [new A(), new B()]; });
add('class instance vs plain', () => { class A { constructor() { this.x = 1; } } return [new A(), { x: 1 }]; });
add('toStringTag differs', () => [{ [Symbol.toStringTag]: 'X' }, {}]);
add('toStringTag same non-enumerable', () => {
  const proto = { [Symbol.toStringTag]: 'Y' };
  return [Object.create(proto), Object.create(proto)];
});
add('getter values', () => [{ get a() { return 1; } }, { a: 1 }]);
add('getters differ', () => [{ get a() { return 1; } }, { get a() { return 2; } }]);

// Symbols as keys.
const sym = Symbol('k');
pair('symbol key equal', { [sym]: 1 }, { [sym]: 1 });
pair('symbol key differs', { [sym]: 1 }, { [sym]: 2 });
pair('symbol key missing', { [sym]: 1 }, {});
pair('symbol key missing reverse', {}, { [sym]: 1 });
pair('symbol keys distinct symbols', { [Symbol('k')]: 1 }, { [Symbol('k')]: 1 });
pair('non-enumerable symbol', Object.defineProperty({}, sym, { value: 1 }), {});
pair('non-enumerable vs enumerable symbol', Object.defineProperty({}, sym, { value: 1, enumerable: false }), { [sym]: 1 });
pair('array with symbol', Object.assign([1], { [sym]: 1 }), [1]);
pair('array with symbol both', Object.assign([1], { [sym]: 1 }), Object.assign([1], { [sym]: 2 }));

// Arrays.
pair('[] []', [], []);
pair('[1,2] [1,2]', [1, 2], [1, 2]);
pair('[1,2] [2,1]', [1, 2], [2, 1]);
pair('[1] ["1"]', [1], ['1']);
pair('lengths', [1, 2], [1, 2, 3]);
pair('holes same', [1, , 3], [1, , 3]);
pair('hole vs undefined', [1, , 3], [1, undefined, 3]);
pair('hole vs undefined reverse', [1, undefined, 3], [1, , 3]);
pair('all holes', new Array(3), new Array(3));
pair('holes different places', [, 1], [1, ,]);
pair('array extra prop', Object.assign([1], { x: 1 }), [1]);
pair('array extra prop both', Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
pair('array extra prop differ', Object.assign([1], { x: 1 }), Object.assign([1], { x: 2 }));
pair('array vs object', [1], { 0: 1 });
pair('array vs arguments', [1], (function () { return arguments; })(1));
pair('arguments both', (function () { return arguments; })(1, 2), (function () { return arguments; })(1, 2));
pair('array -0', [-0], [0]);
pair('array NaN', [NaN], [NaN]);
pair('array subclass', (() => { class MyArr extends Array {} return MyArr.from([1]); })(), [1]);
pair('array sparse vs dense len', [1, , 3, 4], [1, 2, 3, 4]);
pair('array sparse tail', Object.assign([1, , ], { 5: 1 }), Object.assign([1, , ], { 5: 1 }));

// Dates.
pair('dates equal', new Date(0), new Date(0));
pair('dates differ', new Date(0), new Date(1));
pair('invalid dates', new Date(NaN), new Date(NaN));
pair('date with prop', Object.assign(new Date(0), { a: 1 }), new Date(0));
pair('date vs object', new Date(0), {});
pair('date vs number', new Date(0), 0);

// RegExps.
pair('regexps equal', /a/g, /a/g);
pair('regexps flags', /a/g, /a/i);
pair('regexps source', /a/, /b/);
pair('regexps lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g);
pair('regexp with prop', Object.assign(/a/, { x: 1 }), /a/);
pair('regexp vs string', /a/, '/a/');

// Boxed primitives.
pair('Number boxes', new Number(1), new Number(1));
pair('Number boxes differ', new Number(1), new Number(2));
pair('Number box vs number', new Number(1), 1);
pair('Number box NaN', new Number(NaN), new Number(NaN));
pair('Number box -0', new Number(-0), new Number(0));
pair('String boxes', new String('a'), new String('a'));
pair('String boxes differ', new String('a'), new String('b'));
pair('String box with prop', Object.assign(new String('ab'), { x: 1 }), new String('ab'));
pair('Boolean boxes', new Boolean(true), new Boolean(true));
pair('Boolean boxes differ', new Boolean(true), new Boolean(false));
pair('BigInt boxes', Object(1n), Object(1n));
pair('BigInt boxes differ', Object(1n), Object(2n));
pair('Symbol boxes same', Object(Symbol.iterator), Object(Symbol.iterator));
pair('Symbol boxes differ', Object(Symbol('a')), Object(Symbol('a')));
pair('Number vs String box', new Number(1), new String('1'));
pair('box vs plain object', new Number(1), {});

// Errors.
pair('errors equal', new Error('a'), new Error('a'));
pair('errors message', new Error('a'), new Error('b'));
pair('errors class', new Error('a'), new TypeError('a'));
pair('error vs plain', new Error('a'), { message: 'a', name: 'Error' });
pair('errors extra prop', Object.assign(new Error('a'), { code: 1 }), new Error('a'));
pair('errors same extra prop', Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 1 }));
pair('errors cause', new Error('a', { cause: 1 }), new Error('a', { cause: 1 }));
pair('errors cause differ', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
pair('errors cause loose', new Error('a', { cause: 1 }), new Error('a', { cause: '1' }));
pair('errors cause missing', new Error('a', { cause: 1 }), new Error('a'));
pair('errors cause undefined vs missing', new Error('a', { cause: undefined }), new Error('a'));
pair('errors cause errors', new Error('a', { cause: new Error('c') }), new Error('a', { cause: new Error('c') }));
pair('errors cause errors differ', new Error('a', { cause: new Error('c') }), new Error('a', { cause: new Error('d') }));
pair('errors enumerable cause', Object.assign(new Error('a'), { cause: 1 }), new Error('a', { cause: 1 }));
pair('aggregate equal', new AggregateError([1, 2], 'm'), new AggregateError([1, 2], 'm'));
pair('aggregate errors differ', new AggregateError([1, 2], 'm'), new AggregateError([1, 3], 'm'));
pair('aggregate vs error', new AggregateError([], 'm'), new Error('m'));
pair('error name own', Object.assign(new Error('a'), { name: 'X' }), Object.assign(new Error('a'), { name: 'X' }));
pair('error name set', (() => { const e = new Error('a'); e.name = 'X'; return e; })(), new Error('a'));
pair('error message enumerable', Object.defineProperty(new Error('a'), 'message', { value: 'a', enumerable: true }), new Error('a'));
add('error subclass', () => { class E extends Error {} return [new E('x'), new E('x')]; });
add('error subclass vs Error', () => { class E extends Error {} return [new E('x'), new Error('x')]; });
pair('error stack ignored', Object.assign(new Error('a'), {}), (() => { const e = new Error('a'); e.stack = 'other'; return e; })());

// Maps.
pair('maps empty', new Map(), new Map());
pair('maps equal', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
pair('maps values differ', new Map([[1, 'a']]), new Map([[1, 'b']]));
pair('maps keys differ', new Map([[1, 'a']]), new Map([[2, 'a']]));
pair('maps loose keys', new Map([[1, 'a']]), new Map([['1', 'a']]));
pair('maps loose values', new Map([[1, 1]]), new Map([[1, '1']]));
pair('maps sizes', new Map([[1, 1]]), new Map([[1, 1], [2, 2]]));
pair('maps object keys', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']]));
pair('maps object keys differ', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']]));
pair('maps object keys swapped values', new Map([[{ a: 1 }, 'a'], [{ a: 1 }, 'b']]), new Map([[{ a: 1 }, 'b'], [{ a: 1 }, 'a']]));
pair('maps object keys mismatch', new Map([[{ a: 1 }, 'a'], [{ a: 1 }, 'b']]), new Map([[{ a: 1 }, 'a'], [{ a: 1 }, 'a']]));
pair('maps NaN keys', new Map([[NaN, 1]]), new Map([[NaN, 1]]));
pair('maps -0 key', new Map([[-0, 1]]), new Map([[0, 1]]));
pair('maps null undefined keys', new Map([[null, 1]]), new Map([[undefined, 1]]));
pair('maps undefined null keys', new Map([[undefined, 1]]), new Map([[null, 1]]));
pair('maps mixed keys', new Map([[1, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [1, 'a']]));
pair('maps with prop', Object.assign(new Map(), { x: 1 }), new Map());
pair('map vs object', new Map(), {});
pair('maps nested', new Map([['k', new Map([['j', [1]]])]]), new Map([['k', new Map([['j', [1]]])]]));
pair('maps nested differ', new Map([['k', new Map([['j', [1]]])]]), new Map([['k', new Map([['j', [2]]])]]));
pair('maps symbol values', new Map([[1, Symbol.iterator]]), new Map([[1, Symbol.iterator]]));
pair('maps loose string num', new Map([['1', 'x'], [2, 'y']]), new Map([[1, 'x'], ['2', 'y']]));
pair('maps loose NaN string', new Map([['a', 1]]), new Map([[NaN, 1]]));
pair('maps same key object', (() => { const k = {}; return [new Map([[k, 1]]), new Map([[k, 1]])]; })()[0], (() => { const k = {}; return new Map([[k, 1]]); })());

// Sets.
pair('sets empty', new Set(), new Set());
pair('sets equal', new Set([1, 2, 3]), new Set([3, 2, 1]));
pair('sets differ', new Set([1, 2]), new Set([1, 3]));
pair('sets loose', new Set([1]), new Set(['1']));
pair('sets loose mixed', new Set([1, '2']), new Set(['1', 2]));
pair('sets objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
pair('sets objects duplicates', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
pair('sets objects duplicates both', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 1 }]));
pair('sets NaN', new Set([NaN]), new Set([NaN]));
pair('sets -0', new Set([-0]), new Set([0]));
pair('sets null undefined', new Set([null]), new Set([undefined]));
pair('sets single object', new Set([[1, 2]]), new Set([[1, 2]]));
pair('sets single object differ', new Set([[1, 2]]), new Set([[1, 3]]));
pair('sets arrays', new Set([[1], [2], [3]]), new Set([[3], [1], [2]]));
pair('sets with prop', Object.assign(new Set([1]), { x: 1 }), new Set([1]));
pair('set vs array', new Set([1]), [1]);
pair('set vs map', new Set(), new Map());
pair('sets symbols', new Set([Symbol.iterator]), new Set([Symbol.iterator]));
pair('sets distinct symbols', new Set([Symbol('a')]), new Set([Symbol('a')]));
pair('sets shared object', (() => { const o = { a: 1 }; return new Set([o, { a: 2 }]); })(), new Set([{ a: 1 }, { a: 2 }]));
pair('sets loose null vs undefined with objects', new Set([null, {}]), new Set([undefined, {}]));

// Typed arrays and buffers.
pair('Uint8Array equal', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
pair('Uint8Array differ', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
pair('Uint8Array lengths', new Uint8Array([1]), new Uint8Array([1, 0]));
pair('Uint8 vs Int8', new Uint8Array([1]), new Int8Array([1]));
pair('Uint8 vs Uint8Clamped', new Uint8Array([1]), new Uint8ClampedArray([1]));
pair('Uint16 vs Uint8 same bytes', new Uint16Array([1]), new Uint8Array([1, 0]));
pair('Float64 -0', new Float64Array([-0]), new Float64Array([0]));
pair('Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
pair('Float32 -0', new Float32Array([-0]), new Float32Array([0]));
pair('Float32 NaN', new Float32Array([NaN]), new Float32Array([NaN]));
pair('Float32 equal', new Float32Array([1.5, 2]), new Float32Array([1.5, 2]));
pair('BigInt64 equal', new BigInt64Array([1n]), new BigInt64Array([1n]));
pair('BigInt64 differ', new BigInt64Array([1n]), new BigInt64Array([2n]));
pair('Int32 equal big', new Int32Array(1000).fill(7), new Int32Array(1000).fill(7));
pair('Int32 differ at end', new Int32Array(1000).fill(7), (() => { const a = new Int32Array(1000).fill(7); a[999] = 8; return a; })());
pair('typed with prop', Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));
pair('typed with props both', Object.assign(new Uint8Array(1), { x: 1 }), Object.assign(new Uint8Array(1), { x: 1 }));
pair('typed with symbol', Object.assign(new Uint8Array(1), { [sym]: 1 }), new Uint8Array(1));
pair('subarray views', new Uint8Array([9, 1, 2]).subarray(1), new Uint8Array([1, 2, 9]).subarray(0, 2));
pair('typed vs array', new Uint8Array([1]), [1]);
pair('ArrayBuffers equal', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
pair('ArrayBuffers differ', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
pair('ArrayBuffers lengths', new ArrayBuffer(1), new ArrayBuffer(2));
pair('ArrayBuffer with prop', Object.assign(new ArrayBuffer(1), { x: 1 }), new ArrayBuffer(1));
pair('ArrayBuffer vs typed', new ArrayBuffer(1), new Uint8Array(1));
pair('DataViews equal', new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 2]).buffer));
pair('DataViews differ', new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer));
pair('DataView offsets', new DataView(new Uint8Array([0, 1, 2]).buffer, 1), new DataView(new Uint8Array([1, 2]).buffer));
pair('DataView vs typed', new DataView(new ArrayBuffer(1)), new Uint8Array(1));

// Functions, promises, weak collections, iterators, generators.
pair('same function', Math.max, Math.max);
pair('different functions', function f() {}, function f() {});
pair('function vs object', function f() {}, {});
pair('promises', Promise.resolve(1), Promise.resolve(2));
pair('promise same', ...(() => { const p = Promise.resolve(); return [p, p]; })());
pair('promise with props', Object.assign(Promise.resolve(), { a: 1 }), Promise.resolve());
pair('WeakMaps', new WeakMap(), new WeakMap());
pair('WeakSets', new WeakSet(), new WeakSet());
pair('WeakMap vs WeakSet', new WeakMap(), new WeakSet());
pair('WeakMap with prop', Object.assign(new WeakMap(), { a: 1 }), new WeakMap());
pair('map iterators', new Map([[1, 2]]).entries(), new Map([[3, 4]]).entries());
pair('generators', (function* g() {})(), (function* g() {})());
pair('same generator fn', ...(() => { function* g() {} return [g(), g()]; })());

// Circular structures.
add('self cycles', () => {
  const a = { x: 1 };
  a.self = a;
  const b = { x: 1 };
  b.self = b;
  return [a, b];
});
add('self cycles differ', () => {
  const a = { x: 1 };
  a.self = a;
  const b = { x: 2 };
  b.self = b;
  return [a, b];
});
add('cycle vs unrolled', () => {
  const a = {};
  a.x = a;
  const b = {};
  b.x = { x: b };
  return [a, b];
});
add('cycle vs finite', () => {
  const a = {};
  a.x = a;
  return [a, { x: { x: {} } }];
});
add('mutual cycles', () => {
  const a1 = { n: 1 };
  const a2 = { n: 2, p: a1 };
  a1.p = a2;
  const b1 = { n: 1 };
  const b2 = { n: 2, p: b1 };
  b1.p = b2;
  return [a1, b1];
});
add('mutual cycles differ', () => {
  const a1 = { n: 1 };
  const a2 = { n: 2, p: a1 };
  a1.p = a2;
  const b1 = { n: 1 };
  const b2 = { n: 3, p: b1 };
  b1.p = b2;
  return [a1, b1];
});
add('array cycles', () => {
  const a = [1];
  a.push(a);
  const b = [1];
  b.push(b);
  return [a, b];
});
add('deep cycles', () => {
  const mk = (v) => {
    const root = { v, c: { d: { e: {} } } };
    root.c.d.e.back = root;
    root.c.d.e.mid = root.c;
    return root;
  };
  return [mk(1), mk(1)];
});
add('deep cycles differ', () => {
  const mk = (v) => {
    const root = { v: 1, c: { d: { e: { v } } } };
    root.c.d.e.back = root;
    return root;
  };
  return [mk(1), mk(2)];
});
add('map cycles', () => {
  const a = new Map();
  a.set('self', a);
  const b = new Map();
  b.set('self', b);
  return [a, b];
});
add('set cycles', () => {
  const a = new Set();
  a.add(a);
  const b = new Set();
  b.add(b);
  return [a, b];
});
add('cycles through two paths', () => {
  const shared = { s: 1 };
  const a = { p: shared, q: shared };
  const b = { p: { s: 1 }, q: { s: 1 } };
  return [a, b];
});
add('cycle lengths 2 vs 3', () => {
  const a1 = {}; const a2 = { x: a1 }; a1.x = a2;
  const b1 = {}; const b2 = {}; const b3 = { x: b1 }; b1.x = b2; b2.x = b3;
  return [a1, b1];
});

// Loose-only oddities.
pair('loose object vs array', {}, []);
pair('loose proto differs', Object.create({ a: 1 }), {});
pair('loose nested numbers', { a: [1, { b: 2 }] }, { a: ['1', { b: '2' }] });
pair('loose null vs undefined in object', { a: null }, { a: undefined });
pair('loose Set of objects with prims', new Set([{}, 1]), new Set([{}, '1']));
pair('loose Map with object keys and prims', new Map([[{}, 1], [1, {}]]), new Map([[{}, '1'], ['1', {}]]));

for (const [label, make] of cases) {
  const [a, b] = make();
  console.log(`${strictResult(a, b)}${looseResult(a, b)} ${strictResult(b, a)}${looseResult(b, a)}  ${label}`);
}
console.log(cases.length, 'pairs');
