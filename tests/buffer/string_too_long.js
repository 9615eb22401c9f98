'use strict';
// Decoding past V8's longest string throws ERR_STRING_TOO_LONG (allocates
// about 800 MB of buffers, but makes no long string).

const { kStringMaxLength } = require('buffer');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

function main() {
  const half = Buffer.alloc(Math.floor(kStringMaxLength / 2) + 1);
  show('hex', () => half.toString('hex').length);
  show('hex end', () => half.toString('hex', half.length - 4));
  show('hexSlice', () => half.hexSlice().length);
  const full = Buffer.alloc(kStringMaxLength + 1);
  show('latin1', () => full.toString('latin1').length);
  show('utf8', () => full.toString().length);
  show('utf8 end', () => full.toString('utf8', kStringMaxLength - 4).length);
}
main();
