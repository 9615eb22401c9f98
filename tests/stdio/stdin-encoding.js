'use strict';
// setEncoding on stdin: strings, with multi-byte characters never split. Also pause/resume
// and the 'pause' nextTick that stops the handle.
process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('data', (s) => {
  console.log(typeof s, s.length);
  text += s;
  process.stdin.pause();
  console.log('paused', process.stdin.isPaused());
  setTimeout(() => process.stdin.resume(), 1);
});
process.stdin.on('end', () => {
  console.log(JSON.stringify(text));
  console.log([...text].slice(-3).map((c) => c.codePointAt(0).toString(16)).join(' '));
});
