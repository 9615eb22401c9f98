'use strict';
// Which streams Readline accepts (Node's isWritable test), and the cursor-move sequences of
// Readline.moveCursor and readline.moveCursor for every sign of dx and dy.
const { Readline } = require('readline/promises');
const readline = require('readline');
const { PassThrough, Writable, Readable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
for (const s of [null, {}, { writable: true }, { writable: true, write() {}, on() {} }, { writable: 'yes', write() {}, on() {} },
  new PassThrough(), new Readable(), new Duplex({ writable: false }), (() => { const w = new PassThrough(); w.end(); return w; })(),
  (() => { const w = new PassThrough(); w.destroy(); return w; })(), (() => { const w = new Writable(); w.on('error', () => {}); w.destroy(new Error('x')); return w; })()]) {
  try { new Readline(s); log('ok'); } catch (e) { log(e.code); }
}
const out = new PassThrough();
const rl = new Readline(out);
rl.moveCursor(-3, 2).moveCursor(4, -1).moveCursor(0, 0).moveCursor(0, 5).moveCursor(-1, 0).commit().then(() => log(JSON.stringify(String(out.read()))));
const out2 = new PassThrough();
readline.moveCursor(out2, -2, -3, () => log('cb'));
readline.moveCursor(out2, 1, 1);
log(readline.moveCursor(out2, 0, 0), JSON.stringify(String(out2.read())));
try { rl.moveCursor(1.5, 0); } catch (e) { log(e.code); }
try { rl.moveCursor(0, 0.5); } catch (e) { log(e.code); }
rl.moveCursor(0.5 - 0.5, 0);
