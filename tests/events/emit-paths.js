'use strict';
// emit() through each of its paths: event names of every key type, listener entries that are a
// function, an array, or something odd, listeners' `this` and argument counts, return values,
// exceptions, captureRejections, and emit called on objects that are not EventEmitters.
const EventEmitter = require('events');
const log = [];

{
  const e = new EventEmitter();
  const sym = Symbol('s');
  function show() { log.push(`${this === e} n=${arguments.length} [${Array.from(arguments).join(',')}]`); }
  e.on('a', show);
  e.on(sym, show);
  e.on(sym, show);
  e.on('42', show);
  e.on('é', show);
  console.log(e.emit('a'), e.emit('a', 1), e.emit('a', 1, 2, 3, 4, 5, 6, 7, 8, 9));
  console.log(e.emit(sym, 'x', undefined), e.emit(42, 'num'), e.emit('é', 'accent'), e.emit('none', 1));
  console.log(log.splice(0).join('\n'));
}

{
  // Ten listeners (more than fit in a short snapshot), removed while the emit runs.
  const e = new EventEmitter();
  const fns = [];
  for (let i = 0; i < 10; i++) {
    fns.push(function () { log.push(i); if (i === 0) { for (const f of fns) e.off('m', f); } });
    e.on('m', fns[i]);
  }
  console.log(e.emit('m'), log.splice(0).join(' '), e.listenerCount('m'), e.emit('m'));
}

{
  // Odd entries in _events.
  const e = new EventEmitter();
  e._events.odd = [function () { log.push('first'); }, 5];
  try { e.emit('odd'); } catch (err) { log.push(err.name); }
  e._events.num = 7;
  try { console.log('num', e.emit('num')); } catch (err) { log.push('num ' + err.name); }
  e._events.obj = { length: 1, 0: function () { log.push('array-like'); } };
  try { console.log('obj', e.emit('obj')); } catch (err) { log.push('obj ' + err.name); }
  e._events.nul = null;
  try { console.log('nul', e.emit('nul')); } catch (err) { log.push('nul ' + err.name); }
  console.log(log.splice(0).join(' '));
}

{
  // Exceptions keep their identity; a class is not callable.
  const e = new EventEmitter();
  const boom = new RangeError('boom');
  e.on('t', () => { throw boom; });
  try { e.emit('t'); } catch (err) { console.log('same', err === boom); }
  e.removeAllListeners('t');
  e.on('t', () => {});
  e.on('t', class K {});
  try { e.emit('t'); } catch (err) { console.log('class', err.name); }
}

{
  // Not an EventEmitter: a plain object, one whose _events is a getter, null.
  const emit = EventEmitter.prototype.emit;
  console.log(emit.call({}, 'x'), emit.call({ _events: { x: () => log.push('plain') } }, 'x', 1));
  let reads = 0;
  const g = { get _events() { reads++; return { __proto__: null, y: () => log.push('getter') }; } };
  console.log(emit.call(g, 'y'), reads);
  try { emit.call(null, 'x'); } catch (err) { console.log('null this', err.name); }
  try { emit.call({ _events: null }, 'x'); } catch (err) { console.log('null _events', err.name); }
  console.log(log.splice(0).join(' '));
}

{
  // captureRejections: a rejected promise from a listener becomes 'error'; other results do not.
  const e = new EventEmitter({ captureRejections: true });
  e.on('error', (err) => console.log('captured', err.message));
  e.on('p', () => 1);
  e.on('p', async () => { throw new Error('async fail'); });
  console.log('p', e.emit('p'));
  const plain = new EventEmitter();
  plain.on('q', () => Promise.resolve(3));
  console.log('q', plain.emit('q'));
}

{
  // 'error' with errorMonitor, and the result of emit('error') with a listener.
  const e = new EventEmitter();
  e.on(EventEmitter.errorMonitor, (err) => log.push('monitor ' + err.message));
  try { e.emit('error', new Error('unhandled')); } catch (err) { log.push('thrown ' + err.message); }
  e.on('error', (err) => log.push('handled ' + err.message));
  log.push(e.emit('error', new Error('second')));
  console.log(log.splice(0).join(' | '));
}
