// fs.watch and fs/promises watch arguments: the path is named "path"; Node's own recursive
// watcher (Linux) checks recursive and persistent; fs/promises watch checks nothing until the
// first next(), whose promise then rejects, in Node's order (options, recursive, path,
// persistent, signal, encoding, then an aborted signal or a missing file).
'use strict';
const fs = require('fs'), fsp = require('fs/promises'), path = require('path'), os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const clean = (s) => String(s).split(dir).join('<d>');

const t = (label, ...args) => {
  try {
    const w = fs.watch(...args);
    console.log(label, 'ok');
    w.close();
  } catch (e) {
    console.log(label, e.name, e.code, clean(e.message));
  }
};
t('watch 123', 123);
t('watch nul', 'a\0b');
t('watch 123 recursive', 123, { recursive: true });
t('recursive 1', dir, { recursive: 1 });
t('recursive 0', dir, { recursive: 0 });
t('persistent x', dir, { persistent: 'x' });
t('persistent x recursive', dir, { persistent: 'x', recursive: true });
t('both bad', dir, { persistent: 1, recursive: 2 });
t('persistent null recursive', dir, { persistent: null, recursive: true });
t('signal 1', dir, { signal: 1 });
t('encoding bad', dir, { encoding: 'bad' });
t('missing', path.join(dir, 'nope'));

const cases = [
  [123], [dir, 5], [dir, null], [123, 5], [123, { recursive: 1 }], [dir, { persistent: 1, recursive: 2 }],
  [123, { encoding: 'bad' }], [123, { signal: 1 }], [dir, { signal: 1 }], [dir, { encoding: 'bad' }],
  [dir, { encoding: 'buffer' }], [123, { signal: AbortSignal.abort() }], [path.join(dir, 'nope'), { signal: AbortSignal.abort() }],
  [path.join(dir, 'nope')],
];
(async () => {
  for (const args of cases) {
    const it = fsp.watch(...args);
    try {
      await it.next();
      console.log('next resolved');
    } catch (e) {
      console.log('next rejected', e.name, e.code, clean(e.message));
    }
    console.log('then', JSON.stringify(await it.next()));
  }
  const early = fsp.watch(123);
  console.log('return first', JSON.stringify(await early.return()), JSON.stringify(await early.next()));
  fs.rmSync(dir, { recursive: true });
})();
