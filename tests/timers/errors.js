'use strict';
// Argument errors, with Node's codes and messages.

const timers = require('timers');

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: no error`);
  } catch (err) {
    console.log(`${label}: ${err.name} [${err.code}] ${err.message}`);
    console.log(`  instanceof TypeError: ${err instanceof TypeError}, RangeError: ${err instanceof RangeError}`);
  }
}

for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
  show(`${name}()`, () => fn());
  show(`${name}('str')`, () => fn('str'));
  show(`${name}(null)`, () => fn(null));
  show(`${name}({})`, () => fn({}));
  show(`${name}(1)`, () => fn(1));
  show(`${name}(Symbol)`, () => fn(Symbol('x')));
  show(`${name}(class)`, () => { const t = fn(class {}, 1); if (name === 'setImmediate') clearImmediate(t); else clearTimeout(t); });
}

show('enroll({}, -1)', () => timers.enroll({}, -1));
show('enroll({}, "5")', () => timers.enroll({}, '5'));
show('enroll({}, Infinity)', () => timers.enroll({}, Infinity));
show('enroll({}, NaN)', () => timers.enroll({}, NaN));
show('enroll({}, 1)', () => timers.enroll({}, 1));
