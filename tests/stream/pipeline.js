'use strict';
// pipeline: callback and promise forms, errors from any stage destroy every stage, generator
// and async generator stages, AbortSignal, the end option, and the value of a final function.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const pp = require('stream/promises');

function sink(name, arr) {
  return new Writable({
    objectMode: true,
    write(c, e, cb) {
      arr.push(String(c));
      cb();
    },
  });
}

function trace(name, s) {
  for (const ev of ['error', 'close', 'finish', 'end']) {
    s.on(ev, (e) => console.log(`  ${name} ${ev}${e ? ` ${e.code || ''} ${e.message}` : ''}`));
  }
  return s;
}

const tests = [];
const test = (name, fn) => tests.push([name, fn]);

test('ok through transforms', () => new Promise((resolve) => {
  const out = [];
  pipeline(
    Readable.from(['a', 'b', 'c']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
    new PassThrough({ objectMode: true }),
    sink('s', out),
    (err, val) => {
      console.log('  done', err, val, out.join(','));
      resolve();
    });
}));

test('error in the middle destroys all', () => new Promise((resolve) => {
  const src = trace('src', new Readable({ read() { this.push('x'); } }));
  const mid = trace('mid', new Transform({
    transform(c, e, cb) { cb(new Error('transform failed')); },
  }));
  const dst = trace('dst', new Writable({ write(c, e, cb) { cb(); } }));
  pipeline(src, mid, dst, (err) => {
    console.log('  callback', err.message, src.destroyed, mid.destroyed, dst.destroyed);
    setImmediate(resolve);
  });
}));

test('source error', () => new Promise((resolve) => {
  const src = new Readable({ read() {} });
  const dst = trace('dst', new Writable({ write(c, e, cb) { cb(); } }));
  pipeline(src, dst, (err) => {
    console.log('  callback', err.message, dst.destroyed);
    setImmediate(resolve);
  });
  src.push('a');
  process.nextTick(() => src.destroy(new Error('source broke')));
}));

test('destination destroyed early', () => new Promise((resolve) => {
  const src = trace('src', new Readable({ read() {} }));
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err) => {
    console.log('  callback', err && err.code, err && err.message, src.destroyed);
    setImmediate(resolve);
  });
  src.push('a');
  setImmediate(() => dst.destroy());
}));

test('generator stages', () => new Promise((resolve) => {
  const out = [];
  pipeline(
    function* () { yield 'x'; yield 'y'; },
    async function* (source) {
      for await (const chunk of source) yield chunk.toUpperCase();
    },
    async function* (source) {
      for await (const chunk of source) yield `[${chunk}]`;
    },
    sink('s', out),
    (err) => {
      console.log('  done', err, out.join(''));
      resolve();
    });
}));

test('final function returns a value', () => new Promise((resolve) => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function (source) {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    },
    (err, val) => {
      console.log('  done', err, val);
      resolve();
    });
}));

test('generator throws', () => new Promise((resolve) => {
  const src = trace('src', Readable.from(['a', 'b', 'c']));
  pipeline(
    src,
    async function* (source) {
      for await (const c of source) {
        if (c === 'b') throw new Error('gen failed at b');
        yield c;
      }
    },
    new Writable({ objectMode: true, write(c, e, cb) { console.log('  got', c); cb(); } }),
    (err) => {
      console.log('  callback', err.message, src.destroyed);
      setImmediate(resolve);
    });
}));

test('abort signal', () => new Promise((resolve) => {
  const ac = new AbortController();
  const src = trace('src', new Readable({ read() {} }));
  pp.pipeline(src, new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal })
    .then(() => console.log('  resolved'), (err) => {
      console.log('  rejected', err.name, err.code, err.message, err.cause === ac.signal.reason);
      setImmediate(resolve);
    });
  src.push('a');
  setImmediate(() => ac.abort());
}));

test('already aborted signal', () => new Promise((resolve) => {
  const src = Readable.from(['a']);
  pp.pipeline(src, new PassThrough({ objectMode: true }), { signal: AbortSignal.abort() })
    .catch((err) => {
      console.log('  rejected', err.name, src.destroyed);
      resolve();
    });
}));

test('end: false leaves the destination open', () => new Promise((resolve) => {
  const out = [];
  const dst = sink('s', out);
  pp.pipeline(Readable.from(['p', 'q']), dst, { end: false }).then(() => {
    console.log('  resolved', out.join(','), dst.writableEnded, dst.writableFinished);
    dst.end('r');
    dst.on('finish', () => {
      console.log('  finished', out.join(','));
      resolve();
    });
  });
}));

test('promise form resolves', () => pp.pipeline(Readable.from(['z']), new PassThrough({ objectMode: true }).resume())
  .then((v) => console.log('  resolved', v)));

test('bad arguments', () => {
  for (const args of [[], [Readable.from([])], [Readable.from([]), 5, () => {}]]) {
    try {
      pipeline(...args);
    } catch (e) {
      console.log('  threw', e.code, e.message);
    }
  }
  try {
    pipeline(Readable.from([]), new PassThrough());
  } catch (e) {
    console.log('  threw', e.code, e.message);
  }
  try {
    pipeline(() => 5, new PassThrough(), () => {});
  } catch (e) {
    console.log('  threw', e.code, e.message);
  }
});

test('writable error after source ended', () => new Promise((resolve) => {
  const dst = new Writable({
    final(cb) { cb(new Error('final failed')); },
    write(c, e, cb) { cb(); },
  });
  pipeline(Readable.from(['a']), dst, (err) => {
    console.log('  callback', err.message);
    resolve();
  });
}));

(async () => {
  for (const [name, fn] of tests) {
    console.log(name);
    await fn();
  }
})();
