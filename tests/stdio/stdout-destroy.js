'use strict';
// stdout cannot really be closed: destroy() emits 'close' but the stream (and the fd) keep
// working, as in Node 20; destroySoon is destroy. Strings with lone surrogates and other
// encodings are written as Node writes them.
const out = process.stdout;
console.log('destroySoon === destroy', out.destroySoon === out.destroy);
out.on('close', () => console.error('close event', out.destroyed, out.writable));
out.on('error', (e) => console.error('error event', e.code));
out.destroy();
console.error('after destroy', out.destroyed, out.writable, out.writableEnded);
out.write('still writing\n', (err) => console.error('write cb', err));
setImmediate(() => {
  out.write('lone \ud800 surrogate, pair \ud83d\ude00\n');
  out.write('caf\u00e9\n', 'latin1');
  out.write(Buffer.from('6869210a', 'hex'));
  out.write('ucs\n', 'utf16le');
  out.write('\n');
  out.cork();
  out.write('corked ');
  out.write('writes ');
  out.write(Buffer.from('in one writev\n'));
  process.nextTick(() => out.uncork());
  const err = new Error('x');
  process.stderr.destroy(err);
  console.error('stderr after destroy(err)', process.stderr.destroyed);
  process.stderr.on('error', (e) => console.log('stderr error', e.message));
  process.stderr.on('close', () => console.log('stderr close'));
});
