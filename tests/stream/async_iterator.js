'use strict';
// for await over Readables: all data then the end, early break destroys (and what that
// emits), errors reject, destroyOnReturn: false keeps the stream, iterator() options,
// concurrent next() calls, old-style streams.
const { Readable, PassThrough } = require('stream');
const EventEmitter = require('events');

function trace(name, s) {
  for (const ev of ['error', 'close', 'end']) {
    s.on(ev, (e) => console.log(`  ${name} ${ev}${e ? ` ${e.name} ${e.code || ''} ${e.message}` : ''}`));
  }
  return s;
}

(async () => {
  console.log('all chunks');
  {
    const r = trace('r', new Readable({ read() {} }));
    r.push('a');
    setImmediate(() => { r.push('b'); r.push(null); });
    for await (const c of r) console.log('  chunk', String(c));
    console.log('  after loop', r.destroyed, r.readableEnded);
  }

  console.log('early break');
  {
    const r = trace('r', Readable.from(['1', '2', '3']));
    for await (const c of r) {
      console.log('  chunk', c);
      break;
    }
    console.log('  after break', r.destroyed, r.readableAborted);
    await new Promise((res) => setImmediate(res));
  }

  console.log('error rejects');
  {
    const r = new Readable({ read() {} });
    r.push('x');
    setImmediate(() => r.destroy(new Error('stream failed')));
    try {
      for await (const c of r) console.log('  chunk', String(c));
    } catch (e) {
      console.log('  caught', e.message);
    }
  }

  console.log('throw inside the loop destroys');
  {
    const r = trace('r', Readable.from(['a', 'b']));
    try {
      for await (const c of r) throw new Error(`body threw at ${c}`);
    } catch (e) {
      console.log('  caught', e.message, r.destroyed);
    }
    await new Promise((res) => setImmediate(res));
  }

  console.log('destroyOnReturn: false');
  {
    const r = trace('r', Readable.from(['a', 'b', 'c']));
    for await (const c of r.iterator({ destroyOnReturn: false })) {
      console.log('  chunk', c);
      break;
    }
    console.log('  destroyed', r.destroyed);
    for await (const c of r) console.log('  rest', c);
    try {
      r.iterator(5);
    } catch (e) {
      console.log('  iterator(5)', e.code);
    }
  }

  console.log('manual next/return');
  {
    const r = Readable.from([10, 20, 30]);
    const it = r[Symbol.asyncIterator]();
    console.log('  same', it[Symbol.asyncIterator]() === it, it.stream === r);
    const results = await Promise.all([it.next(), it.next()]);
    console.log('  two nexts', JSON.stringify(results));
    console.log('  return', JSON.stringify(await it.return('v')));
    console.log('  after return', JSON.stringify(await it.next()), r.destroyed);
  }

  console.log('objectMode and strings with encoding');
  {
    const r = new PassThrough({ encoding: 'utf8' });
    r.end(Buffer.from('héllo'));
    const parts = [];
    for await (const c of r) parts.push(typeof c + ':' + c);
    console.log(' ', parts.join(','));
  }

  console.log('old-style stream');
  {
    const old = new EventEmitter();
    old.readable = true;
    old.pause = () => {};
    old.resume = () => {};
    const it = Readable.prototype.iterator.call(old);
    setImmediate(() => {
      old.emit('data', 'p');
      old.emit('data', 'q');
      old.emit('end');
    });
    for await (const c of it) console.log('  chunk', c);
  }

  console.log('empty stream');
  {
    const r = new Readable({ read() { this.push(null); } });
    let n = 0;
    for await (const c of r) n++;
    console.log('  chunks', n, r.destroyed);
  }
})();
