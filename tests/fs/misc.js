// Descriptors in place of paths, Buffer and file: URL paths, encodings of returned names,
// promisified read/write, fs.constants, files over 2 GiB, and the exports' shape.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const util = require('util');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
const clean = (s) => String(s).split(dir).join('<d>');

console.log(Object.keys(fs).join());
console.log(Object.keys(fsp).join());
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.O_RDONLY, fs.constants.COPYFILE_EXCL,
  fs.constants.S_IFMT, Object.getPrototypeOf(fs.constants), fsp.constants === fs.constants);
console.log(typeof fs.lchmod, typeof fs.lchmodSync, typeof fsp.lchmod, typeof fs.realpath.native);

const fd = fs.openSync(p('a.txt'), 'w+');
fs.writeFileSync(fd, 'one');
fs.appendFileSync(fd, '-two');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
fs.writeSync(fd, 'X', 0);
console.log(fs.readFileSync(fd, 'utf8'), '(from the current position)');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
fs.closeSync(fd);

fs.writeFileSync(Buffer.from(p('buf.txt')), 'via buffer');
console.log(fs.readFileSync(pathToFileURL(p('buf.txt')), 'utf8'));
console.log(fs.existsSync(pathToFileURL(p('buf.txt'))), fs.existsSync(Buffer.from(p('nope'))));
console.log(fs.readdirSync(dir, 'buffer').map((b) => Buffer.isBuffer(b)).join());
console.log(fs.readdirSync(dir, { encoding: 'hex' }).sort().join());
console.log(Buffer.isBuffer(fs.mkdtempSync(p('t-'), 'buffer')));
fs.symlinkSync('a.txt', p('ln'));
console.log(fs.readlinkSync(p('ln'), 'buffer'), clean(fs.realpathSync(p('ln'), 'buffer').toString()));
console.log(clean(fs.realpathSync(Buffer.from(p('ln')))));

const read = util.promisify(fs.read);
const write = util.promisify(fs.write);
(async () => {
  const fd2 = fs.openSync(p('a.txt'), 'r+');
  const r = await read(fd2, Buffer.alloc(3), 0, 3, 0);
  console.log(Object.keys(r).join(), r.bytesRead, r.buffer.toString());
  const w = await write(fd2, Buffer.from('zz'), 0, 2, 0);
  console.log(Object.keys(w).join(), w.bytesWritten);
  const exists = await util.promisify(fs.exists)(p('a.txt'));
  console.log('exists', exists);
  await new Promise((resolve) => fs.read(fd2, (err, n, buf) => {
    console.log('read(fd, cb)', err, n, buf.length);
    resolve();
  }));
  fs.closeSync(fd2);

  // A sparse file over 2 GiB cannot be read into one Buffer.
  const big = p('sparse');
  fs.closeSync(fs.openSync(big, 'w'));
  fs.truncateSync(big, 3 * 1024 ** 3);
  try { fs.readFileSync(big); } catch (e) { console.log(e.name, e.code, e.message); }
  await new Promise((resolve) => fs.readFile(big, (e) => { console.log('callback', e.code); resolve(); }));
  await fsp.readFile(big).catch((e) => console.log('promise', e.code));
  fs.unlinkSync(big);

  const fh = await fsp.open(p('a.txt'));
  console.log(fs.fstatSync(fh.fd).isFile(), (await fsp.readFile(fh, 'utf8')));
  await fh.close();
  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
