'use strict';

// Argument validation of every path function, in both flavours: the error
// class, code and message Node gives for each kind of wrong value.

const path = require('path');

let count = 0;
function show(label, fn) {
  count++;
  try {
    const v = fn();
    console.log(`${label} => ${typeof v === 'symbol' ? String(v) : JSON.stringify(v)}`);
  } catch (e) {
    console.log(`${label} !! ${e.name} ${e.code} ${e instanceof TypeError} ${e.message}`);
  }
}

const bad = [
  ['1', 1], ['0', 0], ['NaN', NaN], ['-0', -0], ['true', true], ['null', null], ['undefined', undefined],
  ['{}', {}], ['[]', []], ['["a"]', ['a']], ['fn', function named() {}], ['arrow', () => {}],
  ['class', class Foo {}], ['symbol', Symbol('s')], ['10n', 10n], ['new String', new String('a')],
  ['Object.create(null)', Object.create(null)], ['date', new Date(0)], ['toString obj', { toString() { return 'x'; } }],
  ['big number', 123456789], ['float', 1.5], ['Infinity', Infinity],
];

for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  for (const [name, v] of bad) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      show(`${flavour}.${fn}(${name})`, () => p[fn](v));
    }
    show(`${flavour}.toNamespacedPath(${name})`, () => {
      const r = p.toNamespacedPath(v);
      return r === v || (Number.isNaN(r) && Number.isNaN(v)) ? 'same value' : r;
    });
    show(`${flavour}.basename('a', ${name})`, () => p.basename('a', v));
    show(`${flavour}.basename(${name}, ${name})`, () => p.basename(v, v));
    show(`${flavour}.join(${name})`, () => p.join(v));
    show(`${flavour}.join('a', ${name}, 'b')`, () => p.join('a', v, 'b'));
    show(`${flavour}.resolve(${name})`, () => p.resolve(v));
    show(`${flavour}.resolve('/a', ${name}, 'b')`, () => p.resolve('/a', v, 'b'));
    show(`${flavour}.relative(${name}, 'a')`, () => p.relative(v, 'a'));
    show(`${flavour}.relative('a', ${name})`, () => p.relative('a', v));
    show(`${flavour}.format(${name})`, () => p.format(v));
  }
  // Absolute later arguments stop resolve() before it checks earlier ones.
  show(`${flavour}.resolve(1, '/x')`, () => p.resolve(1, '/x'));
  show(`${flavour}.resolve(1, 'C:\\\\x')`, () => p.resolve(1, 'C:\\x'));
  show(`${flavour}.resolve(1, '\\\\x')`, () => p.resolve(1, '\\x'));
  show(`${flavour}.resolve('a', 1, 2)`, () => p.resolve('a', 1, 2));
  show(`${flavour}.resolve('', null)`, () => p.resolve('', null));
  show(`${flavour}.join('a', 'b', 1, 2)`, () => p.join('a', 'b', 1, 2));
  show(`${flavour}.join()`, () => p.join());
  show(`${flavour}.basename(1, 2)`, () => p.basename(1, 2));
  show(`${flavour}.basename(1, undefined)`, () => p.basename(1, undefined));
  show(`${flavour}.basename('a.js', undefined)`, () => p.basename('a.js', undefined));
  show(`${flavour}.relative(1, 2)`, () => p.relative(1, 2));
  show(`${flavour}.relative('same', 'same')`, () => p.relative('same', 'same'));
  show(`${flavour}.normalize()`, () => p.normalize());
  show(`${flavour}.format()`, () => p.format());
  show(`${flavour}.format({ root: Symbol() })`, () => p.format({ dir: 'd', root: Symbol('r') }));
  show(`${flavour}.format({ name: Symbol() })`, () => p.format({ name: Symbol('n') }));
  // format() reads the object's fields through getters in Node's order.
  const reads = [];
  const o = {};
  for (const k of ['root', 'dir', 'base', 'name', 'ext']) {
    Object.defineProperty(o, k, { get() { reads.push(k); return k === 'ext' ? 'e' : k === 'name' ? 'n' : ''; } });
  }
  show(`${flavour}.format(getters)`, () => [p.format(o), reads.join(',')]);
}

console.log('cases', count);
