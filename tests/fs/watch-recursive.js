// fs.watch with recursive: true reports changes in subdirectories with the
// path relative to the watched directory.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-rec-'));
fs.mkdirSync(path.join(dir, 'sub'));
const seen = new Set();
const w = fs.watch(dir, { recursive: true }, (event, filename) => {
  if (filename === path.join('sub', 'file.txt') && !seen.has(filename)) {
    seen.add(filename);
    console.log('event for', filename, typeof event);
    w.close();
  }
});
w.on('close', () => {
  console.log('closed');
  fs.rmSync(dir, { recursive: true });
});
setImmediate(() => fs.writeFileSync(path.join(dir, 'sub', 'file.txt'), 'x'));
