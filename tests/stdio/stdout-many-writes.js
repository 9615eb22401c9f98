'use strict';
// Thousands of distinct short writes to a stdout pipe, more than the pipe holds: those the pipe
// cannot take at once are queued and must keep their own bytes (strings, Buffers, non-ASCII).
for (let i = 0; i < 3000; i++) {
  const line = `line ${i} ${'abcdefghij'.repeat(i % 4)} ${i % 7 === 0 ? 'é☃' : ''}\n`;
  if (i % 5 === 0) process.stdout.write(Buffer.from(line));
  else process.stdout.write(line);
}
process.stdout.write('done\n', () => {
  process.stderr.write(`last callback; still buffered: ${process.stdout.writableLength}\n`);
});
