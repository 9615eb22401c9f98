'use strict';
// util.types: brand checks that Symbol.toStringTag cannot fool.
const types = require('util').types;

const fakeMap = { [Symbol.toStringTag]: 'Map' };
const fakeDate = Object.create(Date.prototype);
const values = {
  object: {},
  array: [],
  map: new Map(),
  fakeMap,
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  date: new Date(),
  fakeDate,
  regexp: /x/,
  fakeRegExp: Object.create(RegExp.prototype),
  error: new Error('e'),
  typeError: new TypeError('t'),
  errorLike: Object.create(Error.prototype),
  promise: Promise.resolve(),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  fnProxy: new Proxy(function () {}, {}),
  arguments: (function () { return arguments; })(),
  strictArguments: (function () { 'use strict'; return arguments; })(),
  number: new Number(1),
  string: new String('s'),
  boolean: new Boolean(true),
  symbol: Object(Symbol('s')),
  bigint: Object(1n),
  primitiveNumber: 1,
  fn: function () {},
  arrow: () => {},
  asyncFn: async function () {},
  asyncArrow: async () => {},
  genFn: function* () {},
  genObj: (function* () {})(),
  mapIter: new Map().keys(),
  setIter: new Set().entries(),
  arrayIter: [].values(),
  arrayBuffer: new ArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  uint8c: new Uint8ClampedArray(1),
  int16: new Int16Array(1),
  float64: new Float64Array(1),
  bigint64: new BigInt64Array(1),
  biguint64: new BigUint64Array(1),
  classInst: new (class X extends Map {})(),
};
const names = Object.keys(types).filter((n) => n !== 'isKeyObject' && n !== 'isCryptoKey').sort();
console.log(names.join(' '));
for (const name of names) {
  const hits = Object.keys(values).filter((k) => types[name](values[k]));
  console.log(name.padEnd(24), hits.join(' '));
}
console.log(types.isDate.name, types.isDate.length === 1 || types.isDate.length === 0);
