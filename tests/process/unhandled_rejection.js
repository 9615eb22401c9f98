// An unhandled rejection with an Error ends the process like an uncaught exception.
process.on('exit', (c) => console.log('exit', c));
console.log('start');
Promise.reject(new RangeError('rejected'));
setTimeout(() => console.log('never'), 10);
