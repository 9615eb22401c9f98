'use strict';

// events: ours against Node's. Run with `node --expose-internals events.test.js` (ours, through
// the load.js shim), with JSUNIT_MODE=node (Node's own events), or directly under gonode (its
// built-in events). Every run must print the same text.

let EventEmitter;
let errorsModule = null;
try {
  const load = require('./load');
  EventEmitter = load.impl('events');
  errorsModule = load.impl('internal/errors');
} catch {
  EventEmitter = require('events');
}
let util = null;
try {
  util = require('util');
} catch {
  // gonode has no util module yet: the util.inspect cases are skipped.
}

// Printing that does not depend on util.inspect (gonode's is being written).
function fmt(v, depth = 0) {
  switch (typeof v) {
    case 'string': return depth === 0 ? v : JSON.stringify(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'function': return `[Function ${v.name === '' ? '(anonymous)' : v.name}]`;
  }
  if (v === null) return 'null';
  if (v instanceof Error) return `${v.name}|${v.code}|${v.message}`;
  if (depth > 3) return '[…]';
  if (Array.isArray(v)) return `[${v.map((x) => fmt(x, depth + 1)).join(', ')}]`;
  const proto = Object.getPrototypeOf(v);
  const tag = proto === null ? '[null] ' : proto === Object.prototype ? '' : `${proto.constructor && proto.constructor.name} `;
  const keys = Reflect.ownKeys(v).filter((k) => Object.getOwnPropertyDescriptor(v, k).enumerable);
  return `${tag}{${keys.map((k) => `${typeof k === 'symbol' ? `[${k.toString()}]` : k}: ${fmt(v[k], depth + 1)}`).join(', ')}}`;
}

function p(...args) {
  console.log(args.map((a) => fmt(a)).join(' '));
}

function t(label, fn) {
  try {
    p(label, '=>', fn());
  } catch (e) {
    p(label, 'throws', e instanceof Error ? `${e.name}|${e.code}|${e.message}` : e);
  }
}

async function ta(label, fn) {
  try {
    p(label, 'resolves', await fn());
  } catch (e) {
    p(label, 'rejects', e instanceof Error ? `${e.name}|${e.code}|${e.message}|cause=${fmt(e.cause)}` : e);
  }
}

// gonode does not have these globals yet: their cases are skipped there.
const hasEventTarget = typeof EventTarget === 'function' && typeof Event === 'function';
const hasAbortController = typeof AbortController === 'function';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function descs(obj, keys) {
  return keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    if (d === undefined) return `${String(k)}:-`;
    const kind = 'value' in d ? typeof d.value : 'accessor';
    return `${String(k)}:${kind}/${d.writable ? 'w' : ''}${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}`;
  }).join(' ');
}

// 1. Shape of the module, the constructor and instances.
p('module is EventEmitter', EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter, EventEmitter.name, EventEmitter.length);
p('static keys', Object.getOwnPropertyNames(EventEmitter), Object.getOwnPropertySymbols(EventEmitter));
p('statics', descs(EventEmitter, ['addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource',
  'errorMonitor', 'defaultMaxListeners', 'kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned',
  'setMaxListeners', 'init', 'listenerCount']));
p('static names', ['addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
  'init', 'listenerCount'].map((k) => `${k}:${EventEmitter[k].name}/${EventEmitter[k].length}`).join(' '));
p('static values', EventEmitter.usingDomains, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
  EventEmitter.captureRejections, EventEmitter.errorMonitor, EventEmitter.defaultMaxListeners,
  EventEmitter.kMaxEventTargetListeners, EventEmitter.kMaxEventTargetListenersWarned);
const protoKeys = Object.getOwnPropertyNames(EventEmitter.prototype);
p('proto keys', protoKeys);
p('proto descs', descs(EventEmitter.prototype, protoKeys));
p('proto names', protoKeys.filter((k) => typeof EventEmitter.prototype[k] === 'function')
  .map((k) => `${k}:${EventEmitter.prototype[k].name}/${EventEmitter.prototype[k].length}`).join(' '));
