// fs.write and fs.writeSync in each of their signatures: strings with position and encoding,
// buffers with offset/length/position or an options object, other typed arrays and DataViews.
'use strict';
const fs = require('fs');
const dir = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'x-'));
const f = require('path').join(dir, 'w.txt');
const fd = fs.openSync(f, 'w+');
const steps = [
  (n) => fs.write(fd, 'a', (e, w, s) => { console.log(1, e, w, s); n(); }),
  (n) => fs.write(fd, 'bc', 5, (e, w, s) => { console.log(2, e, w, s); n(); }),
  (n) => fs.write(fd, 'de', null, 'utf8', (e, w, s) => { console.log(3, e, w, s); n(); }),
  (n) => fs.write(fd, Buffer.from('XY'), (e, w, b) => { console.log(4, e, w, b); n(); }),
  (n) => fs.write(fd, Buffer.from('XYZ'), 1, (e, w, b) => { console.log(5, e, w, b); n(); }),
  (n) => fs.write(fd, Buffer.from('XYZ'), 1, 1, (e, w, b) => { console.log(6, e, w, b); n(); }),
  (n) => fs.write(fd, Buffer.from('QR'), { offset: 1, position: 0 }, (e, w, b) => { console.log(7, e, w, b); n(); }),
  (n) => fs.write(fd, new Uint16Array([0x4141]), (e, w, b) => { console.log(8, e, w, b); n(); }),
  (n) => { console.log(9, fs.writeSync(fd, 'zz', 20), fs.writeSync(fd, Buffer.from('k'), 0, 1), fs.writeSync(fd, new DataView(new ArrayBuffer(2)))); n(); },
  (n) => { console.log(JSON.stringify(fs.readFileSync(f, 'latin1'))); fs.closeSync(fd); fs.rmSync(dir, { recursive: true }); },
];
let i = 0; const next = () => steps[i++](next); next();
