// 'uncaughtException' keeps the process alive; monitor sees it first.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => {
  console.log('timer after the throw still runs');
}, 1);
process.on('exit', (c) => console.log('exit', c));
throw new Error('boom');
