'use strict';
// Run on a pseudo-terminal by stdio_test.go: terminal properties, raw mode, 'resize'.
const tty = require('tty');
const { stdin, stdout, stderr } = process;
// console.log would color the numbers on a terminal; print plain text.
const log = (...args) => stdout.write(args.join(' ') + '\n');
log('isatty', tty.isatty(0), tty.isatty(1), tty.isatty(2));
log('stdout', stdout.constructor.name, stdout.isTTY, stdout._type, stdout.columns, stdout.rows,
  JSON.stringify(stdout.getWindowSize()), stdout.writable, stdout.readyState);
log('stderr', stderr.constructor.name, stderr.isTTY, stderr.columns);
log('stdin', stdin.constructor.name, stdin.isTTY, stdin.isRaw, stdin.readable, stdin.fd);
log('colors', stdout.getColorDepth(), stdout.hasColors(), stdout.hasColors(256));
stdout.cursorTo(0);
stdout.clearLine(1);
log('raw', stdin.setRawMode(true) === stdin, stdin.isRaw);
stdout.on('resize', () => {
  log('resize', stdout.columns, stdout.rows);
  stdin.setRawMode(false);
  log('cooked', stdin.isRaw);
  stdin.pause();
});
stdin.setEncoding('utf8');
let keys = '';
stdin.on('data', (s) => {
  keys += s;
  log('key', JSON.stringify(s));
  if (keys.length >= 2) log('ready-for-resize');
});
log('ready');
