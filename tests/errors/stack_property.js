'use strict';
// The stack property: own, non-enumerable, writable after the first read, lazily formatted from
// the current name and message; Error.stackTraceLimit.
const e = new Error('x');
console.log(Object.getOwnPropertyNames(e).join(), Object.keys(e).length, JSON.stringify(e));
console.log(typeof e.stack);
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
e.stack = 'assigned';
console.log(e.stack);
const early = new Error('early');
early.stack = 'before first read';
console.log(early.stack, Object.keys(early).length);
const del = new Error('del');
delete del.stack;
console.log(del.stack, Object.prototype.hasOwnProperty.call(del, 'stack'));
console.log(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'));
console.log(Error.stackTraceLimit, typeof Error.captureStackTrace, typeof Error.prepareStackTrace);

function depth(n, limit) {
  Error.stackTraceLimit = limit;
  const rec = (k) => (k === 0 ? new Error('lim') : rec(k - 1));
  const err = rec(n);
  Error.stackTraceLimit = 10;
  return err.stack === undefined ? 'undefined' : err.stack.split('\n').length - 1;
}
for (const limit of [0, 1, 3, 1.5, -1, NaN, 'x', undefined, null, {}]) {
  console.log('stackTraceLimit', String(limit), '->', depth(30, limit), 'frames');
}
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('zero').stack), JSON.stringify(new TypeError('').stack));
Error.stackTraceLimit = 'no';
const none = new Error('none');
console.log(none.stack, 'stack' in none, Object.getOwnPropertyNames(none).join());
delete Error.stackTraceLimit;
console.log(new Error('deleted').stack);
Error.stackTraceLimit = 10;
console.log(new Error('back').stack.split('\n')[1].includes(__filename));
const thrower = new Error('m');
Object.defineProperty(thrower, 'message', { get() { throw new Error('from getter'); } });
try { thrower.stack; } catch (err) { console.log('stack read threw:', err.message); }
