'use strict';
// process.stdout and process.stderr over pipes: net.Sockets, write-only, never closed.
const net = require('net');
const stream = require('stream');
const keys = Object.keys(process).filter((k) => k === 'stdin' || k === 'stdout' || k === 'stderr');
console.log('process keys', keys.join(' '));
const d = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log('descriptor', typeof d.get, d.set, d.enumerable, d.configurable);
for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  console.log(name, s === process[name], s.constructor.name, s instanceof net.Socket,
    s instanceof stream.Writable, s instanceof stream.Duplex);
  console.log(' fd', s.fd, '_type', s._type, '_isStdio', s._isStdio, 'isTTY', s.isTTY);
  console.log(' writable', s.writable, 'readable', s.readable, 'readyState', s.readyState,
    'pending', s.pending, 'connecting', s.connecting);
  console.log(' hwm', s.writableHighWaterMark, 'length', s.writableLength, 'ended', s.writableEnded,
    'objectMode', s.writableObjectMode, 'allowHalfOpen', s.allowHalfOpen);
  console.log(' destroySoon is destroy', s.destroySoon === s.destroy,
    'columns', s.columns, 'rows', s.rows, typeof s.getColorDepth, typeof s.cursorTo);
  console.log(' address', JSON.stringify(s.address()), s.remoteAddress, s.localPort);
}
process.stdout.write('abc');
process.stdout.write(Buffer.from('def'));
process.stdout.write(new Uint8Array([0x67, 0x68, 0x0a]));
process.stdout.write('686920776f726c640a', 'hex');
process.stdout.write('w6k=', 'base64');
process.stdout.write('\n', 'latin1');
console.log('bytesWritten', process.stdout.bytesWritten);
console.log('write returns', process.stdout.write(''), process.stdout.write('x\n'));
console.log('ref/unref return this', process.stdout.ref() === process.stdout,
  process.stdout.unref() === process.stdout);
console.log('setEncoding? ', typeof process.stdout.setEncoding);
