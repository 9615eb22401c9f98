'use strict';
// stdin.pipe(stdout): the bytes go through unchanged; stdout is not ended by the pipe.
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => {
  process.stdout.write('[end; stdout writable: ' + process.stdout.writable + ']\n');
});
process.stdout.on('finish', () => console.error('stdout finished (unexpected)'));
