'use strict';
// util.format and util.formatWithOptions: every specifier and Node's rules.
const util = require('util');

const cases = [
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 12n],
  ['%s', Symbol('sym')],
  ['%s', null],
  ['%s', undefined],
  ['%s', true],
  ['%s', { a: { b: { c: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new Map([[1, { a: 1 }]])],
  ['%s', new Set([[1]])],
  ['%s', { toString() { return 'own toString'; } }],
  ['%s', new (class A { toString() { return 'class toString'; } })()],
  ['%s', new (class B {})()],
  ['%s', Object.create(null)],
  ['%s', new Date(0)],
  ['%s', /re/g],
  ['%s', function named() {}],
  ['%s', () => {}],
  ['%s', new Number(5)],
  ['%s', new String('boxed')],
  ['%s', [undefined, null]],
  ['%d', 42],
  ['%d', '42.5abc'],
  ['%d', '0x10'],
  ['%d', 1.5],
  ['%d', -0],
  ['%d', 10n],
  ['%d', Symbol('s')],
  ['%d', {}],
  ['%d', null],
  ['%d', ''],
  ['%d', '1e3'],
  ['%i', 42.9],
  ['%i', '42.5abc'],
  ['%i', -0.5],
  ['%i', 10n],
  ['%i', Symbol('s')],
  ['%i', '0x1f'],
  ['%i', {}],
  ['%f', '3.5xyz'],
  ['%f', 1n],
  ['%f', Symbol('s')],
  ['%f', '1e3'],
  ['%f', -0],
  ['%j', { a: [1, 'two'] }],
  ['%j', 'str'],
  ['%j', undefined],
  ['%j', (() => { const c = {}; c.c = c; return c; })()],
  ['%j', { toJSON() { return 'custom json'; } }],
  ['%j', 1n],
  ['%o', { a: [1, 2], f() {} }],
  ['%o', [1, 2, 3]],
  ['%o', 'str'],
  ['%o', function foo() {}],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%O', 'str'],
  ['%c', 'color: red'],
  ['%%', 'extra'],
  ['%x', 'unknown'],
  ['%', 'lonely'],
  ['100%', 'percent'],
  ['%s %s', 'only one'],
  ['%s', 'a', 'b', { c: 1 }, 'd'],
  ['no specifiers', 'x', 2, { y: 3 }],
  ['%%s %s', 'value'],
  ['a%sb%sc', 1, 2],
  ['%s%%%s', 1, 2],
  ['trailing %', 1],
  ['%d%d', 1],
  ['%s:%s', 'x'],
];
for (const args of cases) {
  let out;
  try {
    out = util.format(...args);
  } catch (e) {
    out = `THREW ${e.name}: ${e.message}`;
  }
  console.log(JSON.stringify(out));
}

console.log(JSON.stringify(util.format()));
console.log(JSON.stringify(util.format('')));
console.log(JSON.stringify(util.format(1, 2, 3)));
console.log(JSON.stringify(util.format({ a: 1 }, 'str', 5)));
console.log(JSON.stringify(util.format(null, undefined)));
console.log(JSON.stringify(util.format('%s', 'a\nb')));
console.log(JSON.stringify(util.format(Symbol('first'), 'x')));

// formatWithOptions
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, 5)));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, [[1]])));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, '%o', { a: 1 })));
console.log(JSON.stringify(util.formatWithOptions({ breakLength: 20 }, { aaaaa: 1, bbbbb: 2, ccccc: 3 })));
console.log(JSON.stringify(util.formatWithOptions({}, '%s', { a: { b: { c: 1 } } })));
for (const bad of [null, 'str', 1, []]) {
  try {
    util.formatWithOptions(bad, 'x');
    console.log('no throw', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// console.log goes through the same path.
console.log('%s and %d and %i and %f and %j and %o and %O and %c!', 'str', 1.5, 2.5, '3.5', [1], [2], [3], 'css');
console.log('%s', 'no extra');
console.log('100%', 'done');
console.log('%%', '%%');