p('proto symbols', Object.getOwnPropertySymbols(EventEmitter.prototype),
  descs(EventEmitter.prototype, Object.getOwnPropertySymbols(EventEmitter.prototype)));
p('on === addListener', EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
{
  const e = new EventEmitter();
  p('instance', Object.getOwnPropertyNames(e), Object.getOwnPropertySymbols(e), e);
  p('instance descs', descs(e, Reflect.ownKeys(e)));
  p('_events proto', Object.getPrototypeOf(e._events));
  p('instanceof', e instanceof EventEmitter, Object.getPrototypeOf(e) === EventEmitter.prototype);
  if (util !== null) {
    p('inspect', util.inspect(e));
    p('inspect depth -1', util.inspect(e, { depth: -1 }));
    e.on('foo', () => {});
    e.on('foo', function named() {});
    e.once('bar', () => {});
    p('inspect with listeners', util.inspect(e));
  }
}
{
  class Foo extends EventEmitter {}
  const f = new Foo();
  p('subclass', f, f instanceof EventEmitter, f.constructor.name);
  EventEmitter.init.call(f);
  p('init twice (shape mode)', f);
  const o = {};
  EventEmitter.call(o);
  p('call on plain object', o, Object.getOwnPropertySymbols(o));
  const x = Object.create(EventEmitter.prototype);
  x.on('a', () => {});
  p('no constructor call', x, Object.keys(x), x.listenerCount('a'));
  const y = Object.create(EventEmitter.prototype);
  p('no constructor, emit', y.emit('a'), y.listeners('a'), y.rawListeners('a'), y.eventNames(), y.listenerCount('a'));
  t('no constructor, emit error', () => y.emit('error', 'e'));
  p('no constructor, removes', y.removeListener('a', () => {}) === y, y.removeAllListeners() === y, y.removeAllListeners('a') === y);
}

// 2. Layout of _events: a function, then an array.
{
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  const c = () => {};
  e.on('x', a);
  p('one', typeof e._events.x, e._events.x === a, e._eventsCount);
  e.on('x', b);
  p('two', Array.isArray(e._events.x), e._events.x.length, e._eventsCount);
  e.prependListener('x', c);
  p('three', e._events.x.map((f) => (f === a ? 'a' : f === b ? 'b' : 'c')));
  e.removeListener('x', a);
  e.removeListener('x', c);
  p('back to one', typeof e._events.x, e._events.x === b, e._eventsCount);
  e.removeListener('x', b);
  p('none', Reflect.ownKeys(e._events), e._eventsCount);
  const s = Symbol('sym');
  e.on(s, a).on('y', b).on(42, c);
  p('eventNames', e.eventNames(), e._eventsCount);
  e.on(s, b);
  p('add returns this', e.on('z', a) === e, e.prependListener('z', a) === e, e.once('z', a) === e,
    e.prependOnceListener('z', a) === e, e.off('z', a) === e, e.removeAllListeners('z') === e,
    e.setMaxListeners(3) === e);
}

// 3. newListener / removeListener ordering.
{
  const e = new EventEmitter();
  const log = [];
  e.on('newListener', function(type, listener) {
    log.push(`new:${String(type)}:${listener.name}:${this === e}:${e.listenerCount(type)}`);
    if (type === 'x' && listener.name === 'first') e.on('x', function fromNewListener() {});
  });
  e.on('x', function first() {});
  p('newListener order', log, e.listeners('x').map((f) => f.name));
  e.on('removeListener', function(type, listener) {
    log.push(`rm:${String(type)}:${listener.name}:${e.listenerCount(type)}`);
  });
  e.once('y', function onceFn() {});
  e.prependOnceListener('y', function onceFirst() {});
  e.removeListener('y', e.listeners('y')[1]);
  e.emit('y');
  e.removeAllListeners('x');
  e.on('a', function a1() {});
  e.on('a', function a2() {});
  e.on('b', function b1() {});
  e.removeAllListeners();
  p('events log', log);
  p('after removeAll', e._events, e._eventsCount, e.eventNames());
}
{
  const e = new EventEmitter();
  const log = [];
  e.on('removeListener', (type, l) => log.push(`rm ${String(type)} ${l.name}`));
  const f = function f() {};
  e.on('q', f);
  e.on('q', f);
  e.on('q', f);
  e.removeListener('q', f);
  p('duplicates: removes last', e.listenerCount('q'), log);
  e.removeListener('q', function other() {});
  e.removeListener('nope', f);
  p('unknown removal', e.listenerCount('q'), log.length);
}

// 4. once, rawListeners, listeners, listenerCount(name, listener).
{
  const e = new EventEmitter();
  const calls = [];
  function l(...args) {
    calls.push([this === e, ...args]);
  }
  e.once('o', l);
  const raw = e.rawListeners('o')[0];
  p('raw once', raw.name, raw.length, raw.listener === l, Object.keys(raw), e.listeners('o')[0] === l);
  p('counts', e.listenerCount('o'), e.listenerCount('o', l), e.listenerCount('o', raw), e.listenerCount('o', () => {}),
    e.listenerCount('o', null), e.listenerCount('nope'), e.listenerCount('nope', l));
  e.on('o', l);
  e.on('o', l);
  p('counts array', e.listenerCount('o'), e.listenerCount('o', l), e.listenerCount('o', raw));
  p('emit', e.emit('o', 1, 2), e.emit('o'), e.emit('nope'), calls);
  raw();
  raw.call(null, 9);
  p('raw call after fire', calls.length);
  const e2 = new EventEmitter();
  e2.once('o', l);
  e2.removeListener('o', l);
  p('remove once by original', e2.listenerCount('o'));
  e2.once('o', function() {
    return arguments.length;
  });
  const r = e2.rawListeners('o')[0];
  p('once wrapper returns', r(), r(1));
  const e3 = new EventEmitter();
  e3.once('o', l);
  e3.once('o', function inner() {
    e3.emit('o', 'nested');
  });
  e3.emit('o', 'outer');
  p('nested once', calls.slice(-2));
  const wrapper = e3.rawListeners;
  p('rawListeners copy', e3.rawListeners('o') !== e3.rawListeners('o'), typeof wrapper);
  const e4 = new EventEmitter();
  const fake = () => {};
  fake.listener = 0;
  e4.on('f', fake);
  p('listener prop falsy', e4.listeners('f')[0] === fake);
  const fake2 = () => {};
  fake2.listener = 'str';
  e4.on('g', fake2);
  e4.on('g', fake2);
  p('listener prop non-function', e4.listeners('g').map((x) => x === fake2), e4.listeners('f').length);
}

// 5. Emit copies the listener array; add/remove during emit.
{
  const e = new EventEmitter();
  const log = [];
  const b = () => log.push('b');
  e.on('x', () => {
    log.push('a');
    e.removeListener('x', b);
    e.on('x', () => log.push('c'));
  });
  e.on('x', b);
  e.emit('x');
  e.emit('x');
  p('mutate during emit', log);
  const e2 = new EventEmitter();
  e2.on('x', function(...args) {
    log.push(args.length, this === e2);
  });
  e2.emit('x', 1, 2, 3, 4, 5, 6, 7, 8);
  p('many args', log.slice(-2));
  const e3 = new EventEmitter();
  e3.on('x', () => {
    throw new Error('listener threw');
  });
  e3.on('x', () => log.push('never'));
  t('listener throws', () => e3.emit('x'));
  p('second not called', log.includes('never'));
}

// 6. 'error' events.
{
  const e = new EventEmitter();
  const err = new Error('boom');
  try {
    e.emit('error', err);
  } catch (thrown) {
    p('throws the error', thrown === err, Object.getOwnPropertyNames(thrown));
    const kEnhance = errorsModule && errorsModule.kEnhanceStackBeforeInspector;
    if (kEnhance) {
      const enhanced = thrown[kEnhance]();
      const lines = enhanced.split('\n');
      p('enhanced', lines[0], lines.filter((l) => l.startsWith('Emitted')));
    }
  }
  class Foo extends EventEmitter {}
  try {
    new Foo().emit('error', err);
  } catch (thrown) {
    const kEnhance = errorsModule && errorsModule.kEnhanceStackBeforeInspector;
    if (kEnhance) p('enhanced subclass', thrown[kEnhance]().split('\n').filter((l) => l.startsWith('Emitted')));
  }
  for (const v of ['foo', 42, { a: 1 }, undefined, null, Symbol('x'), 'x'.repeat(150), [1, [2, [3, [4]]]],
    Object.create(null), { toString() { throw new Error('q'); } }, { a: { b: { c: { d: 1 } } } }, 'a\nb', 1n]) {
    try {
      e.emit('error', v);
    } catch (thrown) {
      p('unhandled', thrown.name, thrown.code, thrown.message, 'context' in thrown, thrown.context === v,
        Object.keys(thrown), String(thrown.stack).split('\n')[0]);
    }
  }
  try {
    e.emit('error');
  } catch (thrown) {
    p('unhandled no args', thrown.message, 'context' in thrown, Object.keys(thrown));
  }
  const seen = [];
  e.on(EventEmitter.errorMonitor, (er, x) => seen.push(['monitor', fmt(er), x]));
  t('errorMonitor then throw', () => e.emit('error', new Error('m'), 5));
  e.on('error', (er, x) => seen.push(['handler', fmt(er), x]));
  p('error handled', e.emit('error', new Error('h'), 6), seen);
  const e2 = new EventEmitter();
  e2.on(EventEmitter.errorMonitor, () => seen.push('monitor only for error'));
  p('errorMonitor not for others', e2.emit('other'), seen.length);
  const notError = { message: 'fake', name: 'Error' };
  t('error-like object', () => new EventEmitter().emit('error', notError));
}

// 7. Max listeners and the leak warning.
const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'MaxListenersExceededWarning') {
    warnings.push(`${w.name}|${w.message}|count=${w.count}|type=${String(w.type)}|emitterOk=${w.emitter instanceof EventEmitter}|keys=${Object.keys(w)}|ctor=${w.constructor.name}`);
  }
});
{
  const e = new EventEmitter();
  p('default max', e.getMaxListeners(), EventEmitter.getMaxListeners(e));
  for (let i = 0; i < 11; i++) e.on('foo', () => {});
  for (let i = 0; i < 5; i++) e.on('foo', () => {});
  p('warned flag', e._events.foo.warned, e._events.foo.length);
  e.removeAllListeners('foo');
  for (let i = 0; i < 12; i++) e.on('foo', () => {});
  e.setMaxListeners(1);
  e.on('bar', () => {});
  e.on('bar', () => {});
  const sym = Symbol('leaky');
  e.on(sym, () => {});
  e.on(sym, () => {});
  e.setMaxListeners(0);
  for (let i = 0; i < 20; i++) e.on('unlimited', () => {});
  e.setMaxListeners(Infinity);
  for (let i = 0; i < 20; i++) e.on('inf', () => {});
  class Foo extends EventEmitter {}
  const f = new Foo();
  f.setMaxListeners(2);
  f.on('x', () => {});
  f.on('x', () => {});
  f.prependListener('x', () => {});
  for (const bad of [-1, 'a', NaN, null, undefined, {}, 1n]) t(`setMaxListeners(${fmt(bad)})`, () => e.setMaxListeners(bad));
  p('setMaxListeners(2.5)', e.setMaxListeners(2.5).getMaxListeners());
  e._maxListeners = undefined;
  p('getMaxListeners after reset', e.getMaxListeners());
}
{
  const saved = EventEmitter.defaultMaxListeners;
  for (const bad of [-1, 'a', NaN, null, undefined]) {
    t(`defaultMaxListeners = ${fmt(bad)}`, () => {
      EventEmitter.defaultMaxListeners = bad;
    });
  }
  EventEmitter.defaultMaxListeners = 2;
  const e = new EventEmitter();
  p('new default', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
  e.on('d', () => {});
  e.on('d', () => {});
  e.on('d', () => {});
  EventEmitter.defaultMaxListeners = saved;
  p('restored', e.getMaxListeners());
  EventEmitter.setMaxListeners(4);
  p('static setMaxListeners()', EventEmitter.defaultMaxListeners, e.getMaxListeners());
  EventEmitter.setMaxListeners();
  p('static setMaxListeners no args', EventEmitter.defaultMaxListeners);
  EventEmitter.setMaxListeners(saved);
  const a = new EventEmitter();
  const b = new EventEmitter();
  EventEmitter.setMaxListeners(7, a, b);
  p('static setMaxListeners targets', a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners);
  for (const bad of [-1, 'x', NaN]) t(`static setMaxListeners(${fmt(bad)})`, () => EventEmitter.setMaxListeners(bad, a));
  t('static setMaxListeners bad target', () => EventEmitter.setMaxListeners(3, {}));
  t('static setMaxListeners bad target 2', () => EventEmitter.setMaxListeners(3, a, 5));
  t('static setMaxListeners null target', () => EventEmitter.setMaxListeners(3, null));
  t('static getMaxListeners(ee)', () => EventEmitter.getMaxListeners(a));
  t('static getMaxListeners({})', () => EventEmitter.getMaxListeners({}));
  t('static getMaxListeners(null)', () => EventEmitter.getMaxListeners(null));
  t('static getMaxListeners(undefined)', () => EventEmitter.getMaxListeners());
  if (hasEventTarget) {
    const et = new EventTarget();
    EventEmitter.setMaxListeners(5, et);
    t('static getMaxListeners(EventTarget) after set', () => EventEmitter.getMaxListeners(et));
  }
}

// 8. Wrong argument types for every method.
{
  const e = new EventEmitter();
  for (const bad of [undefined, null, 1, 'str', {}, [], Symbol('s'), 1n, true, new Map()]) {
    for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
      t(`${m}('x', ${fmt(bad)})`, () => e[m]('x', bad));
    }
  }
  t('new EventEmitter({captureRejections: 1})', () => new EventEmitter({ captureRejections: 1 }));
  t('new EventEmitter({captureRejections: "yes"})', () => new EventEmitter({ captureRejections: 'yes' }));
  t('new EventEmitter({captureRejections: 0})', () => new EventEmitter({ captureRejections: 0 })[Object.getOwnPropertySymbols(new EventEmitter())[1]]);
  t('new EventEmitter(5)', () => Object.keys(new EventEmitter(5)));
  t('new EventEmitter(null)', () => Object.keys(new EventEmitter(null)));
  t('captureRejections = 1', () => {
    EventEmitter.captureRejections = 1;
  });
  t('captureRejections = null', () => {
    EventEmitter.captureRejections = null;
  });
  t('static listenerCount', () => EventEmitter.listenerCount(e, 'x'));
  t('static listenerCount plain', () => EventEmitter.listenerCount({ _events: { x: [1, 2] } }, 'x'));
  t('getEventListeners(1)', () => EventEmitter.getEventListeners(1, 'x'));
  t('getEventListeners({})', () => EventEmitter.getEventListeners({}, 'x'));
  t('getEventListeners(null)', () => EventEmitter.getEventListeners(null, 'x'));
  t('getEventListeners(ee)', () => {
    const f = function f() {};
    e.on('gel', f);
    e.once('gel', function g() {});
    return EventEmitter.getEventListeners(e, 'gel');
  });
  if (hasEventTarget) {
    t('getEventListeners(EventTarget)', () => {
    const et = new EventTarget();
    const h1 = function h1() {};
    const h2 = { handleEvent() {} };
    et.addEventListener('foo', h1);
    et.addEventListener('foo', h2);
    et.addEventListener('foo', h1);
    return EventEmitter.getEventListeners(et, 'foo').map((x) => (x === h1 ? 'h1' : x === h2 ? 'h2' : '?'));
    });
    t('getEventListeners(EventTarget, none)', () => EventEmitter.getEventListeners(new EventTarget(), 'none'));
  }
}

