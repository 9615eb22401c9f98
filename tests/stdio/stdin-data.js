'use strict';
// process.stdin over a pipe: paused until read from, then 'data', 'end' and 'close' in
// Node's order with nextTicks and immediates around them.
const net = require('net');
const stdin = process.stdin;
console.log('same object', process.stdin === stdin);
console.log('type', stdin.constructor.name, stdin instanceof net.Socket, stdin.fd, stdin.isTTY);
console.log('state', stdin.readable, stdin.writable, stdin.readyState, stdin.pending,
  stdin.readableFlowing, stdin.readableHighWaterMark, stdin.allowHalfOpen);
console.log('counters', stdin.bytesRead, stdin.bytesWritten, typeof process.openStdin);
const chunks = [];
stdin.on('data', (chunk) => {
  console.log('data', Buffer.isBuffer(chunk), chunk.length);
  chunks.push(chunk);
});
stdin.on('end', () => {
  console.log('end', JSON.stringify(Buffer.concat(chunks).toString()));
  console.log('after end', stdin.readable, stdin.readableEnded, stdin.bytesRead);
  process.nextTick(() => console.log('tick after end'));
  setImmediate(() => console.log('immediate after end'));
});
stdin.on('close', (hadError) => {
  console.log('close', hadError, stdin.destroyed, stdin.bytesRead, stdin.readyState);
});
stdin.on('pause', () => console.log('pause'));
stdin.on('resume', () => console.log('resume'));
console.log('flowing now', stdin.readableFlowing);
process.on('exit', (code) => console.log('exit', code));
