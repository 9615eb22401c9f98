'use strict';
// Duplex (allowHalfOpen, readable/writable false, objectMode per side), Transform
// (transform/flush, callback with data, backpressure on the write callback, errors),
// PassThrough, duplexPair, and the event order of each.
const { Duplex, Transform, PassThrough, Writable, Readable, duplexPair } = require('stream');

let seq = 0;
function trace(name, s) {
  for (const ev of ['data', 'end', 'finish', 'prefinish', 'close', 'error']) {
    s.on(ev, (a) => console.log(`${++seq} ${name} ${ev}${a !== undefined ? ` ${a instanceof Error ? a.message : String(a)}` : ''}`));
  }
  return s;
}
const step = () => new Promise((r) => setImmediate(r));

(async () => {
  {
    const d = trace('d1', new Duplex({
      read() {},
      write(c, e, cb) {
        console.log(`${++seq} d1 _write ${c}`);
        cb();
      },
      final(cb) {
        console.log(`${++seq} d1 _final`);
        cb();
      },
    }));
    d.push('r1');
    d.write('w1');
    d.end();
    d.push(null);
    console.log('d1 props', d.allowHalfOpen, d.readable, d.writable, d.writableEnded, d.readableEnded);
  }
  await step();
  {
    // allowHalfOpen: false ends the writable side when the readable side ends.
    const d = trace('d2', new Duplex({
      allowHalfOpen: false,
      read() { this.push(null); },
      write(c, e, cb) { cb(); },
    }));
    d.resume();
  }
  await step();
  {
    const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
    const d2 = new Duplex({ writable: false, read() {} });
    console.log('sides', d.readable, d.writable, d2.readable, d2.writable, d.readableEnded, d2.writableFinished);
    const d3 = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
    console.log('objectMode', d3.readableObjectMode, d3.writableObjectMode, d3.readableHighWaterMark, d3.writableHighWaterMark);
    const d4 = new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7, highWaterMark: 9 });
    console.log('hwm', d4.readableHighWaterMark, d4.writableHighWaterMark);
    const d5 = new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7 });
    console.log('hwm2', d5.readableHighWaterMark, d5.writableHighWaterMark);
    console.log('instanceof', d instanceof Readable, d instanceof Writable, d instanceof Duplex);
  }
  {
    const t = trace('t1', new Transform({
      transform(chunk, enc, cb) {
        console.log(`${++seq} t1 _transform ${chunk} ${enc}`);
        if (String(chunk) === 'skip') return cb();
        this.push(`<${chunk}>`);
        cb(null, `(${chunk})`);
      },
      flush(cb) {
        console.log(`${++seq} t1 _flush`);
        cb(null, 'flushed');
      },
    }));
    t.write('a');
    t.write('skip');
    t.end('b');
  }
  await step();
  await step();
  {
    // The write callback waits while the readable side is full.
    const t = new Transform({
      highWaterMark: 2,
      transform(chunk, enc, cb) { cb(null, chunk); },
    });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(t.write('xx', () => console.log(`${++seq} t2 write cb ${i}`)));
    console.log('t2 write results', results.join(','), 'readable', t.readableLength, 'writable', t.writableLength);
    await step();
    console.log('t2 reading');
    t.read();
    await step();
    console.log('t2 after read', t.readableLength, t.writableLength);
  }
  {
    const t = trace('t3', new Transform({
      transform(chunk, enc, cb) { cb(new Error('transform error')); },
    }));
    t.write('x', (err) => console.log(`${++seq} t3 write cb ${err && err.message}`));
  }
  await step();
  {
    const t = trace('t4', new Transform({
      transform(c, e, cb) { cb(null, c); },
      flush(cb) { cb(new Error('flush error')); },
    }));
    t.end('x');
  }
  await step();
  {
    const t = new Transform();
    t.on('error', (e) => console.log('t5 error', e.code, e.message));
    try {
      t.write('x');
    } catch (e) {
      console.log('t5 thrown', e.code, e.message);
    }
  }
  await step();
  {
    const p = trace('p1', new PassThrough());
    p.write('through');
    p.end();
    console.log('p1 objectMode', p.readableObjectMode, p instanceof Transform);
  }
  await step();
  {
    // objectMode Transform with readableObjectMode only.
    const t = new Transform({
      readableObjectMode: true,
      transform(c, e, cb) { cb(null, { len: c.length }); },
    });
    t.on('data', (o) => console.log('t6 object', JSON.stringify(o)));
    t.end('four');
  }
  await step();
  {
    const [a, b] = duplexPair();
    b.on('data', (c) => console.log('pair b got', String(c)));
    a.on('data', (c) => console.log('pair a got', String(c)));
    b.on('end', () => console.log('pair b end'));
    a.write('to b');
    b.write('to a');
    a.end();
  }
  await step();
  await step();
  {
    // A Transform with readableHighWaterMark 0.
    const t = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    console.log('hwm0', t.readableHighWaterMark, t.writableHighWaterMark);
  }
})();
