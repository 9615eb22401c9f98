// process.exit() stops at once: later code, ticks and timers never run.
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => console.log('timer: never'), 0);
process.nextTick(() => console.log('tick: never'));
console.log('before exit');
process.exit(5);
console.log('after exit: never');
