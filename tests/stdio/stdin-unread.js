'use strict';
// Touching process.stdin (a pipe with data waiting) keeps nothing alive: without a 'data' or
// 'readable' listener the process ends. A once('data') listener and a pause() afterwards
// also let it end.
const stdin = process.stdin;
console.log('flowing', stdin.readableFlowing, 'paused', stdin.isPaused(), 'length', stdin.readableLength);
if (process.argv[2] !== 'plain') {
  setImmediate(() => console.log('immediate; still not read:', stdin.bytesRead));
}
process.on('exit', (code) => console.log('exit', code, stdin.bytesRead, stdin.destroyed));
