// structuredClone: Error objects (prototype from name; message, stack and cause kept), the
// DataCloneError for what cannot be cloned (with V8's descriptions), argument errors, and
// transfer lists (ArrayBuffers moved, MessagePorts moved, invalid and duplicate entries).
'use strict';

function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message),
                err instanceof DOMException, err.constructor.name);
  }
}

// Errors
const descs = (o) => Object.getOwnPropertyNames(o).map((k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  const v = typeof d.value === 'string' ? JSON.stringify(d.value.split('\n')[0]) : String(d.value);
  return `${k}:${d.enumerable ? 'e' : '-'}${d.writable ? 'w' : '-'}${d.configurable ? 'c' : '-'}=${v}`;
}).join(' ');
for (const E of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new E('msg', { cause: 1 });
  const c = structuredClone(e);
  console.log(E.name, Object.getPrototypeOf(c) === E.prototype, c instanceof Error, c !== e, c.stack === e.stack,
              descs(c));
}
const custom = new Error('x');
custom.name = 'CustomName';
custom.code = 'E1';
console.log('custom name', Object.getPrototypeOf(structuredClone(custom)) === Error.prototype, descs(structuredClone(custom)));
const renamed = new TypeError('x');
renamed.name = 'RangeError';
console.log('renamed', structuredClone(renamed).constructor.name);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const mc = structuredClone(new MyErr('m'));
console.log('subclass', mc.constructor.name, mc.name, descs(mc));
console.log('no message', descs(structuredClone(new Error())));
const numStack = new Error('s');
numStack.stack = 123;
console.log('stack not a string', descs(structuredClone(numStack)));
const noStack = new Error('s');
delete noStack.stack;
console.log('no stack', descs(structuredClone(noStack)));
const objCause = structuredClone(new Error('s', { cause: { deep: [1] } }));
console.log('object cause', objCause.cause);
const numMessage = new Error('s');
numMessage.message = 5;
console.log('message is a string', typeof structuredClone(numMessage).message);
const getterMessage = new Error('s');
Object.defineProperty(getterMessage, 'message', { get() { return 'from getter'; } });
console.log('getter message dropped', descs(structuredClone(getterMessage)));
const getterName = new Error('m');
Object.defineProperty(getterName, 'name', { get() { return 'TypeError'; } });
console.log('name read through getter', structuredClone(getterName).constructor.name);
const undefCause = new Error('m');
undefCause.cause = undefined;
console.log('undefined cause kept', descs(structuredClone(undefCause)));
console.log('error-looking object', structuredClone(Object.create(Error.prototype)));
const agg = structuredClone(new AggregateError([1], 'agg'));
console.log('AggregateError', agg.constructor.name, agg.errors);
const nested = structuredClone({ err: new RangeError('inner') });
console.log('nested', nested.err instanceof RangeError, nested.err.message);
const shared = new Error('shared');
const sharedClone = structuredClone([shared, shared]);
console.log('shared error', sharedClone[0] === sharedClone[1]);
const cyclic = new Error('cyc');
cyclic.cause = cyclic;
t('cause refers back', () => structuredClone(cyclic));
const cyclicThenFn = new Error('cyc');
cyclicThenFn.cause = cyclicThenFn;
t('serializing errors come first', () => structuredClone([cyclicThenFn, () => 1]));
t('function cause', () => structuredClone(new Error('s', { cause: () => 1 })));

