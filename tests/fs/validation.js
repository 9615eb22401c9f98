// Argument validation: the error class, code and message of each function for bad paths,
// descriptors, modes, flags, encodings, buffers, offsets and callbacks — thrown by the sync
// and callback forms, rejected by fs/promises.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const lines = [];
function t(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') {
      lines.push(r.then(() => `${label}: resolved`, (e) => `${label}: rejects ${e.name} ${e.code} ${e.message}`));
      return;
    }
    lines.push(`${label}: ok`);
  } catch (e) {
    lines.push(`${label}: ${e.name} ${e.code} ${e.message}`);
  }
}
const cb = () => {};

for (const bad of [undefined, null, 1, {}, true, 'a\u0000b', Buffer.from('a\u0000b'), new URL('http://x/y')]) {
  const name = typeof bad === 'string' ? JSON.stringify(bad) : bad instanceof URL ? 'http URL' : String(bad);
  t(`readFileSync(${name})`, () => fs.readFileSync(bad));
  t(`stat(${name})`, () => fs.stat(bad, cb));
  t(`fsp.access(${name})`, () => fsp.access(bad));
}
t('file URL with host', () => fs.readFileSync(new URL('file://host/x')));
t('file URL with %2F', () => fs.readFileSync(new URL('file:///a%2Fb')));
for (const fd of [-1, 1.5, '1', 2 ** 31, null]) {
  t(`fstatSync(${fd})`, () => fs.fstatSync(fd));
  t(`close(${fd})`, () => fs.close(fd, cb));
}
t('readSync no buffer', () => fs.readSync(0));
t('readSync offset string', () => fs.readSync(0, Buffer.alloc(4), 'x', 1, 0));
t('readSync length too big', () => fs.readSync(0, Buffer.alloc(4), 0, 5, 0));
t('readSync position string', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'));
t('readSync position negative', () => fs.readSync(0, Buffer.alloc(4), 0, 1, -2));
t('readSync position bigint huge', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 2n ** 63n));
t('writeSync number', () => fs.writeSync(1, 5));
t('writeSync offset out of range', () => fs.writeSync(1, Buffer.alloc(2), 3));
t('writeSync length out of range', () => fs.writeSync(1, Buffer.alloc(2), 0, 3));
t('writeSync bad encoding', () => fs.writeSync(1, 'x', 0, 'nope'));
t('writevSync not array', () => fs.writevSync(1, 'x'));
t('writevSync bad element', () => fs.writevSync(1, ['x']));
t('readvSync not array', () => fs.readvSync(0, {}));
t('openSync flags', () => fs.openSync(__filename, 'rw'));
t('openSync flags number ok', () => fs.closeSync(fs.openSync(__filename, 0)));
t('openSync mode', () => fs.openSync(__filename, 'r', -1));
t('openSync mode string', () => fs.openSync(__filename, 'r', '8'));
t('open no callback', () => fs.open(__filename, 'r'));
t('readFile bad options', () => fs.readFile(__filename, 1, cb));
t('readFile bad encoding', () => fs.readFileSync(__filename, 'nope'));
t('readFile bad flag', () => fs.readFileSync(__filename, { flag: 'nope' }));
t('writeFileSync bad data', () => fs.writeFileSync('/nonexistent-dir/x', 1));
t('writeFileSync bad data object', () => fs.writeFileSync('/nonexistent-dir/x', { a: 1 }));
t('writeFileSync bad mode', () => fs.writeFileSync('/nonexistent-dir/x', 'x', { mode: 'z' }));
t('writeFileSync bad flush', () => fs.writeFileSync('/nonexistent-dir/x', 'x', { flush: 1 }));
t('mkdirSync bad recursive', () => fs.mkdirSync('/nonexistent-dir/x', { recursive: 'yes' }));
t('mkdirSync bad mode', () => fs.mkdirSync('/nonexistent-dir/x', { mode: 'z' }));
t('mkdtempSync bad prefix', () => fs.mkdtempSync(1));
t('rmSync bad force', () => fs.rmSync('/nonexistent-dir', { force: 1 }));
t('rmSync bad retries', () => fs.rmSync('/nonexistent-dir', { maxRetries: -1 }));
t('rmSync options not object', () => fs.rmSync('/nonexistent-dir', 'x'));
t('rmdirSync bad recursive', () => fs.rmdirSync('/nonexistent-dir', { recursive: 1, maxRetries: 'x' }));
t('chmodSync missing mode', () => fs.chmodSync(__filename));
t('chownSync bad uid', () => fs.chownSync(__filename, 'x', 0));
t('chownSync uid too big', () => fs.chownSync(__filename, 2 ** 32, 0));
t('utimesSync bad atime', () => fs.utimesSync(__filename, {}, 0));
t('futimesSync bad mtime', () => fs.futimesSync(0, 0, 'nope'));
t('truncateSync bad len', () => fs.truncateSync(__filename, 1.5));
t('ftruncateSync bad len', () => fs.ftruncateSync(0, 'x'));
t('symlinkSync bad type', () => fs.symlinkSync('a', '/nonexistent-dir/b', 'bad'));
t('copyFileSync bad mode', () => fs.copyFileSync('a', 'b', 'x'));
t('copyFileSync bad src', () => fs.copyFileSync(1, 'b'));
t('renameSync bad new', () => fs.renameSync('a', 1));
t('linkSync bad existing', () => fs.linkSync(1, 'b'));
t('readdirSync bad recursive', () => fs.readdirSync('/nonexistent-dir', { recursive: 'x' }));
t('existsSync bad', () => fs.existsSync(1));
t('exists no callback', () => fs.exists(__filename));
t('watchFile no listener', () => fs.watchFile(__filename, {}));
t('access bad mode', () => fs.access(__filename, 'x', cb));
t('fsp.open bad flags', () => fsp.open(__filename, 'x'));
t('fsp.readFile bad encoding', () => fsp.readFile(__filename, 'nope'));
t('fsp.writeFile bad data', () => fsp.writeFile('/nonexistent-dir/x', 1));
t('fsp.mkdir bad recursive', () => fsp.mkdir('/nonexistent-dir/x', { recursive: 1 }));
t('fsp.rm bad option', () => fsp.rm('/nonexistent-dir', { recursive: 1 }));
t('fsp.stat bad path', () => fsp.stat(1));
t('fsp.unlink bad path', () => fsp.unlink(1));
t('fsp.readdir bad path', () => fsp.readdir(1));
t('fsp.lchmod on linux', () => fsp.lchmod(__filename, 0o644));
t('fsp.chown bad gid', () => fsp.chown(__filename, 0, 'x'));

Promise.all(lines).then((all) => console.log(all.join('\n')));
