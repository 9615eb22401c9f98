// readline.cursorTo, moveCursor, clearLine and clearScreenDown: the escape sequences written,
// their return values, callbacks (also when there is nothing to write or no stream), and
// argument validation with Node's error codes.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

const out = new PassThrough();
out.setEncoding('utf8');
const take = () => JSON.stringify(out.read() ?? '');
const calls = [];
const cb = (name) => (err) => calls.push(`${name} callback ${err}`);

function show(label, result) {
  console.log(label, result, take());
}

show('cursorTo(3)', readline.cursorTo(out, 3));
show('cursorTo(0, 0)', readline.cursorTo(out, 0, 0));
show('cursorTo(7, 2)', readline.cursorTo(out, 7, 2));
show('cursorTo(-1)', readline.cursorTo(out, -1));
show('cursorTo(2.5)', readline.cursorTo(out, 2.5));
show('cursorTo(x, cb)', readline.cursorTo(out, 4, cb('cursorTo(x, cb)')));
show('cursorTo(x, y, cb)', readline.cursorTo(out, 4, 5, cb('cursorTo(x, y, cb)')));
show('cursorTo(no x or y)', readline.cursorTo(out, undefined, undefined, cb('cursorTo(none)')));
show('cursorTo(string x)', readline.cursorTo(out, '1'));
show('cursorTo(null stream)', readline.cursorTo(null, 1, 1, cb('cursorTo(null stream)')));
show('moveCursor(2, 0)', readline.moveCursor(out, 2, 0));
show('moveCursor(-3, 0)', readline.moveCursor(out, -3, 0));
show('moveCursor(0, 4)', readline.moveCursor(out, 0, 4));
show('moveCursor(0, -1)', readline.moveCursor(out, 0, -1));
show('moveCursor(5, -5)', readline.moveCursor(out, 5, -5));
show('moveCursor(0, 0, cb)', readline.moveCursor(out, 0, 0, cb('moveCursor(0, 0)')));
show('moveCursor(1, 1, cb)', readline.moveCursor(out, 1, 1, cb('moveCursor(1, 1)')));
show('moveCursor(undefined stream)', readline.moveCursor(undefined, 1, 1));
show('clearLine(-1)', readline.clearLine(out, -1));
show('clearLine(1)', readline.clearLine(out, 1));
show('clearLine(0)', readline.clearLine(out, 0));
show('clearLine()', readline.clearLine(out));
show('clearLine(cb)', readline.clearLine(out, 0, cb('clearLine')));
show('clearLine(null stream)', readline.clearLine(null, 0, cb('clearLine(null stream)')));
show('clearScreenDown', readline.clearScreenDown(out));
show('clearScreenDown(cb)', readline.clearScreenDown(out, cb('clearScreenDown')));
show('clearScreenDown(null)', readline.clearScreenDown(null, cb('clearScreenDown(null)')));

const bad = [
  ['cursorTo(NaN)', () => readline.cursorTo(out, NaN)],
  ['cursorTo(1, NaN)', () => readline.cursorTo(out, 1, NaN)],
  ['cursorTo(undefined, 1)', () => readline.cursorTo(out, undefined, 1)],
  ['cursorTo(null stream, NaN)', () => readline.cursorTo(null, NaN)],
  ['cursorTo bad callback', () => readline.cursorTo(out, 1, 1, 'cb')],
  ['moveCursor bad callback', () => readline.moveCursor(out, 1, 1, {})],
  ['clearLine bad callback', () => readline.clearLine(out, 0, 1)],
  ['clearScreenDown bad callback', () => readline.clearScreenDown(out, null)],
];
for (const [label, f] of bad) {
  try {
    f();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
console.log('lengths', readline.cursorTo.length, readline.moveCursor.length,
            readline.clearLine.length, readline.clearScreenDown.length,
            readline.emitKeypressEvents.length, readline.createInterface.length);
process.nextTick(() => console.log('next tick:', calls.join(' | ')));
setImmediate(() => console.log('immediate:', calls.join(' | ')));
