// structuredClone: what V8's serializer copies and how (primitives, wrappers, Date, RegExp,
// buffers and views, Map/Set, arrays with holes, plain objects, errors, cycles and shared
// references), and what it keeps out (prototypes, non-enumerable and symbol keys, extras on
// exotic objects).
'use strict';
const { inspect } = require('util');

const show = (label, value) => console.log(label, inspect(structuredClone(value), { depth: 5 }));

console.log(typeof structuredClone, structuredClone.length, structuredClone.name);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable);

// Primitives
for (const v of [1, -0, NaN, Infinity, 'str', '', true, null, undefined, 10n]) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v), inspect(c));
}
console.log(structuredClone(undefined), structuredClone(null));

// Wrappers
show('Number', new Number(3));
show('String', new String('ab'));
show('Boolean', new Boolean(false));
show('BigInt', Object(5n));
const boxed = new Number(1);
boxed.extra = 1;
show('boxed extra', boxed);

// Date and RegExp
show('date', new Date(0));
show('bad date', new Date(NaN));
const d = new Date(5);
d.x = 1;
console.log('date extra', structuredClone(d).x);
const re = /ab+c/gimsuy;
re.lastIndex = 3;
re.extra = 1;
const rc = structuredClone(re);
console.log('regexp', rc, rc.lastIndex, rc.flags, rc.source, rc.extra, rc !== re);
console.log('regexp sticky', structuredClone(/x/y).sticky, structuredClone(/a\/b/).source);

// Arrays
show('holes', [1, , 3]);
show('sparse', Object.assign([], { length: 5 }));
const big = [];
big[1000] = 1;
const bc = structuredClone(big);
console.log('big sparse', bc.length, Object.keys(bc));
const named = [1, 2];
named.foo = 'bar';
named[-1] = 'neg';
show('named', named);
const nonEnum = [1];
Object.defineProperty(nonEnum, 'hidden', { value: 1, enumerable: false });
show('non-enumerable on array', nonEnum);
const shrinking = [1, 2, 3];
Object.defineProperty(shrinking, 1, { get() { shrinking.length = 1; return 'g'; }, enumerable: true });
show('getter shrinks array', shrinking);
class MyArray extends Array {}
const ma = structuredClone(MyArray.from([1, 2]));
console.log('Array subclass', ma, ma.constructor === Array);

// Objects
const sym = Symbol('s');
const obj = { b: 1, a: 2, 2: 'two', 1: 'one', [sym]: 3 };
Object.defineProperty(obj, 'hidden', { value: 4, enumerable: false });
const oc = structuredClone(obj);
console.log('object', oc, Object.keys(oc), Object.getOwnPropertySymbols(oc).length);
class Foo {
  constructor() { this.x = 1; }
  get y() { return 2; }
  method() {}
}
const fc = structuredClone(new Foo());
console.log('class instance', fc, Object.getPrototypeOf(fc) === Object.prototype, fc.y);
const np = structuredClone(Object.assign(Object.create(null), { a: 1 }));
console.log('null prototype', np, Object.getPrototypeOf(np) === Object.prototype);
console.log('inherited', structuredClone(Object.create({ inherited: 1 })));
console.log('getter', structuredClone({ get x() { return 5; } }));
const deleting = { a: 1, get b() { delete this.c; return 2; }, c: 3 };
console.log('getter deletes later key', structuredClone(deleting));
const adding = { get a() { this.z = 9; return 1; } };
console.log('getter adds key', structuredClone(adding));
const protoKey = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
const pk = structuredClone(protoKey);
console.log('own __proto__ key', Object.keys(pk), Object.getPrototypeOf(pk) === Object.prototype, pk.y);
class Priv { #x = 1; y = 2; }
console.log('private fields', structuredClone(new Priv()));
console.log('Math', structuredClone(Math), 'JSON', structuredClone(JSON));
console.log('EventEmitter', Object.keys(structuredClone(new (require('events'))())));
console.log('EventTarget', structuredClone(new EventTarget()));
console.log('DOMException', structuredClone(new DOMException('x', 'AbortError')));

// Map and Set
const key = { k: 1 };
const map = new Map([[1, { a: 1 }], ['k', [1]], [key, key]]);
map.extra = 1;
const mc = structuredClone(map);
console.log('map', mc, mc.extra, mc !== map);
const [[mk, mv]] = [...mc].slice(2);
console.log('map shared key/value', mk === mv, mk !== key);
const set = new Set([1, 'a', {}, key]);
console.log('set', structuredClone(set));
class MyMap extends Map {}
const sub = structuredClone(new MyMap([[1, 2]]));
console.log('Map subclass', sub, sub.constructor === Map);

// Buffers and views
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab);
u8[0] = 1;
u8[7] = 255;
const u16 = new Uint16Array(ab, 2, 2);
const dv = new DataView(ab, 4);
const vc = structuredClone({ ab, u8, u16, dv, again: u8 });
console.log('views share one buffer copy', vc.ab !== ab, vc.u8.buffer === vc.ab, vc.u16.buffer === vc.ab,
            vc.dv.buffer === vc.ab, vc.again === vc.u8);
console.log('view shapes', vc.u16.byteOffset, vc.u16.length, vc.dv.byteOffset, vc.dv.byteLength, [...vc.u8]);
vc.u8[1] = 9;
console.log('no memory shared with the original', u8[1], new Uint8Array(vc.ab)[1]);
const lone = structuredClone(u16);
console.log('view alone keeps the whole buffer', lone.buffer.byteLength, lone.byteOffset, lone.length);
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const src = new T(3);
  src[1] = T.name.startsWith('Big') ? 7n : 7;
  const c = structuredClone(src);
  console.log(T.name, c.constructor.name, c.length, c[1]);
}
const extraView = new Uint8Array([1, 2, 3]);
extraView.extra = 1;
console.log('typed array extra', structuredClone(extraView).extra);
const abx = new ArrayBuffer(4);
abx.x = 1;
console.log('ArrayBuffer extra', structuredClone(abx).x, structuredClone(abx).byteLength);
const buf = Buffer.from('hello');
const bufc = structuredClone(buf);
console.log('Buffer', Buffer.isBuffer(bufc), bufc.constructor.name, bufc.length, String.fromCharCode(...bufc));
console.log('empty buffer', structuredClone(new ArrayBuffer(0)).byteLength);

// Cycles and shared references
const circ = { name: 'c' };
circ.self = circ;
circ.arr = [circ];
circ.map = new Map([[circ, circ]]);
const cc = structuredClone(circ);
console.log('cycle', cc.self === cc, cc.arr[0] === cc, cc.map.get(cc) === cc, cc !== circ);
console.log(cc);
const shared = { v: 1 };
const sc = structuredClone([shared, shared, { shared }]);
console.log('shared', sc[0] === sc[1], sc[2].shared === sc[0]);
const selfArr = [];
selfArr.push(selfArr);
const sa = structuredClone(selfArr);
console.log('self array', sa[0] === sa);
