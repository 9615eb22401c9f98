// The synchronous API: each function's result and its main errors.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
const clean = (s) => String(s).split(dir).join('<d>');
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : clean(typeof r === 'object' ? JSON.stringify(r) : r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.errno, e.syscall, clean(e.message),
      e.path === undefined ? '-' : clean(e.path), e.dest === undefined ? '-' : clean(e.dest));
  }
}

attempt('writeFileSync', () => fs.writeFileSync(p('a.txt'), 'hello'));
attempt('writeFileSync latin1', () => fs.writeFileSync(p('l.txt'), 'caf\u00e9', 'latin1'));
attempt('readFileSync latin1', () => fs.readFileSync(p('l.txt')).length);
attempt('appendFileSync', () => fs.appendFileSync(p('a.txt'), ' world'));
attempt('readFileSync', () => fs.readFileSync(p('a.txt'), 'utf8'));
attempt('readFileSync hex', () => fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
attempt('readFileSync base64', () => fs.readFileSync(p('a.txt'), 'base64'));
attempt('readFileSync missing', () => fs.readFileSync(p('missing.txt')));
attempt('readFileSync dir', () => fs.readFileSync(dir));
attempt('readFileSync relative missing', () => fs.readFileSync('missing.txt'));
attempt('readFileSync URL', () => fs.readFileSync(new URL('file://' + p('a.txt')), 'utf8'));
attempt('readFileSync Buffer path', () => fs.readFileSync(Buffer.from(p('a.txt')), 'utf8'));
attempt('writeFileSync flag wx', () => fs.writeFileSync(p('a.txt'), 'x', { flag: 'wx' }));
attempt('writeFileSync to dir', () => fs.writeFileSync(dir, 'x'));
attempt('writeFileSync Uint16Array', () => fs.writeFileSync(p('u16'), new Uint16Array([0x4142, 0x4344])));
attempt('readFileSync u16', () => fs.readFileSync(p('u16'), 'latin1'));
attempt('existsSync', () => [fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync({})]);
attempt('accessSync', () => fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK));
attempt('accessSync missing', () => fs.accessSync(p('nope')));
attempt('accessSync bad mode', () => fs.accessSync(p('a.txt'), 8));

const fd = fs.openSync(p('a.txt'), 'r+');
attempt('fstatSync size', () => fs.fstatSync(fd).size);
const buf = Buffer.alloc(5);
attempt('readSync', () => [fs.readSync(fd, buf, 0, 5, 6), buf.toString()]);
attempt('readSync options', () => [fs.readSync(fd, buf, { position: 0, length: 2 }), buf.toString()]);
attempt('readSync current pos', () => [fs.readSync(fd, buf), buf.toString()]);
attempt('readSync bad offset', () => fs.readSync(fd, buf, -1, 1, 0));
attempt('readSync bad length', () => fs.readSync(fd, buf, 0, 6, 0));
attempt('readSync bad buffer', () => fs.readSync(fd, 'str', 0, 1, 0));
attempt('writeSync string', () => fs.writeSync(fd, 'HE', 0));
attempt('writeSync buffer', () => fs.writeSync(fd, Buffer.from('LLO'), 0, 3, 2));
attempt('writeSync bad', () => fs.writeSync(fd, 123));
attempt('writevSync', () => fs.writevSync(fd, [Buffer.from('1'), Buffer.from('2')], 11));
const a = Buffer.alloc(3); const b2 = Buffer.alloc(4);
attempt('readvSync', () => [fs.readvSync(fd, [a, b2], 0), a.toString(), b2.toString()]);
attempt('ftruncateSync', () => fs.ftruncateSync(fd, 4));
attempt('fsyncSync', () => fs.fsyncSync(fd));
attempt('fdatasyncSync', () => fs.fdatasyncSync(fd));
attempt('fchmodSync', () => fs.fchmodSync(fd, 0o640));
attempt('futimesSync', () => fs.futimesSync(fd, 100, 200));
attempt('fstat mtime', () => fs.fstatSync(fd).mtimeMs);
attempt('closeSync', () => fs.closeSync(fd));
attempt('closeSync again', () => fs.closeSync(fd));
attempt('fstatSync closed', () => fs.fstatSync(fd));
attempt('readFileSync after', () => fs.readFileSync(p('a.txt'), 'utf8'));
attempt('openSync missing', () => fs.openSync(p('nope'), 'r'));
attempt('openSync wx exists', () => fs.openSync(p('a.txt'), 'wx'));
attempt('openSync bad flags', () => fs.openSync(p('a.txt'), 'q'));
attempt('openSync bad mode', () => fs.openSync(p('a.txt'), 'r', 'abc'));

