'use strict';
// stream.isReadable / isWritable / isErrored / isDisturbed / isDestroyed across a stream's life,
// for Node streams, old-style emitters and plain values.
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const EventEmitter = require('events');

const show = (label, s) => console.log(label, JSON.stringify({
  readable: stream.isReadable(s), writable: stream.isWritable(s), errored: stream.isErrored(s),
  disturbed: stream.isDisturbed(s), destroyed: stream.isDestroyed(s),
}));

(async () => {
  const r = new Readable({ read() {} });
  show('fresh readable', r);
  r.push('a');
  r.read();
  show('after read', r);
  r.push(null);
  r.resume();
  await new Promise((res) => r.on('end', res));
  show('ended', r);
  await new Promise((res) => setImmediate(res));
  show('closed', r);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  show('fresh writable', w);
  w.end();
  show('ending writable', w);

  const p = new PassThrough();
  p.on('error', () => {});
  p.destroy(new Error('x'));
  show('destroyed with error (sync)', p);
  await new Promise((res) => setImmediate(res));
  show('destroyed with error (later)', p);

  const old = new EventEmitter();
  old.readable = true;
  old.pipe = () => {};
  show('old-style', old);
  show('plain object', {});
  show('null', null);
  for (const v of [undefined, 5, 'str']) {
    try {
      show(`value ${v}`, v);
    } catch (e) {
      console.log('threw for', v, e.code);
    }
  }
  const aborted = new Readable({ read() {} });
  aborted.destroy();
  show('destroyed without reading', aborted);
})();
