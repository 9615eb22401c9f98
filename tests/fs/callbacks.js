// The callback API: results, errors passed to the callback (never thrown), arguments,
// and that callbacks run after the current tick.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
const clean = (s) => String(s).split(dir).join('<d>');
const errLine = (e) => `${e.name} ${e.code} ${e.errno} ${e.syscall} ${clean(e.message)}`;

const steps = [
  (next) => fs.writeFile(p('a.txt'), 'hello', function(...args) {
    console.log('writeFile args', args.length, args[0]); next();
  }),
  (next) => fs.appendFile(p('a.txt'), Buffer.from(' world'), (err) => { console.log('appendFile', err); next(); }),
  (next) => fs.readFile(p('a.txt'), (err, data) => { console.log('readFile', err, data); next(); }),
  (next) => fs.readFile(p('a.txt'), 'utf8', (err, data) => { console.log('readFile utf8', data); next(); }),
  (next) => fs.readFile(p('missing'), (err, data) => { console.log('readFile missing', errLine(err), data); next(); }),
  (next) => fs.readFile(dir, (err) => { console.log('readFile dir', errLine(err)); next(); }),
  (next) => fs.stat(p('a.txt'), (err, st) => {
    console.log('stat', err, st.constructor.name, st.size, st.isFile(), Object.keys(st).join());
    next();
  }),
  (next) => fs.stat(p('a.txt'), { bigint: true }, (err, st) => {
    console.log('stat bigint', st.constructor.name, st.size, typeof st.mtimeNs, Object.keys(st).length);
    next();
  }),
  (next) => fs.lstat(p('missing'), (err) => { console.log('lstat', errLine(err)); next(); }),
  (next) => fs.open(p('a.txt'), 'r+', (err, fd) => {
    console.log('open', err, typeof fd);
    const buf = Buffer.alloc(5);
    fs.read(fd, buf, 0, 5, 0, function(err, n, b) {
      console.log('read', arguments.length, err, n, b === buf, b.toString());
      fs.read(fd, { buffer: Buffer.alloc(3), position: 6 }, (err, n, b) => {
        console.log('read options', n, b.toString());
        fs.write(fd, 'HE', 0, 'utf8', (err, n, s) => {
          console.log('write string', err, n, s);
          fs.write(fd, Buffer.from('xyz'), 1, 2, 11, (err, n, b) => {
            console.log('write buffer', n, b.toString());
            fs.fstat(fd, (err, st) => {
              console.log('fstat', st.size);
              fs.writev(fd, [Buffer.from('A'), Buffer.from('B')], 0, (err, n, bufs) => {
                console.log('writev', n, bufs.length);
                const x = Buffer.alloc(2); const y = Buffer.alloc(20);
                fs.readv(fd, [x, y], 0, (err, n) => {
                  console.log('readv', n, x.toString(), y.toString('utf8', 0, n - 2));
                  fs.ftruncate(fd, 3, (err) => {
                    console.log('ftruncate', err);
                    fs.fsync(fd, () => fs.fdatasync(fd, () => fs.close(fd, (err) => {
                      console.log('close', err);
                      fs.close(fd, (err) => { console.log('close again', errLine(err)); next(); });
                    })));
                  });
                });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.open(p('missing'), (err, fd) => { console.log('open missing', errLine(err), fd); next(); }),
  (next) => fs.mkdir(p('d', 'e'), { recursive: true }, (err, first) => {
    console.log('mkdir recursive', err, clean(first)); next();
  }),
  (next) => fs.mkdir(p('d'), function(err) { console.log('mkdir exists', arguments.length, errLine(err)); next(); }),
  (next) => fs.mkdtemp(p('d', 't-'), (err, t) => { console.log('mkdtemp', err, path.basename(t).length); next(); }),
  (next) => fs.readdir(dir, (err, names) => { console.log('readdir', names.sort()); next(); }),
  (next) => fs.readdir(dir, { withFileTypes: true }, (err, ents) => {
    console.log('readdir types', ents.map((e) => `${e.name}:${e.isDirectory()}`).sort()); next();
  }),
  (next) => fs.readdir(p('nope'), (err) => { console.log('readdir missing', errLine(err)); next(); }),
  (next) => fs.access(p('a.txt'), fs.constants.R_OK, (err) => { console.log('access', err); next(); }),
  (next) => fs.access(p('nope'), (err) => { console.log('access missing', errLine(err)); next(); }),
  (next) => fs.exists(p('a.txt'), (e) => { console.log('exists', e); fs.exists(p('nope'), (e) => { console.log('exists missing', e); next(); }); }),
  (next) => util.promisify(fs.exists)(p('a.txt')).then((e) => { console.log('promisified exists', e); next(); }),
  (next) => fs.copyFile(p('a.txt'), p('b.txt'), (err) => { console.log('copyFile', err); next(); }),
  (next) => fs.copyFile(p('a.txt'), p('b.txt'), fs.constants.COPYFILE_EXCL, (err) => { console.log('copyFile excl', errLine(err)); next(); }),
  (next) => fs.rename(p('b.txt'), p('c.txt'), (err) => { console.log('rename', err); next(); }),
  (next) => fs.rename(p('b.txt'), p('c.txt'), (err) => { console.log('rename missing', errLine(err), clean(err.dest)); next(); }),
  (next) => fs.link(p('c.txt'), p('h.txt'), (err) => { console.log('link', err); next(); }),
  (next) => fs.symlink('c.txt', p('s'), (err) => { console.log('symlink', err); next(); }),
  (next) => fs.readlink(p('s'), (err, t) => { console.log('readlink', t); next(); }),
  (next) => fs.realpath(p('s'), (err, r) => { console.log('realpath', clean(r)); next(); }),
  (next) => fs.realpath.native(p('s'), (err, r) => { console.log('realpath.native', clean(r)); next(); }),
  (next) => fs.realpath(p('nope'), (err) => { console.log('realpath missing', errLine(err)); next(); }),
  (next) => fs.truncate(p('c.txt'), 1, (err) => { console.log('truncate', err, fs.readFileSync(p('c.txt'), 'utf8')); next(); }),
  (next) => fs.chmod(p('c.txt'), 0o600, (err) => { console.log('chmod', err, (fs.statSync(p('c.txt')).mode & 0o777).toString(8)); next(); }),
  (next) => fs.utimes(p('c.txt'), 1, 2, (err) => { console.log('utimes', err, fs.statSync(p('c.txt')).mtimeMs); next(); }),
  (next) => fs.lutimes(p('s'), 3, 4, (err) => { console.log('lutimes', err, fs.lstatSync(p('s')).mtimeMs); next(); }),
  (next) => fs.chown(p('c.txt'), process.getuid(), process.getgid(), (err) => { console.log('chown', err); next(); }),
  (next) => fs.lchown(p('s'), process.getuid(), process.getgid(), (err) => { console.log('lchown', err); next(); }),
  (next) => fs.unlink(p('h.txt'), (err) => { console.log('unlink', err); next(); }),
  (next) => fs.unlink(p('h.txt'), (err) => { console.log('unlink missing', errLine(err)); next(); }),
  (next) => fs.rmdir(p('d'), (err) => { console.log('rmdir not empty', errLine(err)); next(); }),
  (next) => fs.rm(p('d'), (err) => { console.log('rm dir', err.name, err.code, clean(err.message)); next(); }),
  (next) => fs.rm(p('d'), { recursive: true }, (err) => { console.log('rm recursive', err, fs.existsSync(p('d'))); next(); }),
  (next) => fs.rm(p('d'), { force: true }, (err) => { console.log('rm force', err); next(); }),
  (next) => fs.statfs(dir, (err, s) => { console.log('statfs', err, s.constructor.name); next(); }),
  (next) => {
    const order = [];
    fs.stat(dir, () => { order.push('callback'); console.log('order', order.join(' ')); next(); });
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
  },
  (next) => {
    try { fs.stat(dir); } catch (e) { console.log('no callback', e.code, e.message); }
    try { fs.readFile(p('a.txt'), 'nope', () => {}); } catch (e) { console.log('bad encoding', e.code, e.message); }
    try { fs.open(p('a.txt'), 'r', 'bad', () => {}); } catch (e) { console.log('bad mode', e.code, e.message); }
    try { fs.close('1', () => {}); } catch (e) { console.log('bad fd', e.code, e.message); }
    next();
  },
];

let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done', fs.existsSync(dir));
  }
}
next();
