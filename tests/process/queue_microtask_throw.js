// A throwing queueMicrotask callback is an uncaught exception, not a rejection.
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
process.on('unhandledRejection', () => console.log('unhandledRejection: never'));
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('next microtask still runs'));
