'use strict';
// Argument errors and defaults: highWaterMark forms, write/push of invalid chunks, encodings,
// Transform's double callback and flush error, writev under nested cork, Readable.from options.
const stream = require('stream');
const { Readable, Writable, Transform, Duplex, PassThrough } = stream;
const log = (...a) => console.log(...a);
const tryit = (name, fn) => { try { log(name, fn()); } catch (e) { log(name, 'throws', e.name, e.code, e.message); } };
tryit('gdhwm', () => [stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true)]);
tryit('sdhwm bad', () => stream.setDefaultHighWaterMark(false, -1));
tryit('sdhwm nan', () => stream.setDefaultHighWaterMark(false, 'x'));
tryit('from null', () => Readable.from(null));
tryit('from num', () => Readable.from(5));
tryit('write null', () => new Writable({ write(c, e, cb) { cb(); } }).write(null));
tryit('write num', () => new Writable({ write(c, e, cb) { cb(); } }).write(5));
tryit('obj write null', () => new Writable({ objectMode: true, write(c, e, cb) { cb(); } }).write(null));
tryit('write bad enc', () => new Writable({ write(c, e, cb) { cb(); } }).write('x', 'bogus'));
tryit('setDefaultEncoding bad', () => new Writable().setDefaultEncoding('bogus'));
tryit('push num', () => { const r = new Readable({ read() {} }); r.on('error', (e) => log('push err', e.code)); return r.push(5); });
tryit('read str', () => { const r = new Readable({ read() {} }); r.push('abcdef'); return String(r.read('3')); });
tryit('read big', () => { const r = new Readable({ read() {} }); return r.read(2 ** 31); });
tryit('duplex hwm', () => { const d = new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7, highWaterMark: 9 }); return [d.readableHighWaterMark, d.writableHighWaterMark]; });
tryit('duplex hwm2', () => { const d = new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7 }); return [d.readableHighWaterMark, d.writableHighWaterMark]; });
tryit('transform objmode', () => { const t = new Transform({ readableObjectMode: true }); return [t.readableObjectMode, t.writableObjectMode, t.readableHighWaterMark, t.writableHighWaterMark]; });
tryit('hwm float', () => new Readable({ highWaterMark: 2.7 }).readableHighWaterMark);
tryit('hwm str', () => new Readable({ highWaterMark: '5' }).readableHighWaterMark);
tryit('hwm NaN', () => new Readable({ highWaterMark: NaN }).readableHighWaterMark);
tryit('hwm null', () => new Readable({ highWaterMark: null }).readableHighWaterMark);
tryit('rhwm bad', () => new Duplex({ readableHighWaterMark: 'x' }));
tryit('whwm bad', () => new Writable({ highWaterMark: -2 }));
// transform flush error & callback called twice
{
  const t = new Transform({ transform(c, e, cb) { cb(null, c); cb(); }, flush(cb) { cb(new Error('flushfail')); } });
  t.on('error', (e) => log('t err', e.code || e.message));
  t.on('close', () => log('t close'));
  t.resume();
  t.write('a'); t.end();
}
// writev with cork
{
  const w = new Writable({ writev(chunks, cb) { log('writev', chunks.map((c) => [String(c.chunk), c.encoding])); cb(); }, decodeStrings: false });
  w.cork(); w.cork(); w.write('a'); w.write(Buffer.from('b')); w.write('c', 'latin1');
  w.uncork(); log('after one uncork', w.writableLength, w.writableCorked); w.uncork(); log('after two', w.writableLength, w.writableCorked);
  w.end(() => log('w ended'));
}
// Readable.from with string in bytes mode / encoding
(async () => {
  const r = Readable.from('héllo', { objectMode: false, encoding: 'utf8' });
  for await (const c of r) log('from enc', c, typeof c);
  const r2 = Readable.from([Buffer.from('a'), Buffer.from('b')], { objectMode: false });
  const out = []; for await (const c of r2) out.push(String(c)); log('from buffers', out);
  try { for await (const c of Readable.from([1, null, 2])) log('v', c); } catch (e) { log('null val', e.code, e.message); }
})();
