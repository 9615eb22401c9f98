'use strict';
// once('data') then pause(): the first chunk arrives, the handle stops a tick after the
// 'pause'; a paused stream still reads ahead up to its highWaterMark, so the EOF behind the
// chunk is seen and, with nothing buffered, 'end' is emitted.
process.stdin.once('data', (chunk) => {
  console.log('data', JSON.stringify(chunk.toString()), process.stdin.readableFlowing);
  process.stdin.pause();
  console.log('after pause', process.stdin.readableFlowing, process.stdin.isPaused());
  process.nextTick(() => console.log('tick'));
});
process.stdin.on('pause', () => console.log('pause event'));
process.stdin.on('end', () => console.log('end', process.stdin.readableFlowing));
process.on('exit', (code) => console.log('exit', code, process.stdin.readableEnded));
