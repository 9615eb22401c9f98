// Stats and BigIntStats objects: own properties in Node's order, descriptors, Dates kept,
// methods, assignment, deletion, spreading, JSON and util.inspect's shape.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'hello');
fs.utimesSync(f, 1000.123456, 2000.987654);
const digits = (s) => s.replace(/\d+/g, 'N');

for (const bigint of [false, true]) {
  const st = fs.statSync(f, { bigint });
  console.log(st.constructor.name, st instanceof fs.Stats, Object.getPrototypeOf(st) === fs.Stats.prototype);
  console.log(Object.keys(st).join());
  console.log(JSON.stringify(Object.getOwnPropertyDescriptor(st, 'size'), (k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
  const d = Object.getOwnPropertyDescriptor(st, 'mtime');
  console.log(d.value instanceof Date, d.writable, d.enumerable, d.configurable);
  console.log(st.atime === st.atime, st.atime.getTime(), st.mtime.toISOString(), st.atimeMs, st.mtimeMs);
  if (bigint) console.log(st.atimeNs, st.mtimeNs, typeof st.mode);
  console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(),
    st.isBlockDevice(), st.isCharacterDevice());
  console.log('size' in st, st.hasOwnProperty('size'), Object.prototype.hasOwnProperty.call(st, 'isFile'),
    'atimeNs' in st);
  st.size = 42;
  st.extra = 'x';
  delete st.nlink;
  console.log(st.size, st.extra, st.nlink, Object.keys(st).slice(-3).join(), Object.keys(st).includes('nlink'));
  st.nlink = 7;
  console.log(Object.keys(st).slice(-2).join(), st.nlink);
  const copy = { ...st };
  console.log(Object.keys(copy).length, copy.extra, copy.size);
  console.log(Object.keys(JSON.parse(JSON.stringify(st, (k, v) => (typeof v === 'bigint' ? String(v) : v)))).length);
  console.log(digits(util.inspect(fs.statSync(f, { bigint }), { breakLength: Infinity })));
  const entries = Object.entries(fs.statSync(f, { bigint })).map(([k, v]) => `${k}:${typeof v}`);
  console.log(entries.join(' '));
}
const ld = fs.lstatSync(dir);
console.log(ld.isDirectory(), ld.isFile());
fs.symlinkSync('f', path.join(dir, 'l'));
console.log(fs.lstatSync(path.join(dir, 'l')).isSymbolicLink(), fs.statSync(path.join(dir, 'l')).isSymbolicLink());
fs.stat(f, (err, st) => {
  console.log('callback', st.constructor.name, st.size);
  require('fs/promises').stat(f, { bigint: true }).then((st) => {
    console.log('promise', st.constructor.name, st.size);
    fs.rmSync(dir, { recursive: true });
  });
});
