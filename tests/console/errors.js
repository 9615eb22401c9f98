'use strict';
// Console construction and argument validation errors, and errors printed
// by console.log (with fixed stacks so paths do not matter).
const { Console } = require('console');
const util = require('util');

function show(fn) {
  try {
    const r = fn();
    console.log('ok', typeof r);
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}

const sink = { write() {} };
show(() => new Console());
show(() => new Console(null));
show(() => new Console({}));
show(() => new Console({ stdout: {} }));
show(() => new Console(sink, 1));
show(() => new Console({ stdout: sink, stderr: { write: 1 } }));
show(() => new Console({ stdout: sink, colorMode: 'x' }));
show(() => new Console({ stdout: sink, colorMode: 1 }));
show(() => new Console({ stdout: sink, inspectOptions: 1 }));
show(() => new Console({ stdout: sink, inspectOptions: null }));
show(() => new Console({ stdout: sink, inspectOptions: { colors: true }, colorMode: true }));
show(() => new Console({ stdout: sink, inspectOptions: { colors: true }, colorMode: 'auto' }));
show(() => new Console({ stdout: sink, groupIndentation: 2000 }));
show(() => new Console({ stdout: sink, groupIndentation: -1 }));
show(() => new Console({ stdout: sink, groupIndentation: 1.5 }));
show(() => new Console({ stdout: sink, groupIndentation: 'a' }));
show(() => new Console({ stdout: sink, groupIndentation: 1000 }));
show(() => new Console(sink));
show(() => Console(sink));
show(() => console.table([], 'x'));
show(() => console.table([], {}));

function fixed(err, frames = ['    at a (/app/a.js:1:1)', '    at b (/app/b.js:2:2)']) {
  Object.defineProperty(err, 'stack', {
    value: [`${err.name}${err.message ? `: ${err.message}` : ''}`, ...frames].join('\n'),
    writable: true, configurable: true,
  });
  return err;
}

console.log(fixed(new Error('plain')));
console.log(fixed(new TypeError('type')));
const withProps = fixed(new Error('props'));
withProps.code = 'E_PROPS';
withProps.errno = -2;
console.log(withProps);
console.log({ nested: fixed(new RangeError('nested')) });
console.log([fixed(new Error('in array'))]);
const cause = fixed(new Error('the cause'));
const outer = fixed(new Error('outer', { cause }));
console.log(outer);
const agg = fixed(new AggregateError([fixed(new Error('e1')), fixed(new Error('e2'))], 'aggregate'));
console.log(agg);
const renamed = fixed(new Error('renamed'));
renamed.name = 'Renamed';
console.log(renamed);
class CustomError extends Error {
  constructor(message) {
    super(message);
    this.name = 'CustomError';
  }
}
console.log(fixed(new CustomError('custom')));
const noStack = new Error('no stack');
Object.defineProperty(noStack, 'stack', { value: undefined });
console.log(noStack);
console.log(util.inspect(fixed(new Error('indented')), { compact: false }));
console.error(fixed(new Error('to stderr')));
console.log('%s', fixed(new Error('via %s')));
console.log('%o', fixed(new Error('via %o'), []));
