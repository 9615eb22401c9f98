'use strict';
// for await over piped stdin: every chunk, then the stream is destroyed; the loop ends.
(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString();
  console.log(JSON.stringify(text), process.stdin.destroyed, process.stdin.readableEnded);
})();
process.on('exit', (code) => console.log('exit', code));