// 9. captureRejections.
async function captureRejectionTests() {
  const e = new EventEmitter({ captureRejections: true });
  p('capture flag', e[Object.getOwnPropertySymbols(e)[1]]);
  const seen = [];
  e.on('error', (err) => seen.push(`error: ${fmt(err)}`));
  e.on('evt', async (x) => {
    throw new Error(`rejected ${x}`);
  });
  e.on('evt', () => Promise.resolve('fine'));
  e.on('evt', () => ({ then: 5 }));
  e.emit('evt', 1);
  await tick();
  p('capture -> error event', seen);
  const e2 = new EventEmitter({ captureRejections: true });
  e2[Symbol.for('nodejs.rejection')] = function(err, type, ...args) {
    seen.push(`rejection handler: ${fmt(err)} ${String(type)} ${args.join(',')} ${this === e2}`);
  };
  e2.on('evt', async () => {
    throw new Error('to handler');
  });
  e2.emit('evt', 'a', 'b');
  await tick();
  p('capture -> kRejection', seen.slice(-1));
  const e3 = new EventEmitter({ captureRejections: true });
  e3.on('evt', () => ({
    get then() {
      throw new Error('then getter');
    },
  }));
  e3.on('error', (err) => seen.push(`sync error: ${fmt(err)}`));
  e3.emit('evt');
  p('throwing then getter', seen.slice(-1));
  const e4 = new EventEmitter();
  e4.on('evt', async () => {
    throw new Error('not captured');
  });
  const unhandled = [];
  const onUnhandled = (r) => unhandled.push(fmt(r));
  process.on('unhandledRejection', onUnhandled);
  e4.emit('evt');
  await tick();
  await tick();
  process.removeListener('unhandledRejection', onUnhandled);
  p('no capture', unhandled);
  EventEmitter.captureRejections = true;
  const e5 = new EventEmitter();
  p('global captureRejections', EventEmitter.captureRejections, e5[Object.getOwnPropertySymbols(e5)[1]]);
  EventEmitter.captureRejections = false;
  const e6 = new EventEmitter({ captureRejections: true });
  e6.on('error', async () => {
    throw new Error('error listener rejects');
  });
  e6.on('evt', async () => {
    throw new Error('first');
  });
  process.on('unhandledRejection', onUnhandled);
  e6.emit('evt');
  await tick();
  await tick();
  process.removeListener('unhandledRejection', onUnhandled);
  p('error listener rejection is not captured again', unhandled);
}