attempt('mkdirSync', () => fs.mkdirSync(p('d')));
attempt('mkdirSync exists', () => fs.mkdirSync(p('d')));
attempt('mkdirSync recursive', () => fs.mkdirSync(p('d', 'e', 'f'), { recursive: true }));
attempt('mkdirSync recursive exists', () => fs.mkdirSync(p('d', 'e'), { recursive: true }));
attempt('mkdirSync recursive through file', () => fs.mkdirSync(p('a.txt', 'x'), { recursive: true }));
attempt('mkdirSync no parent', () => fs.mkdirSync(p('q', 'r')));
attempt('mkdtempSync missing', () => fs.mkdtempSync(p('nope', 'x-')));
attempt('mkdtempSync', () => /^x-[A-Za-z0-9]{6}$/.test(path.basename(fs.mkdtempSync(p('d', 'x-')))));
attempt('readdirSync', () => fs.readdirSync(dir).sort());
attempt('readdirSync types', () => fs.readdirSync(dir, { withFileTypes: true })
  .sort((x, y) => (x.name < y.name ? -1 : 1))
  .map((e) => `${e.name}:${e.isFile()}:${e.isDirectory()}:${clean(e.parentPath)}`));
attempt('readdirSync buffer', () => fs.readdirSync(p('d', 'e'), 'buffer')[0] instanceof Buffer);
attempt('readdirSync recursive', () => fs.readdirSync(p('d'), { recursive: true }).filter((n) => !n.includes('x-')).sort());
attempt('readdirSync file', () => fs.readdirSync(p('a.txt')));
attempt('readdirSync missing', () => fs.readdirSync(p('nope')));
attempt('renameSync', () => fs.renameSync(p('a.txt'), p('b.txt')));
attempt('renameSync missing', () => fs.renameSync(p('a.txt'), p('c.txt')));
attempt('copyFileSync', () => fs.copyFileSync(p('b.txt'), p('c.txt')));
attempt('copyFileSync mode', () => (fs.statSync(p('c.txt')).mode & 0o777).toString(8));
attempt('copyFileSync excl', () => fs.copyFileSync(p('b.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL));
attempt('copyFileSync bad mode', () => fs.copyFileSync(p('b.txt'), p('c.txt'), 99));
attempt('copyFileSync missing', () => fs.copyFileSync(p('nope'), p('c.txt')));
attempt('linkSync', () => fs.linkSync(p('b.txt'), p('hard')));
attempt('linkSync exists', () => fs.linkSync(p('b.txt'), p('hard')));
attempt('nlink', () => fs.statSync(p('b.txt')).nlink);
attempt('symlinkSync', () => fs.symlinkSync('b.txt', p('sym')));
attempt('symlinkSync exists', () => fs.symlinkSync('b.txt', p('sym')));
attempt('symlinkSync dangling', () => fs.symlinkSync('nowhere', p('dangling')));
attempt('readlinkSync', () => fs.readlinkSync(p('sym')));
attempt('readlinkSync not link', () => fs.readlinkSync(p('b.txt')));
attempt('lstatSync', () => [fs.lstatSync(p('sym')).isSymbolicLink(), fs.statSync(p('sym')).isSymbolicLink()]);
attempt('statSync dangling', () => fs.statSync(p('dangling')));
attempt('statSync throwIfNoEntry', () => String(fs.statSync(p('nope'), { throwIfNoEntry: false })));
attempt('lstatSync throwIfNoEntry', () => String(fs.lstatSync(p('nope'), { throwIfNoEntry: false })));
attempt('realpathSync', () => fs.realpathSync(p('sym')));
attempt('realpathSync dots', () => fs.realpathSync(p('d', 'e', '..', '..', 'sym')));
attempt('realpathSync missing', () => fs.realpathSync(p('nope', 'x')));
attempt('realpathSync.native', () => fs.realpathSync.native(p('sym')));
attempt('realpathSync.native missing', () => fs.realpathSync.native(p('nope')));
attempt('realpathSync dangling', () => fs.realpathSync(p('dangling')));
attempt('truncateSync', () => fs.truncateSync(p('c.txt'), 2));
attempt('truncated', () => fs.readFileSync(p('c.txt'), 'utf8'));
attempt('truncateSync missing', () => fs.truncateSync(p('nope')));
attempt('truncateSync bad len', () => fs.truncateSync(p('c.txt'), 'x'));
attempt('chmodSync', () => fs.chmodSync(p('c.txt'), '755'));
attempt('chmod mode', () => (fs.statSync(p('c.txt')).mode & 0o777).toString(8));
attempt('chmodSync bad', () => fs.chmodSync(p('c.txt'), 'xyz'));
attempt('chmodSync missing', () => fs.chmodSync(p('nope'), 0o644));
attempt('chownSync self', () => fs.chownSync(p('c.txt'), process.getuid(), process.getgid()));
attempt('chownSync bad uid', () => fs.chownSync(p('c.txt'), -2, 0));
attempt('lchownSync self', () => fs.lchownSync(p('sym'), process.getuid(), process.getgid()));
attempt('chownSync missing', () => fs.chownSync(p('nope'), process.getuid(), process.getgid()));
attempt('utimesSync', () => fs.utimesSync(p('c.txt'), 1000.5, new Date(2000500)));
attempt('utimes values', () => [fs.statSync(p('c.txt')).atimeMs, fs.statSync(p('c.txt')).mtime.toISOString()]);
attempt('utimesSync bad', () => fs.utimesSync(p('c.txt'), 'abc', 1));
attempt('utimesSync missing', () => fs.utimesSync(p('nope'), 1, 1));
attempt('lutimesSync', () => fs.lutimesSync(p('sym'), 5, 6));
attempt('lutimes values', () => [fs.lstatSync(p('sym')).mtimeMs, fs.statSync(p('sym')).mtimeMs !== 6000]);
attempt('unlinkSync', () => fs.unlinkSync(p('hard')));
attempt('unlinkSync missing', () => fs.unlinkSync(p('hard')));
attempt('unlinkSync dir', () => fs.unlinkSync(p('d')));
attempt('rmdirSync not empty', () => fs.rmdirSync(p('d')));
attempt('rmdirSync file', () => fs.rmdirSync(p('c.txt')));
attempt('rmdirSync', () => fs.rmdirSync(p('d', 'e', 'f')));
attempt('rmSync file', () => fs.rmSync(p('c.txt')));
attempt('rmSync missing', () => fs.rmSync(p('c.txt')));
attempt('rmSync force', () => fs.rmSync(p('c.txt'), { force: true }));
attempt('rmSync dir', () => fs.rmSync(p('d')));
attempt('rmSync bad option', () => fs.rmSync(p('d'), { recursive: 'yes' }));
attempt('rmSync recursive', () => fs.rmSync(p('d'), { recursive: true }));
attempt('statfsSync', () => { const s = fs.statfsSync(dir); return [s.constructor.name, Object.keys(s), typeof s.bsize]; });
attempt('statfsSync bigint', () => typeof fs.statfsSync(dir, { bigint: true }).blocks);
attempt('statfsSync missing', () => fs.statfsSync(p('nope')));
attempt('lchmod', () => typeof fs.lchmod);
attempt('final', () => fs.readdirSync(dir).sort());

fs.rmSync(dir, { recursive: true });
console.log('removed', !fs.existsSync(dir));
