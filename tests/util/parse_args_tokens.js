'use strict';
// util.parseArgs: the tokens and values of lone short and long options (with and
// without a value to take), groups, inline values, negation and the errors strict
// mode and config validation give.
const { parseArgs, inspect } = require('util');
// inspect rather than JSON: a token's undefined value and inlineValue are own properties too.
function t(cfg) {
  try {
    console.log(inspect(parseArgs(cfg), { depth: 4, breakLength: Infinity }));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const o = { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' }, m: {type:'string', multiple: true, short: 'm'} };
t({ args: ['-f', '-b'], options: o, tokens: true });
t({ args: ['-f'], options: o });
t({ args: ['--foo'], options: o, strict: false, tokens: true });
t({ args: ['-bfX', 'a'], options: o, allowPositionals: true, tokens: true });
t({ args: ['-bf', 'v', '--', '-b'], options: o, allowPositionals: true, tokens: true });
t({ args: ['--bar=1'], options: o });
t({ args: ['--no-bar', '--no-foo'], options: o, allowNegative: true });
t({ args: ['--no-bar'], options: o, allowNegative: true, tokens: true });
t({ args: ['-m', 'a', '-mb', '--m=c'], options: o, tokens: true });
t({ args: ['-x'], options: o });
t({ args: ['--x'], options: o, allowPositionals: true });
t({ args: ['pos'], options: o });
t({ args: ['-', '--', '--foo'], options: o, strict: false, tokens: true });
t({ args: ['--foo', '--bar'], options: o });
t({ args: ['-f', '-b'], options: o });
t({ args: ['--__proto__', 'x'], options: {__proto__: {type:'string'}}, strict: false });
t({ args: [], options: { a: { type: 'string', default: 3 } } });
t({ args: [], options: { a: { type: 'string', short: 'ab' } } });
t({ args: [], options: { a: { type: 'number' } } });
t({ args: [], options: { a: { type: 'string', multiple: true, default: ['x', 1] } } });
t({ args: ['-bb', '-ab'], options: {...o, a: {type: 'boolean'}}, strict: false, tokens: true });
t({ args: ['--foo='], options: o, tokens: true });
t({ args: ['-f='], options: o, tokens: true });
t({ args: ['--=x'], options: o, strict: false, tokens: true });
t({ args: 'x', options: o });
t({ args: [], options: o, tokens: 1 });
