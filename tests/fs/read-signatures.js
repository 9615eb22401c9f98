// fs.read, fs.readSync and FileHandle.read in each of their signatures: positional arguments,
// an options object, no buffer at all, bigint positions, zero lengths and reads past the end.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'r.txt');
fs.writeFileSync(f, 'abcdefghij');
const fd = fs.openSync(f, 'r');
const s = (b, n) => JSON.stringify(b.toString('latin1', 0, n));
const steps = [
  (n) => fs.read(fd, Buffer.alloc(4), 0, 4, 0, (e, r, b) => { console.log(1, e, r, s(b, r)); n(); }),
  (n) => fs.read(fd, Buffer.alloc(4), 1, 2, 3n, (e, r, b) => { console.log(2, e, r, JSON.stringify(b.toString('latin1'))); n(); }),
  (n) => fs.read(fd, Buffer.alloc(4), { position: 8 }, (e, r, b) => { console.log(3, e, r, s(b, r)); n(); }),
  (n) => fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (e, r, b) => { console.log(4, e, r, s(b, r)); n(); }),
  (n) => fs.read(fd, Buffer.alloc(4), 0, 0, 0, (e, r, b) => { console.log(5, e, r, b.length); n(); }),
  (n) => fs.read(fd, Buffer.alloc(4), 0, 4, 100, (e, r) => { console.log(6, e, r); n(); }),
  (n) => {
    const b = Buffer.alloc(4);
    console.log(7, fs.readSync(fd, b, 0, 2, 0), fs.readSync(fd, b, { position: 5 }), fs.readSync(fd, b, 2, 2, null), s(b, 4));
    console.log(8, fs.readSync(fd, new Uint16Array(2), 0, 4, 0), fs.readSync(fd, b, 0, 0, 0));
    n();
  },
  async (n) => {
    const fh = await fsp.open(f);
    let r = await fh.read();
    console.log(9, r.bytesRead, r.buffer.length);
    r = await fh.read(Buffer.alloc(3), 0, 3, 2);
    console.log(10, r.bytesRead, s(r.buffer, 3));
    r = await fh.read({ buffer: Buffer.alloc(5), length: 2, position: 0 });
    console.log(11, r.bytesRead, s(r.buffer, 2));
    r = await fh.read(Buffer.alloc(4), { position: 6 });
    console.log(12, r.bytesRead, s(r.buffer, 4));
    r = await fh.read(Buffer.alloc(0));
    console.log(13, r.bytesRead);
    await fh.read(Buffer.alloc(2), 0, 5, 0).catch((e) => console.log(14, e.code, e.message));
    await fh.close();
    n();
  },
  () => { fs.closeSync(fd); fs.rmSync(dir, { recursive: true }); console.log('done'); },
];
let i = 0;
const next = () => steps[i++](next);
next();
