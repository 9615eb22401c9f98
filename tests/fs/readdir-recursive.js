// Recursive readdir in its three forms: the order of each (sync and callback breadth-first,
// the promise form a stack), symbolic links to directories followed when listing names but
// not when listing Dirents, broken links, a link loop (ends at ELOOP), and the callback form
// running synchronously (it calls back before returning and throws its errors), as in Node v20.
'use strict';
const fs = require('fs'), fsp = require('fs/promises'), path = require('path'), os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
for (const p of ['a/b/c', 'a/b2/x', 'a/d', 'z/q']) fs.mkdirSync(path.join(d, p), { recursive: true });
for (const p of ['a/f', 'a/b/c/g', 'a/b2/x/h', 'z/q/i', 'm']) fs.writeFileSync(path.join(d, p), '');
fs.symlinkSync('a/b', path.join(d, 'ln'));
fs.symlinkSync('nowhere', path.join(d, 'broken'));
fs.symlinkSync('m', path.join(d, 'lnfile'));
const dirents = (x) => x.map((e) => e.name + '@' + path.relative(d, e.parentPath) + (e.isDirectory() ? '/' : '')).join(' ');

async function main() {
  console.log('sync     ', fs.readdirSync(d, { recursive: true }).join(' '));
  console.log('sync  T  ', dirents(fs.readdirSync(d, { recursive: true, withFileTypes: true })));
  console.log('promise  ', (await fsp.readdir(d, { recursive: true })).join(' '));
  console.log('promise T', dirents(await fsp.readdir(d, { recursive: true, withFileTypes: true })));
  let returned = false;
  fs.readdir(d, { recursive: true }, (e, v) => console.log('cb       ', e, returned, v.join(' ')));
  fs.readdir(d, { recursive: true, withFileTypes: true }, (e, v) => console.log('cb    T  ', e, returned, dirents(v)));
  returned = true;
  try {
    fs.readdir(path.join(d, 'nope'), { recursive: true }, () => console.log('cb missing called'));
    console.log('cb missing returned');
  } catch (e) {
    console.log('cb missing threw', e.code, e.syscall);
  }
  await fsp.readdir(path.join(d, 'm'), { recursive: true }).catch((e) => console.log('promise file', e.code, e.syscall));
  fs.mkdirSync(path.join(d, 'loop'));
  fs.symlinkSync('..', path.join(d, 'loop', 'up'));
  const names = fs.readdirSync(path.join(d, 'loop'), { recursive: true });
  console.log('loop sync', names.length, names.slice(0, 3).join(' '));
  console.log('loop promise', (await fsp.readdir(path.join(d, 'loop'), { recursive: true })).length);
  fs.rmSync(d, { recursive: true });
}
main();
