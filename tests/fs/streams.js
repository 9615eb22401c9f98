// fs.createReadStream / createWriteStream and FileHandle streams: events in Node's order,
// start/end/highWaterMark/encoding, fd and FileHandle options, bytesRead/bytesWritten/pending,
// errors for missing files and bad ranges.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
const clean = (s) => String(s).split(dir).join('<d>');
fs.writeFileSync(p('in.txt'), 'abcdefghijklmnopqrstuvwxyz');

function trace(stream, name, next) {
  const events = [];
  for (const ev of ['open', 'ready', 'end', 'finish', 'close', 'error']) {
    stream.on(ev, (arg) => {
      events.push(ev === 'error' ? `error:${arg.code}` : ev === 'open' ? `open:${typeof arg}` : ev);
      if (ev === 'close') {
        console.log(name, events.join(' '));
        next();
      }
    });
  }
  return events;
}

const steps = [
  (next) => {
    const rs = fs.createReadStream(p('in.txt'), { highWaterMark: 10 });
    console.log('pending', rs.pending, rs.constructor.name, rs instanceof fs.ReadStream, clean(rs.path), rs.flags, rs.fd);
    const chunks = [];
    rs.on('data', (c) => chunks.push(c.toString()));
    trace(rs, 'read', () => { console.log(chunks, rs.bytesRead, rs.pending, rs.fd); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(p('in.txt'), { start: 2, end: 5, encoding: 'utf8' });
    let s = '';
    rs.on('data', (c) => { s += c; });
    trace(rs, 'range', () => { console.log(s, rs.bytesRead, rs.start, rs.end, rs.pos); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(p('missing.txt'));
    rs.on('error', (e) => console.log('missing', e.code, clean(e.message)));
    trace(rs, 'missing', next);
  },
  (next) => {
    try { fs.createReadStream(p('in.txt'), { start: 5, end: 2 }); } catch (e) { console.log(e.code, e.message); }
    try { fs.createReadStream(p('in.txt'), { start: -1 }); } catch (e) { console.log(e.code, e.message); }
    try { fs.createReadStream(p('in.txt'), { fd: 'x' }); } catch (e) { console.log(e.code, e.message); }
    try { fs.createWriteStream(p('o'), { start: 'x' }); } catch (e) { console.log(e.code, e.message); }
    next();
  },
  (next) => {
    const fd = fs.openSync(p('in.txt'), 'r');
    const rs = fs.createReadStream(null, { fd, start: 20, autoClose: false });
    let s = '';
    rs.on('data', (c) => { s += c; });
    rs.on('end', () => {
      console.log('fd stream', s, 'fd still open', fs.fstatSync(fd).size);
      fs.closeSync(fd);
      next();
    });
  },
  (next) => {
    const ws = fs.createWriteStream(p('out.txt'));
    console.log('ws', ws.pending, ws.constructor.name, ws instanceof fs.WriteStream, ws.flags, ws.bytesWritten);
    ws.write('hello ');
    ws.write(Buffer.from('world'));
    ws.end('!', () => console.log('end callback', ws.bytesWritten));
    trace(ws, 'write', () => { console.log(fs.readFileSync(p('out.txt'), 'utf8'), ws.bytesWritten); next(); });
  },
  (next) => {
    const ws = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 6 });
    ws.end('WORLD');
    trace(ws, 'write at', () => { console.log(fs.readFileSync(p('out.txt'), 'utf8')); next(); });
  },
  (next) => {
    const ws = fs.createWriteStream(p('nodir', 'x.txt'));
    ws.on('error', (e) => console.log('write error', e.code, e.syscall, clean(e.path)));
    trace(ws, 'write missing', next);
  },
  (next) => {
    const ws = fs.createWriteStream(p('closed.txt'));
    ws.write('abc');
    ws.close(() => { console.log('closed', fs.readFileSync(p('closed.txt'), 'utf8'), ws.closed); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(p('in.txt'));
    rs.on('open', () => rs.destroy());
    trace(rs, 'destroyed', next);
  },
  (next) => {
    const src = fs.createReadStream(p('in.txt'), { highWaterMark: 4 });
    const dst = fs.createWriteStream(p('copy.txt'));
    src.pipe(dst);
    dst.on('close', () => { console.log('piped', fs.readFileSync(p('copy.txt'), 'utf8')); next(); });
  },
  async (next) => {
    const fh = await fsp.open(p('in.txt'));
    const rs = fh.createReadStream({ start: 10, end: 12 });
    let s = '';
    rs.on('data', (c) => { s += c; });
    rs.on('close', () => { console.log('filehandle stream', s, fh.fd); next(); });
  },
  async (next) => {
    const fh = await fsp.open(p('fh-out.txt'), 'w');
    const ws = fh.createWriteStream();
    ws.end('via handle');
    ws.on('close', () => { console.log('filehandle write', fs.readFileSync(p('fh-out.txt'), 'utf8'), fh.fd); next(); });
  },
];

let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }
}
next();
