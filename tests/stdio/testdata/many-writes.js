'use strict';
// 20000 small writes while the reader waits (for the "queued" line on stderr): they pile up
// in the stream and go out in large writev batches (more buffers than one writev takes).
for (let i = 0; i < 20000; i++) process.stdout.write(`line ${i}\n`);
process.stderr.write(`queued ${process.stdout.writableLength > 0}\n`);
process.stdout.write('done\n');