// 10. events.once
async function onceTests() {
  const e = new EventEmitter();
  setImmediate(() => e.emit('x', 1, 2));
  await ta('once resolves', () => EventEmitter.once(e, 'x'));
  p('once cleans up', e.listenerCount('x'), e.listenerCount('error'));
  setImmediate(() => e.emit('error', new Error('bad')));
  await ta('once rejects on error', () => EventEmitter.once(e, 'x'));
  p('once cleans up after error', e.listenerCount('x'), e.listenerCount('error'));
  setImmediate(() => e.emit('error', new Error('wanted')));
  await ta('once error', () => EventEmitter.once(e, 'error'));
  if (hasAbortController) {
    const ac = new AbortController();
    const pr = EventEmitter.once(e, 'x', { signal: ac.signal });
    ac.abort('because');
    await ta('once aborted', () => pr);
    p('once cleans up after abort', e.listenerCount('x'), e.listenerCount('error'));
    const ac2 = new AbortController();
    ac2.abort();
    await ta('once already aborted', () => EventEmitter.once(e, 'x', { signal: ac2.signal }));
  }
  await ta('once signal 1', () => EventEmitter.once(e, 'x', { signal: 1 }));
  await ta('once signal null', () => EventEmitter.once(e, 'x', { signal: null }));
  await ta('once options 5', () => {
    const r = EventEmitter.once(e, 'x', 5);
    e.emit('x', 'five');
    return r;
  });
  await ta('once options null', () => {
    const r = EventEmitter.once(e, 'x', null);
    e.emit('x', 'null');
    return r;
  });
  await ta('once emitter null', () => EventEmitter.once(null, 'x'));
  await ta('once emitter {}', () => EventEmitter.once({}, 'x'));
  p('once returns promise', EventEmitter.once(new EventEmitter(), 'never') instanceof Promise,
    EventEmitter.once.constructor.name, EventEmitter.on.constructor.name);
  {
    // Microtask timing of the settled promise relative to other jobs.
    const order = [];
    const e7 = new EventEmitter();
    const pr7 = EventEmitter.once(e7, 'go');
    e7.emit('go', 1);
    pr7.then(() => order.push('once'));
    Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3'))
      .then(() => order.push('p4'));
    const pr8 = EventEmitter.once(e7, 'x', { signal: 5 });
    pr8.catch(() => order.push('once rejected'));
    await tick();
    p('microtask order', order);
  }
  if (!hasEventTarget || !hasAbortController) return;
  const et = new EventTarget();
  setImmediate(() => et.dispatchEvent(new Event('ping')));
  await ta('once EventTarget', async () => {
    const [ev] = await EventEmitter.once(et, 'ping');
    return [ev.type, ev instanceof Event];
  });
  const ac3 = new AbortController();
  const pr3 = EventEmitter.once(et, 'ping', { signal: ac3.signal });
  ac3.abort(new Error('reason'));
  await ta('once EventTarget aborted', () => pr3);
  const ac4 = new AbortController();
  const pr4 = EventEmitter.once(e, 'x', { signal: ac4.signal });
  e.emit('x', 'before abort');
  ac4.abort();
  await ta('once resolved then aborted', () => pr4);
}

