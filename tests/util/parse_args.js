// util.parseArgs: Node v20's parsing (short, long, groups, inline values, '--', negation with
// allowNegative, defaults, multiple, tokens) and its errors, with exact codes and messages.
'use strict';
const { parseArgs } = require('util');
const { inspect } = require('util');

function show(label, config) {
  try {
    const result = parseArgs(config);
    console.log(label, inspect(result, { depth: 4, breakLength: Infinity }));
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message));
  }
}

// Basics
show('empty', { args: [] });
show('no config', undefined);
show('bool long', { args: ['--foo'], options: { foo: { type: 'boolean' } } });
show('string long', { args: ['--foo', 'bar'], options: { foo: { type: 'string' } } });
show('string inline', { args: ['--foo=bar'], options: { foo: { type: 'string' } } });
show('string inline empty', { args: ['--foo='], options: { foo: { type: 'string' } } });
show('string inline eq', { args: ['--foo=a=b'], options: { foo: { type: 'string' } } });
show('short bool', { args: ['-f'], options: { foo: { type: 'boolean', short: 'f' } } });
show('short string', { args: ['-f', 'x'], options: { foo: { type: 'string', short: 'f' } } });
show('short string inline', { args: ['-fx'], options: { foo: { type: 'string', short: 'f' } } });
show('short group', { args: ['-abc'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean' } } });
show('short group string last', { args: ['-abf', 'val'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, f: { type: 'string' } } });
show('short group string middle', { args: ['-afVAL'], options: { a: { type: 'boolean' }, f: { type: 'string' } } });
show('short group string middle2', { args: ['-abfFILE', 'x'], allowPositionals: true, options: { a: { type: 'boolean' }, b: { type: 'boolean' }, f: { type: 'string' } } });
show('multiple', { args: ['--f', 'a', '--f', 'b', '-f', 'c'], options: { f: { type: 'string', multiple: true, short: 'f' } } });
show('multiple bool', { args: ['--v', '--v', '-v'], options: { v: { type: 'boolean', multiple: true, short: 'v' } } });
show('last wins', { args: ['--f', 'a', '--f', 'b'], options: { f: { type: 'string' } } });
show('positionals', { args: ['a', '--foo', 'b', '--', '--bar', '-x'], allowPositionals: true, options: { foo: { type: 'boolean' } } });
show('terminator only', { args: ['--'], options: {} });
show('dash alone', { args: ['-'], allowPositionals: true });
show('dash alone strict', { args: ['-'] });
show('string takes dash value', { args: ['--foo', '-'], options: { foo: { type: 'string' } } });
show('string greedy nonstrict', { args: ['--foo', '--bar'], strict: false, options: { foo: { type: 'string' } } });
show('string missing end', { args: ['--foo'], options: { foo: { type: 'string' } } });
show('string missing short', { args: ['-f'], options: { foo: { type: 'string', short: 'f' } } });
show('bool with value', { args: ['--foo=bar'], options: { foo: { type: 'boolean' } } });
show('bool with value short', { args: ['-fbar'], options: { foo: { type: 'boolean', short: 'f' } } });
show('ambiguous long', { args: ['--foo', '--bar'], options: { foo: { type: 'string' }, bar: { type: 'boolean' } } });
show('ambiguous short', { args: ['-f', '-b'], options: { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } } });
show('ambiguous inline ok', { args: ['--foo=--bar'], options: { foo: { type: 'string' } } });
show('ambiguous dash only ok', { args: ['--foo', '-'], options: { foo: { type: 'string' } } });
show('unknown long', { args: ['--nope'] });
show('unknown short', { args: ['-n'] });
show('unknown with positionals', { args: ['--nope'], allowPositionals: true });
show('unknown inline', { args: ['--nope=1'] });
show('unknown short group', { args: ['-ab'], options: { a: { type: 'boolean' } } });
show('positional strict', { args: ['pos'] });
show('positional after terminator strict', { args: ['--', 'pos'] });
show('nonstrict unknown', { args: ['--nope', '-n', '-xyz', '--k=v', 'p'], strict: false });
show('nonstrict string missing', { args: ['--foo'], strict: false, options: { foo: { type: 'string' } } });
show('nonstrict bool value', { args: ['--foo=1'], strict: false, options: { foo: { type: 'boolean' } } });
show('proto', { args: ['--__proto__', '--toString'], strict: false });
show('proto option', { args: ['--__proto__'], options: { ['__proto__']: { type: 'boolean' } } });
show('constructor', { args: ['--constructor'], strict: false });

// Defaults
show('default string', { args: [], options: { f: { type: 'string', default: 'd' } } });
show('default overridden', { args: ['--f', 'x'], options: { f: { type: 'string', default: 'd' } } });
show('default bool', { args: [], options: { f: { type: 'boolean', default: false } } });
show('default multiple', { args: [], options: { f: { type: 'string', multiple: true, default: ['a', 'b'] } } });
show('default multiple overridden', { args: ['--f', 'x'], options: { f: { type: 'string', multiple: true, default: ['a', 'b'] } } });
show('default bad type', { args: [], options: { f: { type: 'string', default: 1 } } });
show('default bad bool', { args: [], options: { f: { type: 'boolean', default: 'x' } } });
show('default bad multiple', { args: [], options: { f: { type: 'string', multiple: true, default: 'x' } } });
show('default bad multiple item', { args: [], options: { f: { type: 'string', multiple: true, default: ['x', 1] } } });
show('default bad bool multiple item', { args: [], options: { f: { type: 'boolean', multiple: true, default: [true, 'x'] } } });
show('default undefined', { args: [], options: { f: { type: 'string', default: undefined } } });

// allowNegative
show('negative', { args: ['--no-color'], allowNegative: true, options: { color: { type: 'boolean' } } });
show('negative then positive', { args: ['--no-color', '--color'], allowNegative: true, options: { color: { type: 'boolean' } } });
show('negative multiple', { args: ['--color', '--no-color'], allowNegative: true, options: { color: { type: 'boolean', multiple: true } } });
show('negative not allowed', { args: ['--no-color'], options: { color: { type: 'boolean' } } });
show('negative of string', { args: ['--no-color'], allowNegative: true, options: { color: { type: 'string' } } });
show('negative unknown', { args: ['--no-x'], allowNegative: true });
show('negative with value', { args: ['--no-color=1'], allowNegative: true, options: { color: { type: 'boolean' } } });
show('negative nonstrict', { args: ['--no-x'], allowNegative: true, strict: false });
show('negative defined', { args: ['--no-color'], allowNegative: true, options: { 'no-color': { type: 'boolean' }, color: { type: 'boolean' } } });

// Tokens
show('tokens', { args: ['-ab', '--foo=1', '--bar', 'x', 'pos', '--', '-z'], allowPositionals: true, tokens: true, options: { a: { type: 'boolean' }, b: { type: 'boolean' }, foo: { type: 'string' }, bar: { type: 'string' } } });
show('tokens short string', { args: ['-fX', '-f', 'Y', '-af', 'Z'], tokens: true, options: { a: { type: 'boolean' }, f: { type: 'string' } } });
show('tokens nonstrict', { args: ['--x', '-y', '--z=1', 'p'], tokens: true, strict: false });
show('tokens negative', { args: ['--no-c'], tokens: true, allowNegative: true, options: { c: { type: 'boolean' } } });

// Config validation
show('config num', 5);
show('args not array', { args: 'x' });
show('args item not string', { args: [1] });
show('strict not bool', { args: [], strict: 1 });
show('allowPositionals not bool', { args: [], allowPositionals: 'yes' });
show('tokens not bool', { args: [], tokens: 1 });
show('allowNegative not bool', { args: [], allowNegative: 1 });
show('options not object', { args: [], options: 5 });
show('options array', { args: [], options: [] });
show('option not object', { args: [], options: { f: 'x' } });
show('option no type', { args: [], options: { f: {} } });
show('option bad type', { args: [], options: { f: { type: 'number' } } });
show('short not string', { args: [], options: { f: { type: 'boolean', short: 1 } } });
show('short too long', { args: [], options: { f: { type: 'boolean', short: 'ab' } } });
show('short empty', { args: [], options: { f: { type: 'boolean', short: '' } } });
show('multiple not bool', { args: [], options: { f: { type: 'boolean', multiple: 1 } } });
show('inherited config ignored', { __proto__: { args: ['--x'] } });
show('inherited option props ignored', { args: ['--f', 'v'], options: { f: { __proto__: { type: 'string' } } } });
show('null proto options', { args: ['--f'], options: { __proto__: null, f: { type: 'boolean' } } });

// Default args come from process.argv
process.argv.push('--from-argv', 'pos');
show('process.argv', { strict: false });
process.argv.length -= 2;

console.log(typeof parseArgs, parseArgs.length, parseArgs.name);
