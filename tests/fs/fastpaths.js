'use strict';
// The common calls that take shorter paths: readFileSync(path) with no options, stat/lstat
// with a callback and no options, and the Buffers the binding makes (their class, prototype
// and memory) — with the same results and errors as the general paths.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fastpaths-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'hello fast path');
fs.symlinkSync('a.txt', path.join(dir, 'link'));

function show(label, f) {
  try {
    const v = f();
    console.log(label, Buffer.isBuffer(v) ? `Buffer(${v.length}) ${v.toString()}` : v);
  } catch (e) {
    console.log(label, e.name, e.code, e.message.replace(dir, '<dir>'));
  }
}

const b = fs.readFileSync(file);
console.log(b instanceof Buffer, b instanceof Uint8Array, b.constructor === Buffer, Object.getPrototypeOf(b) === Buffer.prototype);
console.log(b.buffer.byteLength >= b.length, b.slice(0, 5).toString(), Buffer.concat([b, b]).length);
console.log(Object.prototype.toString.call(b), typeof b.readUInt8, b.toJSON().data.length);
show('plain', () => fs.readFileSync(file));
show('undefined options', () => fs.readFileSync(file, undefined));
show('null options', () => fs.readFileSync(file, null));
show('utf8', () => fs.readFileSync(file, 'utf8'));
show('object', () => fs.readFileSync(file, { encoding: 'hex' }));
show('missing', () => fs.readFileSync(path.join(dir, 'missing')));
show('directory', () => fs.readFileSync(dir));
show('nul byte', () => fs.readFileSync(file + '\u0000x'));
show('number path', () => fs.readFileSync(1.5));
show('bad type', () => fs.readFileSync({}));
show('buffer path', () => fs.readFileSync(Buffer.from(file)));
show('url path', () => fs.readFileSync(new URL('file://' + file)));
show('non-ascii missing', () => fs.readFileSync(path.join(dir, 'é日本')));
const cwd = process.cwd();
process.chdir(dir);
show('relative', () => fs.readFileSync('a.txt'));
process.chdir(cwd);
const fd = fs.openSync(file, 'r');
show('fd', () => fs.readFileSync(fd));
fs.closeSync(fd);

console.log('lengths', fs.stat.length, fs.lstat.length, fs.readFileSync.length);
const steps = [
  cb => fs.stat(file, cb),
  cb => fs.stat(file, undefined, cb),
  cb => fs.stat(file, {}, cb),
  cb => fs.stat(file, { bigint: true }, cb),
  cb => fs.stat(file, 'x', cb),
  cb => fs.lstat(path.join(dir, 'link'), cb),
  cb => fs.lstat(path.join(dir, 'link'), { bigint: true }, cb),
  cb => fs.stat(path.join(dir, 'missing'), cb),
  cb => fs.lstat(path.join(dir, 'missing'), {}, cb),
];
function next(i) {
  if (i === steps.length) {
    for (const f of [() => fs.stat(file), () => fs.stat(file, {}), () => fs.lstat(1, () => {})]) show('throws', f);
    fs.unlinkSync(path.join(dir, 'link'));
    fs.unlinkSync(file);
    fs.rmdirSync(dir);
    return;
  }
  steps[i]((err, st) => {
    if (err) console.log(i, err.code, err.syscall, err.message.replace(dir, '<dir>'));
    else console.log(i, st.constructor.name, typeof st.size, st.size, st.isFile(), st.isSymbolicLink());
    next(i + 1);
  });
}
next(0);
