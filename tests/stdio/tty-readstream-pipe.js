'use strict';
// uv_tty_init takes a pipe too: a tty.ReadStream over piped stdin reads it, and setRawMode
// fails with ENOTTY through an 'error' event.
const tty = require('tty');
const r = new tty.ReadStream(0);
r.on('error', (e) => console.log('error', e.code, e.errno === require('os').constants.errno.ENOTTY * -1,
  e.syscall, e.message));
console.log(r.isTTY, r.isRaw, r.setRawMode(true) === r, r.isRaw);
r.on('data', (d) => console.log('data', JSON.stringify(String(d))));
r.on('end', () => console.log('end'));
r.on('close', (hadError) => console.log('close', hadError));
