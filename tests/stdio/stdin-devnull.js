'use strict';
// stdin from /dev/null (a character device, so a 'FILE' as for uv_guess_handle): a
// fs.ReadStream-like stream that ends without data and is never closed (autoClose: false).
const s = process.stdin;
console.log(s.constructor.name, s.fd, s.isTTY, s.readable, s.readableHighWaterMark, s.bytesRead);
s.on('data', (d) => console.log('data', d.length));
s.on('end', () => console.log('end', s.bytesRead, s.destroyed));
s.on('close', () => console.log('close'));
process.on('exit', () => console.log('exit', s.destroyed, s.readableEnded));