// What cannot be cloned
t('symbol', () => structuredClone(Symbol('x')));
t('function', () => structuredClone(function foo() {}));
t('arrow', () => structuredClone(() => {}));
t('async', () => structuredClone(async function af() {}));
t('class', () => structuredClone(class Q {}));
t('method', () => structuredClone({ m() {} }.m));
t('native', () => structuredClone(Math.max));
t('symbol wrapper', () => structuredClone(Object(Symbol('q'))));
t('WeakMap', () => structuredClone(new WeakMap()));
t('WeakSet', () => structuredClone(new WeakSet()));
t('WeakRef', () => structuredClone(new WeakRef({})));
t('Promise', () => structuredClone(Promise.resolve()));
t('generator', () => structuredClone((function* () {})()));
t('map iterator', () => structuredClone(new Map().entries()));
t('arguments', function() { return structuredClone(arguments); });
t('proxy', () => structuredClone(new Proxy({ a: 1 }, {})));
t('globalThis', () => structuredClone(globalThis));
t('nested function', () => structuredClone({ a: 1, f() {} }));
t('nested symbol', () => structuredClone({ a: Symbol() }));
t('in array', () => structuredClone([function () {}]));
t('map key', () => structuredClone(new Map([[Symbol.iterator, 1]])));
t('set value', () => structuredClone(new Set([new WeakMap()])));
t('promise without constructor', () => {
  const p = Promise.resolve();
  p.constructor = undefined;
  return structuredClone(p);
});
t('getter throws', () => structuredClone({ a: 1, get b() { throw new Error('getter boom'); } }));
t('getter returns function', () => structuredClone({ get x() { return () => 1; } }));

// Arguments
t('no arguments', () => structuredClone());
t('options null', () => structuredClone(1, null));
t('options number', () => structuredClone(1, 5));
t('options string', () => structuredClone(1, 'x'));
t('options function', () => structuredClone(1, () => {}));
t('options array', () => structuredClone(1, []));
t('transfer null', () => structuredClone(1, { transfer: null }));
t('transfer number', () => structuredClone(1, { transfer: 1 }));
t('transfer string', () => structuredClone(1, { transfer: 'ab' }));
t('transfer plain object', () => structuredClone(1, { transfer: {} }));
t('transfer getter throws', () => structuredClone(1, { get transfer() { throw new Error('tget'); } }));
t('transfer view', () => structuredClone(1, { transfer: [new Uint8Array(2)] }));
t('transfer object', () => structuredClone(1, { transfer: [{}] }));
t('transfer number entry', () => structuredClone(1, { transfer: [1] }));
t('transfer duplicate', () => { const x = new ArrayBuffer(4); return structuredClone(x, { transfer: [x, x] }); });

// Transferring ArrayBuffers
const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 7;
const moved = structuredClone({ ab, view: new Uint8Array(ab) }, { transfer: [ab] });
console.log('transferred', ab.byteLength, moved.ab.byteLength, moved.view[0], moved.view.buffer === moved.ab);
t('clone a detached buffer', () => structuredClone(ab));
t('transfer a detached buffer', () => structuredClone(1, { transfer: [ab] }));
t('transfer not in value', () => { const x = new ArrayBuffer(4); const r = structuredClone(1, { transfer: [x] }); return [r, x.byteLength]; });
t('transfer through a Set', () => { const x = new ArrayBuffer(4); structuredClone(x, { transfer: new Set([x]) }); return x.byteLength; });
t('transfer with a failing value', () => {
  const x = new ArrayBuffer(4);
  try { structuredClone({ x, f() {} }, { transfer: [x] }); } catch (e) { return [e.message, x.byteLength]; }
});
t('same buffer twice in value', () => { const x = new ArrayBuffer(4); const r = structuredClone([x, x], { transfer: [x] }); return [r[0] === r[1], x.byteLength]; });
const { markAsUntransferable } = require('worker_threads');
t('untransferable is copied', () => {
  const x = new ArrayBuffer(4);
  markAsUntransferable(x);
  const r = structuredClone(x, { transfer: [x] });
  return [x.byteLength, r.byteLength, r !== x];
});

// MessagePorts
const { port1, port2 } = new MessageChannel();
t('port without transfer', () => structuredClone(port1));
t('port in transfer', () => { const r = structuredClone({ p: port1 }, { transfer: [port1] }); return [r.p.constructor.name, r.p === port1, r.p instanceof MessagePort]; });
t('port transferred again', () => structuredClone(port1, { transfer: [port1] }));
t('port in transfer only', () => structuredClone(1, { transfer: [port2] }));
t('port duplicate', () => { const c = new MessageChannel(); return structuredClone(1, { transfer: [c.port1, c.port1] }); });
