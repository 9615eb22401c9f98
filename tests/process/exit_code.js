// process.exitCode decides the exit code; 'beforeExit' and 'exit' order.
let beforeExitCount = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, beforeExitCount);
  if (beforeExitCount++ === 0) {
    setTimeout(() => console.log('timer scheduled from beforeExit'), 1);
  }
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  setTimeout(() => console.log('never runs'), 0);
});
process.exitCode = 3;
console.log('main done');
