'use strict';
// The 'readable' event and read() on a piped stdin; read(n) with n larger than what is
// buffered returns null until the end.
process.stdin.on('readable', () => {
  let chunk;
  let reads = 0;
  while ((chunk = process.stdin.read(5)) !== null) {
    reads++;
    console.log('read', JSON.stringify(chunk.toString('latin1')));
  }
  console.log('readable done', reads, process.stdin.readableLength);
});
process.stdin.on('end', () => console.log('end', process.stdin.read()));
process.stdin.on('close', () => console.log('close'));
