'use strict';
// Duplex.from for each kind of input, and compose.
const { Duplex, Readable, Writable, PassThrough, Transform, compose, pipeline } = require('stream');

async function drain(d) {
  const out = [];
  for await (const c of d) out.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  return out;
}

(async () => {
  const pt = new PassThrough();
  console.log('duplex returned as is', Duplex.from(pt) === pt);

  const fromReadable = Duplex.from(Readable.from(['r1', 'r2']));
  console.log('from Readable', fromReadable instanceof Duplex, fromReadable.writable, await drain(fromReadable));

  const got = [];
  const fromWritable = Duplex.from(new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  console.log('from Writable readable?', fromWritable.readable);
  fromWritable.end('w1');
  await new Promise((r) => fromWritable.on('finish', r));
  console.log('from Writable got', got);

  console.log('from array', await drain(Duplex.from(['i1', 'i2'])));
  console.log('from async generator object', await drain(Duplex.from((async function* () { yield 'g1'; })())));
  console.log('from promise', await drain(Duplex.from(Promise.resolve('p1'))));
  console.log('from string', await drain(Duplex.from('str')));

  const upper = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  upper.write('abc');
  upper.end('def');
  console.log('from async generator function', await drain(upper));

  const seen = [];
  const consumer = Duplex.from(async function (source) {
    for await (const chunk of source) seen.push(String(chunk));
  });
  consumer.write('c1');
  consumer.end('c2');
  await new Promise((r) => consumer.on('finish', r));
  console.log('from async function', seen);

  const pair = Duplex.from({
    readable: Readable.from(['pr']),
    writable: new Writable({ write(c, e, cb) { console.log('pair writable got', String(c)); cb(); } }),
  });
  pair.end('pw');
  console.log('from pair', await drain(pair));

  for (const bad of [5, null, {}]) {
    try {
      Duplex.from(bad);
    } catch (e) {
      console.log('bad', e.code, e.message);
    }
  }
  try {
    Duplex.from(() => 5);
  } catch (e) {
    console.log('bad function', e.code, e.message);
  }

  const blob = new Blob(['blob data']);
  console.log('from Blob', await drain(Duplex.from(blob)));

  // compose
  const c = compose(
    new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '1'); } }),
    async function* (source) { for await (const ch of source) yield String(ch) + '2'; },
    new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '3'); } }),
  );
  c.end('x');
  console.log('compose', await drain(c));

  const onlyRead = compose(Readable.from(['a', 'b']), new PassThrough({ objectMode: true }));
  console.log('compose readable head', onlyRead.writable, await drain(onlyRead));

  const composedErr = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('inner failed')); } }));
  composedErr.on('error', (e) => console.log('compose error', e.message));
  composedErr.on('close', () => console.log('compose close'));
  composedErr.write('x');
  await new Promise((r) => setImmediate(r));

  try {
    compose();
  } catch (e) {
    console.log('compose()', e.code, e.message);
  }
  try {
    compose(new Writable({ write(ch, e, cb) { cb(); } }), new PassThrough());
  } catch (e) {
    // The message ends with util.inspect of the stream, whose internal state differs.
    console.log('compose(writable, ...)', e.code, e.message.split(' Received')[0]);
  }

  pipeline(Readable.from(['z']), compose(new PassThrough({ objectMode: true })), new Writable({
    objectMode: true,
    write(ch, e, cb) { console.log('pipeline through compose', ch); cb(); },
  }), (err) => console.log('pipeline done', err));
})();