// 11. events.on
async function onTests() {
  const e = new EventEmitter();
  const it = EventEmitter.on(e, 'x');
  p('iterator shape', Object.keys(it), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it,
    Object.getOwnPropertySymbols(it).length);
  e.emit('x', 1);
  e.emit('x', 2, 3);
  p('listeners while iterating', e.listenerCount('x'), e.listenerCount('error'));
  p('next 1', await it.next());
  p('next 2', await it.next());
  const pending = it.next();
  e.emit('x', 'later');
  p('next pending', await pending);
  const pending2 = it.next();
  const pending3 = it.next();
  p('return', await it.return());
  p('pending after return', await pending2, await pending3);
  p('next after return', await it.next());
  p('listeners after return', e.listenerCount('x'), e.listenerCount('error'));

  const it2 = EventEmitter.on(e, 'y');
  e.emit('y', 'a');
  e.emit('error', new Error('err in on'));
  p('queued before error', await it2.next());
  await ta('error after queue', () => it2.next());
  p('done after error', await it2.next());
  p('listeners after error', e.listenerCount('y'), e.listenerCount('error'));

  const it3 = EventEmitter.on(e, 'z');
  const w = it3.next();
  e.emit('error', new Error('while waiting'));
  await ta('error while waiting', () => w);

  const it4 = EventEmitter.on(e, 'c', { close: ['end', 'finish'] });
  e.emit('c', 1);
  e.emit('end');
  p('close event', await it4.next(), await it4.next(), e.listenerCount('end'), e.listenerCount('finish'));

  if (hasAbortController) {
    const ac = new AbortController();
    const it5 = EventEmitter.on(e, 's', { signal: ac.signal });
    const w5 = it5.next();
    ac.abort('stop');
    await ta('abort while waiting', () => w5);
    p('after abort', await it5.next(), e.listenerCount('s'));
  }

  const it6 = EventEmitter.on(e, 't');
  t('throw non-error', () => it6.throw(5));
  t('throw undefined', () => it6.throw());
  t('throw error', () => it6.throw(new Error('thrown in')));
  await ta('next after throw', () => it6.next());
  p('after throw', await it6.next(), e.listenerCount('t'));

  class Pausable extends EventEmitter {
    pause() {
      p('pause called', this.listenerCount('d'));
    }

    resume() {
      p('resume called');
    }
  }
  const pe = new Pausable();
  const it7 = EventEmitter.on(pe, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) pe.emit('d', i);
  const wm = it7[Symbol.for('nodejs.watermarkData')];
  p('watermark', wm.size, wm.low, wm.high, wm.isPaused);
  for (let i = 0; i < 4; i++) p('drain', await it7.next());
  p('watermark after', wm.size, wm.isPaused);
  await it7.return();

  for (const opts of [{ highWaterMark: 0 }, { highWaterMark: 'x' }, { lowWaterMark: 0 }, { highWatermark: 1.5 },
    { signal: 1 }, { signal: null }, { close: 5 }, 5, 'str', undefined, { highWaterMark: null }]) {
    t(`on options ${fmt(opts)}`, () => {
      const i = EventEmitter.on(new EventEmitter(), 'y', opts);
      i.return();
      return 'ok';
    });
  }
  t('on options null', () => EventEmitter.on(new EventEmitter(), 'y', null));
  t('on emitter {}', () => EventEmitter.on({}, 'y'));
  if (hasAbortController) {
    const acAborted = new AbortController();
    acAborted.abort('pre');
    t('on already aborted', () => EventEmitter.on(e, 'y', { signal: acAborted.signal }));
  }

  if (hasEventTarget) {
    const et = new EventTarget();
    const it8 = EventEmitter.on(et, 'ping');
    et.dispatchEvent(new Event('ping'));
    const r8 = await it8.next();
    p('on EventTarget', r8.done, r8.value.length, r8.value[0].type);
    await it8.return();
  }

  const e9 = new EventEmitter();
  const it9 = EventEmitter.on(e9, 'error');
  e9.emit('error', new Error('as value'));
  const r9 = await it9.next();
  p('on error event', r9.done, fmt(r9.value));
  await it9.return();

  const e10 = new EventEmitter();
  const collected = [];
  setImmediate(() => {
    e10.emit('n', 1);
    e10.emit('n', 2);
    e10.emit('close');
  });
  const it10 = EventEmitter.on(e10, 'n', { close: ['close'] });
  for (;;) {
    const r = await it10.next();
    if (r.done) break;
    collected.push(r.value);
  }
  p('loop with close', collected);
}

