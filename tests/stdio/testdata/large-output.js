'use strict';
// Writes 4 MiB to stdout, more than a pipe holds, so that the writes queue (the reader waits
// for the "queued" line on stderr before it reads); ordering with console.log is kept.
// With the argument "exit", process.exit() follows at once.
const chunk = 64 * 1024;
let falses = 0;
for (let i = 0; i < 64; i++) {
  const line = `${String(i).padStart(4, '0')}:`;
  const buf = Buffer.alloc(chunk, line);
  if (!process.stdout.write(buf)) falses++;
}
console.log('tail');
process.stdout.write('end\n', () => process.stderr.write('last callback\n'));
process.stderr.write(`queued ${process.stdout.writableLength > 0} ${falses > 0}\n`);
if (process.argv[2] === 'exit') process.exit(3);
process.on('exit', (code) => process.stderr.write(`exit ${code} ${process.stdout.writableLength}\n`));
