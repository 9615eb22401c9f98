'use strict';
// Readable event ordering in flowing and paused modes, with a sequence number on every event.
const { Readable } = require('stream');

let seq = 0;
function trace(name, s, events) {
  for (const ev of events) {
    s.on(ev, (a) => {
      let v = '';
      if (a !== undefined) v = Buffer.isBuffer(a) ? `<${a.toString()}>` : String(a);
      console.log(`${++seq} ${name} ${ev} ${v}`);
    });
  }
}

function step(n) {
  return new Promise((resolve) => setImmediate(resolve)).then(() => console.log(`-- ${n}`));
}

(async () => {
  // 1. Sync pushes before a 'data' listener.
  {
    const r = new Readable({ read() {} });
    r.push('a');
    r.push('b');
    trace('r1', r, ['data', 'end', 'close', 'pause', 'resume']);
    r.push(null);
    console.log('r1 flowing', r.readableFlowing, 'length', r.readableLength);
  }
  await step(1);

  // 2. Pushes from _read, sync and async.
  {
    let i = 0;
    const r = new Readable({
      highWaterMark: 2,
      read(n) {
        console.log(`${++seq} r2 _read(${n}) i=${i}`);
        i++;
        if (i === 1) this.push('x');
        else if (i === 2) process.nextTick(() => this.push('yy'));
        else if (i === 3) setImmediate(() => this.push('zzz'));
        else this.push(null);
      },
    });
    trace('r2', r, ['data', 'end', 'close', 'resume']);
  }
  await step(2);
  await step(2.5);

  // 3. Paused mode with 'readable' and read().
  {
    const r = new Readable({ read() {} });
    trace('r3', r, ['end', 'close']);
    r.on('readable', () => {
      console.log(`${++seq} r3 readable length=${r.readableLength}`);
      let c;
      while ((c = r.read()) !== null) console.log(`${++seq} r3 read <${c}>`);
    });
    r.push('hello');
    r.push('world');
    setImmediate(() => {
      r.push('again');
      r.push(null);
    });
  }
  await step(3);
  await step(3.5);

  // 4. pause()/resume() while flowing.
  {
    const r = new Readable({ read() {} });
    trace('r4', r, ['data', 'pause', 'resume', 'end', 'close']);
    r.push('1');
    r.pause();
    r.push('2');
    console.log('r4 isPaused', r.isPaused(), r.readableFlowing);
    setImmediate(() => {
      r.resume();
      r.push(null);
    });
  }
  await step(4);
  await step(4.5);

  // 5. 'readable' and 'data' together: 'readable' wins.
  {
    const r = new Readable({ read() {} });
    r.on('data', (c) => console.log(`${++seq} r5 data <${c}>`));
    r.on('readable', () => {
      console.log(`${++seq} r5 readable`);
      r.read();
    });
    r.push('p');
    r.push(null);
    r.on('end', () => console.log(`${++seq} r5 end`));
  }
  await step(5);

  // 6. Removing the 'readable' listener resumes a stream with 'data' listeners.
  {
    const r = new Readable({ read() {} });
    const onReadable = () => console.log(`${++seq} r6 readable`);
    r.on('readable', onReadable);
    r.on('data', (c) => console.log(`${++seq} r6 data <${c}>`));
    r.push('q');
    setImmediate(() => {
      r.removeListener('readable', onReadable);
      console.log('r6 flowing after remove', r.readableFlowing);
      process.nextTick(() => console.log('r6 flowing next tick', r.readableFlowing));
      r.push(null);
    });
  }
  await step(6);
  await step(6.5);

  // 7. Properties along the way.
  {
    const r = new Readable({ read() {} });
    const show = (when) => console.log(when, JSON.stringify({
      readable: r.readable, ended: r.readableEnded, didRead: r.readableDidRead,
      aborted: r.readableAborted, closed: r.closed, destroyed: r.destroyed, errored: r.errored,
      flowing: r.readableFlowing, length: r.readableLength, hwm: r.readableHighWaterMark,
      objectMode: r.readableObjectMode, encoding: r.readableEncoding,
    }));
    show('r7 start');
    r.push('abc');
    show('r7 pushed');
    r.on('data', () => {});
    r.push(null);
    r.on('end', () => show('r7 end'));
    r.on('close', () => show('r7 close'));
  }
  await step(7);
})();
