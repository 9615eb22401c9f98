// fs/promises and FileHandle: results, errors as rejections, a closed handle, Stats forms.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const rel = (p) => (typeof p === 'string' ? path.relative(dir, p) : p);
const show = (e) => console.log(e.name, e.code, e.message.split(dir).join('<d>'));
(async () => {
  console.log(fs.promises === fsp, Object.keys(fsp).join());
  const f = path.join(dir, 'a.txt');
  await fsp.writeFile(f, 'abc');
  await fsp.appendFile(f, 'def');
  console.log(await fsp.readFile(f, 'utf8'));
  console.log(await fsp.readFile(f));
  const fh = await fsp.open(f, 'r+');
  console.log(typeof fh.fd, fh.constructor.name);
  const b = Buffer.alloc(4);
  console.log(await fh.read(b, 0, 4, 1));
  console.log(await fh.read({ buffer: Buffer.alloc(2), position: 0 }));
  console.log(await fh.write('XY', 0));
  console.log(await fh.write(Buffer.from('Z'), 0, 1, 2));
  console.log(await fh.writev([Buffer.from('1'), Buffer.from('2')], 6));
  console.log((await fh.readv([Buffer.alloc(3), Buffer.alloc(10)], 0)).bytesRead);
  console.log((await fh.stat()).size, (await fh.stat({ bigint: true })).size);
  console.log(await fh.readFile('utf8'));
  await fh.truncate(2);
  await fh.chmod(0o644);
  await fh.utimes(10, 20);
  await fh.sync();
  await fh.datasync();
  await fh.close();
  console.log('fd after close', fh.fd);
  await fh.close();
  try { await fh.read(b, 0, 1, 0); } catch (e) { show(e); console.log(e.syscall); }
  try { await fh.stat(); } catch (e) { console.log(e.code, e.syscall); }
  console.log(await fsp.readFile(f, 'utf8'), (await fsp.stat(f)).mtimeMs);
  const fh2 = await fsp.open(f, 'a');
  await fh2.appendFile('++');
  await fh2.writeFile('--');
  await fh2[Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')]();
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, ['x', 'y', Buffer.from('z')]);
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.mkdir(path.join(dir, 'd/e/f'), { recursive: true }).then(rel).then(console.log);
  console.log(await fsp.mkdir(path.join(dir, 'd/e/f'), { recursive: true }));
  console.log(await fsp.readdir(dir));
  console.log((await fsp.readdir(dir, { withFileTypes: true })).map((d) => [d.name, d.isDirectory(), rel(d.path)]));
  console.log((await fsp.readdir(dir, { recursive: true })).sort());
  try { await fsp.readFile(path.join(dir, 'nope')); } catch (e) { show(e); }
  try { await fsp.rm(path.join(dir, 'd')); } catch (e) { show(e); console.log(e.errno, e.syscall, rel(e.path), e.info && Object.keys(e.info)); }
  await fsp.copyFile(f, path.join(dir, 'b.txt'));
  try { await fsp.copyFile(f, path.join(dir, 'b.txt'), fs.constants.COPYFILE_EXCL); } catch (e) { show(e); }
  await fsp.symlink('a.txt', path.join(dir, 'l'));
  console.log(await fsp.readlink(path.join(dir, 'l')), (await fsp.lstat(path.join(dir, 'l'))).isSymbolicLink());
  console.log(rel(await fsp.realpath(path.join(dir, 'l'))), rel(fs.realpathSync(path.join(dir, 'l'))));
  try { await fsp.realpath(path.join(dir, 'nope')); } catch (e) { show(e); }
  await fsp.link(f, path.join(dir, 'hard'));
  await fsp.unlink(path.join(dir, 'hard'));
  await fsp.rename(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'));
  await fsp.access(path.join(dir, 'c.txt'));
  try { await fsp.access(path.join(dir, 'b.txt')); } catch (e) { show(e); }
  await fsp.chmod(path.join(dir, 'c.txt'), 0o600);
  console.log(((await fsp.stat(path.join(dir, 'c.txt'))).mode & 0o777).toString(8));
  await fsp.truncate(path.join(dir, 'c.txt'), 1);
  console.log(await fsp.readFile(path.join(dir, 'c.txt'), 'utf8'));
  await fsp.utimes(f, 1000, new Date(2000000));
  await fsp.lutimes(path.join(dir, 'l'), 1, 2);
  await fsp.chown(f, process.getuid(), process.getgid());
  await fsp.lchown(path.join(dir, 'l'), process.getuid(), process.getgid());
  const st = await fsp.stat(f, { bigint: true });
  console.log(st.atimeMs, st.mtimeMs, st.mtime.toISOString(), typeof st.size, st.isFile());
  console.log((await fsp.statfs(dir)).constructor.name);
  console.log(path.basename(await fsp.mkdtemp(path.join(dir, 't-'))).length);
  await fsp.rmdir(path.join(dir, 'd', 'e', 'f'));
  try { await fsp.rmdir(path.join(dir, 'd')); } catch (e) { show(e); }
  const ac = new AbortController();
  ac.abort();
  try { await fsp.readFile(f, { signal: ac.signal }); } catch (e) { console.log(e.name, e.code); }
  try { await fsp.open(f, 'bad'); } catch (e) { show(e); }
  try { await fsp.writeFile(f, 123); } catch (e) { show(e); }
  await fsp.rm(dir, { recursive: true });
  console.log(fs.existsSync(dir));
})();
