// A classic Node example: a heartbeat with setInterval, and the order in which
// nextTick, promises, timers and immediates run.
const start = Date.now();
let beats = 0;
const heartbeat = setInterval(() => {
  beats++;
  console.log(`heartbeat ${beats}`);
  if (beats === 3) {
    clearInterval(heartbeat);
    console.log('done after about', Math.round((Date.now() - start) / 100) * 100, 'ms');
  }
}, 100);

setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('main script');
process.on('exit', (code) => console.log('exit with code', code));