// 12. addAbortListener
async function abortListenerTests() {
  if (!hasAbortController) return;
  const ac = new AbortController();
  const log = [];
  const d = EventEmitter.addAbortListener(ac.signal, (...args) => log.push(`abort ${args.length}`));
  p('disposable', Object.getPrototypeOf(d), Object.getOwnPropertySymbols(d).length, typeof d[Object.getOwnPropertySymbols(d)[0]]);
  ac.abort();
  p('after abort', log);
  const ac2 = new AbortController();
  const d2 = EventEmitter.addAbortListener(ac2.signal, () => log.push('never'));
  d2[Object.getOwnPropertySymbols(d2)[0]]();
  ac2.abort();
  p('disposed', log);
  const ac3 = new AbortController();
  ac3.abort();
  EventEmitter.addAbortListener(ac3.signal, (...args) => log.push(`already ${args.length}`));
  p('sync', log);
  await Promise.resolve();
  p('microtask', log);
  t('addAbortListener()', () => EventEmitter.addAbortListener());
  t('addAbortListener(null, fn)', () => EventEmitter.addAbortListener(null, () => {}));
  t('addAbortListener({}, fn)', () => EventEmitter.addAbortListener({}, () => {}));
  t('addAbortListener(signal)', () => EventEmitter.addAbortListener(new AbortController().signal));
  t('addAbortListener(signal, 1)', () => EventEmitter.addAbortListener(new AbortController().signal, 1));
}

(async () => {
  await captureRejectionTests();
  await onceTests();
  await onTests();
  await abortListenerTests();
  await tick();
  await tick();
  p('warnings', warnings);
  p('done');
})();
