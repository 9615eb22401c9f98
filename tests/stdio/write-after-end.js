'use strict';
// Ending stdout: 'finish', then 'close' (the fd stays open); a later write fails with
// ERR_STREAM_WRITE_AFTER_END through the callback and an 'error' event. stderr still works.
const out = process.stdout;
out.on('finish', () => console.error('finish', out.writableFinished, out.writable));
out.on('close', () => console.error('close', out.destroyed));
out.on('error', (err) => console.error('error event', err.code, err.message));
out.write('before end\n');
out.end('the end\n', () => console.error('end callback'));
console.error('ended', out.writableEnded, out.writable, out.writableFinished);
const ret = out.write('too late\n', (err) => {
  console.error('write callback', err.code, err.name, err.message);
});
console.error('write returned', ret);
process.nextTick(() => console.error('tick'));
process.on('exit', (code) => console.error('exit', code));
