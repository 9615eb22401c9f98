// A throwing 'uncaughtException' handler ends the process with code 7.
process.on('uncaughtException', () => {
  throw new Error('handler failed');
});
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('first'); }, 1);
