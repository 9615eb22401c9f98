'use strict';
// readdir lists names in byte order (libuv's scandir sorts with strcmp), in every form,
// whatever order the directory itself keeps; opendir keeps the directory's order, so
// only its set of names is printed.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const names = ['zeta', 'alpha', 'Mid', '10', '9', 'b_', 'é', 'Z', '_a', 'a.b', 'a'];
for (const n of names) fs.writeFileSync(path.join(dir, n), '');
fs.mkdirSync(path.join(dir, 'sub'));
for (const n of ['y', 'x', 'B']) fs.writeFileSync(path.join(dir, 'sub', n), '');

console.log('sync     ', fs.readdirSync(dir).join(' '));
console.log('types    ', fs.readdirSync(dir, { withFileTypes: true }).map((d) => d.name).join(' '));
console.log('buffer   ', fs.readdirSync(dir, { encoding: 'buffer' }).map((b) => b.toString()).join(' '));
console.log('recursive', fs.readdirSync(dir, { recursive: true }).join(' '));
const d = fs.opendirSync(dir);
const seen = [];
for (let e; (e = d.readSync()) !== null;) seen.push(e.name);
d.closeSync();
console.log('opendir  ', seen.sort().join(' '));
fs.readdir(dir, (err, list) => {
  console.log('callback ', err, list.join(' '));
  fs.promises.readdir(dir).then((list2) => {
    console.log('promises ', list2.join(' '));
    fs.rmSync(dir, { recursive: true });
  });
});
