'use strict';
// The listeners an emit() calls are those registered when it began, however listeners are
// added or removed while it runs (same event, other events, nested emits, once listeners,
// a listener that throws), and the array that _events keeps stays consistent afterwards.
const EventEmitter = require('events');

function names(e, type) {
  return e.listeners(type).map((f) => f.name || '(anon)').join(',');
}

{
  const e = new EventEmitter();
  const log = [];
  function a() { log.push('a'); e.removeListener('x', b); e.on('x', d); }
  function b() { log.push('b'); }
  function c() { log.push('c'); e.prependListener('x', f); }
  function d() { log.push('d'); }
  function f() { log.push('f'); }
  e.on('x', a); e.on('x', b); e.on('x', c);
  e.emit('x');
  console.log('1st', log.join(' '), '|', names(e, 'x'));
  log.length = 0;
  e.emit('x');
  console.log('2nd', log.join(' '), '|', names(e, 'x'), e.listenerCount('x'));
}

{
  // Nested emits of the same event, removing listeners at each level.
  const e = new EventEmitter();
  const log = [];
  let depth = 0;
  function p() { log.push('p' + depth); if (depth++ < 2) e.emit('y'); e.removeListener('y', q); }
  function q() { log.push('q' + depth); }
  function r() { log.push('r' + depth); e.once('y', s); }
  function s() { log.push('s' + depth); }
  e.on('y', p); e.on('y', q); e.on('y', r);
  e.emit('y');
  console.log('nested', log.join(' '), '|', names(e, 'y'));
}

{
  // A throwing listener ends the emit; later changes still work in place.
  const e = new EventEmitter();
  const log = [];
  function t1() { log.push('t1'); }
  function t2() { log.push('t2'); throw new Error('boom'); }
  function t3() { log.push('t3'); }
  e.on('z', t1); e.on('z', t2); e.on('z', t3);
  try { e.emit('z'); } catch (err) { log.push(err.message); }
  const before = e._events.z;
  e.on('z', t1);
  console.log('throw', log.join(' '), '|', names(e, 'z'), before === e._events.z, before.length);
  e.removeListener('z', t2);
  console.log('after', names(e, 'z'), before === e._events.z, before.length);
}

{
  // once() listeners removing themselves while others are added, and the leak warning once.
  const e = new EventEmitter();
  e.setMaxListeners(2);
  const log = [];
  process.on('warning', (w) => log.push('warning ' + w.name + ' ' + w.count));
  e.once('w', function o1() { log.push('o1'); e.on('w', function n1() { log.push('n1'); }); });
  e.once('w', function o2() { log.push('o2'); e.on('w', function n2() { log.push('n2'); }); });
  e.on('w', function k() { log.push('k'); });
  e.emit('w');
  e.emit('w');
  e.on('w', function n3() {});
  setImmediate(() => {
    console.log('once', log.join(' '), '|', names(e, 'w'), e.rawListeners('w').length);
  });
}

{
  // removeAllListeners of the event being emitted, and an error listener array.
  const e = new EventEmitter();
  const log = [];
  e.on('v', () => { log.push('v1'); e.removeAllListeners('v'); });
  e.on('v', () => { log.push('v2'); });
  e.emit('v');
  console.log('removeAll', log.join(' '), e.listenerCount('v'), e.emit('v'));
  e.on('error', (err) => log.push('e1 ' + err.message));
  e.on('error', (err) => { log.push('e2 ' + err.message); e.off('error', e.listeners('error')[0]); });
  e.emit('error', new Error('one'));
  e.emit('error', new Error('two'));
  console.log('error', log.join(' '), e.listenerCount('error'));
}
