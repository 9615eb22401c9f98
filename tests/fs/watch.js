// fs.watch, fs/promises watch and fs.watchFile: events with filenames, close, AbortSignal,
// errors. Each step waits for its events, with a bounded wait (5 s) that reports a timeout.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
const clean = (s) => String(s).split(dir).join('<d>');
const guard = setTimeout(() => { console.log('timeout'); process.exit(1); }, 5000);
guard.unref();

try { fs.watch(p('missing')); } catch (e) {
  console.log(clean(e.message), e.code, e.errno, e.syscall, Object.keys(e).join(), clean(e.filename));
}
try { fs.watchFile(p('f')); } catch (e) { console.log(e.code, e.message); }

function dirEvents(next) {
  const w = fs.watch(dir);
  console.log(w.constructor.name, Object.keys(w).join());
  const events = [];
  w.on('change', (type, name) => {
    events.push(`${type} ${name}`);
    if (events.length === 2) fs.unlinkSync(p('q.txt'));
    if (events.length === 3) w.close();
  });
  w.on('close', () => {
    console.log(events.join(', '));
    console.log('close');
    w.close(); // closing twice is fine
    next();
  });
  fs.writeFileSync(p('q.txt'), 'x');
}

function fileEvents(next) {
  fs.writeFileSync(p('f.txt'), 'a');
  const w = fs.watch(p('f.txt'), { encoding: 'buffer' }, (type, name) => {
    console.log('file', type, Buffer.isBuffer(name), name.toString());
    w.close();
    next();
  });
  fs.appendFileSync(p('f.txt'), 'b');
}

function aborted(next) {
  const ac = new AbortController();
  const w = fs.watch(dir, { signal: ac.signal });
  w.on('close', () => { console.log('closed by signal'); next(); });
  ac.abort();
}

async function promiseWatch(next) {
  const ac = new AbortController();
  const it = fsp.watch(dir, { signal: ac.signal });
  setImmediate(() => fs.writeFileSync(p('w.txt'), 'w'));
  try {
    for await (const ev of it) {
      console.log('promise watch', Object.keys(ev).join(), ev.eventType, ev.filename);
      ac.abort();
    }
  } catch (e) {
    console.log('promise watch ended', e.name, e.code);
  }
  next();
}

function statPolling(next) {
  const f = p('poll.txt');
  fs.writeFileSync(f, '1');
  let calls = 0;
  const listener = (curr, prev) => {
    calls++;
    console.log('watchFile', curr.constructor.name, curr.mtimeMs, prev.mtimeMs !== 200000, curr.size);
    fs.unwatchFile(f, listener);
    next();
  };
  const w = fs.watchFile(f, { interval: 20 }, listener);
  console.log(w.constructor.name, typeof w.ref, typeof w.unref);
  // Node takes its first stat on the pool: a stat queued after it finds it done.
  fs.stat(f, () => fs.utimesSync(f, 100, 200));
}

function missingThenCreated(next) {
  const f = p('later.txt');
  let calls = 0;
  fs.watchFile(f, { interval: 20 }, (curr, prev) => {
    console.log('later.txt', curr.size, prev.size, prev.mtimeMs, curr.isFile(), prev.isFile());
    if (++calls === 1) {
      fs.writeFileSync(f, '123');
      return;
    }
    fs.unwatchFile(f);
    next();
  });
}

const steps = [dirEvents, fileEvents, aborted, promiseWatch, statPolling, missingThenCreated];
let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }
}
next();
