'use strict';
// read(n) and the buffer rules: partial reads across chunks, reads larger than the buffer,
// highWaterMark growth, objectMode, read(0), unshift, setEncoding with split characters.
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push('defg');
  r.push('h');
  console.log('len', r.readableLength);
  console.log('read(2)', String(r.read(2)), r.readableLength);
  console.log('read(3)', String(r.read(3)), r.readableLength);
  console.log('read(10)', r.read(10), r.readableLength);
  console.log('read()', String(r.read()), r.readableLength);
  r.push('xyz');
  r.push(null);
  console.log('after end read(10)', String(r.read(10)));
  console.log('read() at end', r.read());
  r.on('end', () => console.log('1 end'));
}

{
  const r = new Readable({ read() {}, highWaterMark: 4 });
  console.log('hwm before', r.readableHighWaterMark);
  r.read(100);
  console.log('hwm after read(100)', r.readableHighWaterMark);
  r.read(1025);
  console.log('hwm after read(1025)', r.readableHighWaterMark);
  try {
    r.read(0x40000001);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}

{
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 });
  r.push('str');
  r.push(0);
  r.push(false);
  console.log('object len', r.readableLength, r.readableObjectMode);
  console.log(r.read(), r.read(5), r.read(), r.read(), r.read());
}

{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  console.log('unshift', String(r.read()));
  r.setEncoding('utf8');
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(Buffer.from([0xac, 0x41]));
  console.log('encoded', JSON.stringify(r.read()), r.readableEncoding);
  r.unshift('zz');
  console.log('unshift string while decoding', JSON.stringify(r.read()));
  r.push(Buffer.from([0xf0, 0x9f]));
  r.push(Buffer.from([0x98]));
  console.log('incomplete', JSON.stringify(r.read()));
  r.push(Buffer.from([0x80]));
  console.log('complete', JSON.stringify(r.read()));
  r.push(Buffer.from([0xc3]));
  r.push(null);
  console.log('trailing', JSON.stringify(r.read()));
}

{
  // setEncoding after data is buffered re-decodes the buffer.
  const r = new Readable({ read() {} });
  r.push(Buffer.from('héllo'));
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('hex');
  console.log('hex', r.read(), r.readableLength);
  const r2 = new Readable({ encoding: 'base64', read() {} });
  r2.push('ab');
  r2.push('c');
  r2.push('d');
  r2.push(null);
  let out = '';
  r2.on('data', (d) => { out += d; });
  r2.on('end', () => console.log('base64', out));
}

{
  // push() return values and errors.
  const r = new Readable({ read() {}, highWaterMark: 3 });
  console.log('push ret', r.push('a'), r.push('bc'), r.push('d'), r.push(''));
  r.on('error', (e) => console.log('push error', e.code, e.message));
  r.push(42);
}

{
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('eof error', e.code, e.message));
  r.push(null);
  r.push('late');
  r.on('end', () => {
    const r2 = r;
    r2.unshift('after end');
  });
  r.resume();
}

{
  const r = new Readable();
  r.on('error', (e) => console.log('no _read:', e.code, e.message));
  r.read();
}

{
  // Uint8Array chunks become Buffers.
  const r = new Readable({ read() {} });
  r.push(new Uint8Array([65, 66]));
  const c = r.read();
  console.log('uint8', Buffer.isBuffer(c), String(c));
}
