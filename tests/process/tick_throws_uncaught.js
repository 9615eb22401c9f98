// A throwing nextTick with no handler ends the process after the 'exit' event.
process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => { throw new Error('tick failed'); });
process.nextTick(() => console.log('never'));
