// EventEmitter behaviour under the runtime: ordering, once, prepend, removal during emit,
// errors, newListener/removeListener, max listeners, and the layout packages rely on.
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

const e = new EventEmitter();
e.on('newListener', (name) => log('newListener', name));
e.on('x', (a, b) => log('x1', a, b));
e.prependListener('x', () => log('x0'));
e.once('x', () => log('x once'));
e.prependOnceListener('x', () => log('x once first'));
log(e.emit('x', 1, 2), e.emit('x', 3, 4), e.emit('nothing'));
log(e.listenerCount('x'), e.eventNames(), typeof e._events, Object.getPrototypeOf(e._events), e._eventsCount);

// Removing a listener during emit does not affect the current emit.
const f = new EventEmitter();
const b = () => log('b');
f.on('y', () => { log('a'); f.removeListener('y', b); });
f.on('y', b);
f.emit('y');
f.emit('y');
log(Array.isArray(f._events.y), typeof f._events.y);

// rawListeners keeps the once wrapper; listeners unwraps it.
const g = new EventEmitter();
const h = () => {};
g.once('z', h);
log(g.listeners('z')[0] === h, g.rawListeners('z')[0] === h, g.rawListeners('z')[0].listener === h);

// 'removeListener' events and removeAllListeners.
g.on('removeListener', (name, fn) => log('removed', name, fn === h));
g.removeAllListeners('z');
log(g.listenerCount('z'));

// Errors: an 'error' with no listener throws; non-errors are wrapped.
try { new EventEmitter().emit('error', new Error('boom')); } catch (err) { log('thrown', err.message); }
try { new EventEmitter().emit('error', 'text'); } catch (err) { log(err.code, err.message); }
try { new EventEmitter().on('x', 'not a function'); } catch (err) { log(err.code, err.message); }
const monitored = new EventEmitter();
monitored.on(EventEmitter.errorMonitor, (err) => log('monitor saw', err.message));
monitored.on('error', (err) => log('handled', err.message));
monitored.emit('error', new Error('watched'));

// Max listeners: the warning is emitted once per event name.
process.on('warning', (w) => log('warning', w.name, w.message));
const m = new EventEmitter();
m.setMaxListeners(2);
for (let i = 0; i < 4; i++) m.on('leak', () => {});
log(m.getMaxListeners(), EventEmitter.defaultMaxListeners);

// Subclassing and the old-style constructor.
class Sub extends EventEmitter {}
const s = new Sub();
s.on('hi', function () { log('this is s', this === s); });
s.emit('hi');
function Old() { EventEmitter.call(this); }
require('util').inherits(Old, EventEmitter);
const o = new Old();
o.once('go', () => log('old style works'));
o.emit('go');

// Static once and on.
(async () => {
  const t = new EventEmitter();
  setTimeout(() => t.emit('ready', 1, 2), 1);
  log('once resolved', await EventEmitter.once(t, 'ready'));
  const ac = new AbortController();
  const it = EventEmitter.on(t, 'tick', { signal: ac.signal });
  setTimeout(() => { t.emit('tick', 'a'); t.emit('tick', 'b'); ac.abort(); }, 1);
  try {
    for await (const v of it) log('tick', v);
  } catch (err) {
    log('iteration ended', err.name);
  }
  log('listeners left', t.listenerCount('tick'));
})();
