'use strict';
// The util module beyond inspect/format: promisify, callbackify, deprecate,
// inherits, debuglog, isDeepStrictEqual, styleText, toUSVString, the
// deprecated predicates, and the module's shape.
const util = require('util');

console.log(Object.keys(util).join(' '));
console.log(require('util/types') === util.types, require('node:util') === util);

// promisify
function cbStyle(a, b, cb) {
  setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)), 1);
}
const p = util.promisify(cbStyle);
console.log(typeof p, p.name, p.length, util.promisify(cbStyle) !== p, p[util.promisify.custom] === p);
console.log(util.promisify(p) === p);
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
cbStyle.extra = 'prop';
console.log(util.promisify(cbStyle).extra);
for (const bad of [undefined, 1, {}]) {
  try {
    util.promisify(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  const f = () => {};
  f[util.promisify.custom] = 'nope';
  util.promisify(f);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// callbackify
async function asyncAdd(a, b) {
  return a + b;
}
const cbAdd = util.callbackify(asyncAdd);
console.log(cbAdd.name, cbAdd.length);
async function asyncFail() {
  throw new Error('async failure');
}
async function asyncNull() {
  // eslint-disable-next-line prefer-promise-reject-errors
  return Promise.reject(null);
}
try {
  util.callbackify(asyncAdd)(1, 2);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// deprecate
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const dep = util.deprecate(function oldFn(x) { return x * 2; }, 'oldFn is deprecated', 'DEP_TEST1');
console.log(dep(2), dep(3), dep.name);
const dep2 = util.deprecate(() => 'again', 'same code, silent', 'DEP_TEST1');
dep2();
const dep3 = util.deprecate(() => 'no code', 'warned once per function');
dep3();
dep3();
class OldClass {
  constructor(v) {
    this.v = v;
  }
}
const DepClass = util.deprecate(OldClass, 'OldClass is deprecated', 'DEP_TEST2');
const inst = new DepClass(5);
console.log(inst.v, inst instanceof DepClass, inst instanceof OldClass);
try {
  util.deprecate(() => {}, 'm', 5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// inherits
function Base() {}
Base.prototype.hello = function () { return 'hello'; };
function Child() {}
util.inherits(Child, Base);
console.log(new Child().hello(), Child.super_ === Base, Object.getPrototypeOf(Child.prototype) === Base.prototype);
for (const [c, s] of [[null, Base], [Child, null], [Child, {}]]) {
  try {
    util.inherits(c, s);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// _extend
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));

// isDeepStrictEqual
const eqCases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  [new Set([1, 2]), new Set([2, 1])], [new Date(0), new Date(0)], [new Date(0), new Date(1)],
  [/a/g, /a/g], [/a/g, /a/i], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [Object.create(null), {}], [new Number(1), new Number(1)], [new Number(1), 1],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [{ a: undefined }, {}], [[{ deep: [1, { x: 2 }] }], [{ deep: [1, { x: 2 }] }]],
  [(() => { const c = { n: 1 }; c.c = c; return c; })(), (() => { const c = { n: 1 }; c.c = c; return c; })()],
  [Symbol.iterator, Symbol.iterator], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new ArrayBuffer(2), new ArrayBuffer(2)],
  [new String('a'), new String('a')], [[1, 2, 3], [1, 2, 3, 4]], [new Float64Array([-0]), new Float64Array([0])],
];
console.log(eqCases.map(([a, b]) => (util.isDeepStrictEqual(a, b) ? 'T' : 'F')).join(''));

// styleText, toUSVString, stripVTControlCharacters
console.log(JSON.stringify(util.styleText('red', 'text', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'both')));
console.log(JSON.stringify(util.styleText('green', 'no tty')));
for (const args of [['nope', 'x'], ['red', 5], [['red', 'nope'], 'x']]) {
  try {
    util.styleText(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message.slice(0, 80));
  }
}
console.log(JSON.stringify(util.toUSVString('a\ud800b\udfffc\ud83d\ude00')));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
try {
  util.stripVTControlCharacters(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// Deprecated predicates
const preds = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
const samples = [[], true, null, undefined, 1, 's', Symbol('x'), /r/, {}, new Date(), new Error('e'), () => {}];
for (const name of preds) {
  console.log(name.padEnd(18), samples.map((v) => (util[name](v) ? 1 : 0)).join(''));
}

// debuglog: disabled without NODE_DEBUG.
const dbg = util.debuglog('gonodetest');
console.log(typeof dbg, dbg.enabled);
dbg('not printed %d', 1);

// getSystemErrorName: argument checks (the names need internalBinding('uv'),
// see _pending/system-errors.js).
try {
  util.getSystemErrorName(2);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// inspect and format are the same functions everywhere.
console.log(util.inspect === require('util').inspect, typeof util.inspect.custom, util.inspect.length, util.format.length);
console.log(util.inspect.defaultOptions.depth);
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions = { depth: 2 };
console.log({ a: { b: 1 } });
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.name, e.code, e.message);
}

setTimeout(() => {
  p(1, 2).then((v) => console.log('promisify resolved', v));
  p(-1, 2).catch((e) => console.log('promisify rejected', e.message));
  cbAdd(2, 3, (err, v) => console.log('callbackify', err, v));
  util.callbackify(asyncFail)((err) => console.log('callbackify err', err.message));
  util.callbackify(asyncNull)((err) => console.log('callbackify null', err.name, err.code, err.message, err.reason));
}, 5);

// The module objects themselves.
console.log(util);
console.log(console);
console.log(new (require('console').Console)(process.stdout));
