'use strict';

// The shape of the path module: which object require('path') is, the
// posix/win32 cross links, path/posix and path/win32, property order,
// descriptors, function names and lengths, and that the functions do not
// depend on `this`.

const path = require('path');
const posix = require('path/posix');
const win32 = require('path/win32');

console.log('platform flavour', path === (process.platform === 'win32' ? path.win32 : path.posix));
console.log('node:path', require('node:path') === path);
console.log('path/posix', posix === path.posix, require('node:path/posix') === posix);
console.log('path/win32', win32 === path.win32, require('node:path/win32') === win32);
console.log('cross links', posix.posix === posix, posix.win32 === win32, win32.win32 === win32, win32.posix === posix);
console.log('distinct', posix !== win32);
console.log('_makeLong', posix._makeLong === posix.toNamespacedPath, win32._makeLong === win32.toNamespacedPath);
console.log('sep', JSON.stringify(posix.sep), JSON.stringify(win32.sep));
console.log('delimiter', JSON.stringify(posix.delimiter), JSON.stringify(win32.delimiter));
console.log('proto', Object.getPrototypeOf(posix) === Object.prototype, Object.getPrototypeOf(win32) === Object.prototype);
console.log('extensible', Object.isExtensible(posix), Object.isFrozen(win32));
console.log('builtin', require('module').builtinModules.filter((m) => m.startsWith('path')).join(','));

for (const [name, obj] of [['posix', posix], ['win32', win32]]) {
  console.log(`${name} keys`, Object.keys(obj).join(','));
  console.log(`${name} own names`, Object.getOwnPropertyNames(obj).join(','));
  for (const key of Object.keys(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    const v = d.value;
    const what = typeof v === 'function' ?
      `function name=${JSON.stringify(v.name)} length=${v.length} prototype=${'prototype' in v}` :
      typeof v === 'object' ? `object ${v === posix ? 'posix' : v === win32 ? 'win32' : '?'}` : JSON.stringify(v);
    console.log(`  ${name}.${key}: ${what} w=${d.writable} e=${d.enumerable} c=${d.configurable}`);
  }
}

// Detached functions work: none of them uses `this`.
const { join, resolve, relative, normalize, dirname, basename, extname, parse, format, isAbsolute, toNamespacedPath } = posix;
console.log('detached posix', join('a', 'b'), resolve('/x', 'y'), relative('/a/b', '/a/c'), normalize('a//b'), dirname('/a/b'),
  basename('/a/b.c', '.c'), extname('x.y'), JSON.stringify(parse('/a/b.c')), format({ dir: 'd', base: 'b' }), isAbsolute('/'),
  toNamespacedPath('/x'));
const w = win32;
const wf = { join: w.join, resolve: w.resolve, relative: w.relative, normalize: w.normalize, dirname: w.dirname, format: w.format };
console.log('detached win32', wf.join('a', 'b'), wf.resolve('C:\\x', 'y'), wf.relative('C:\\a\\b', 'C:\\a\\c'), wf.normalize('a//b'),
  wf.dirname('C:\\a\\b'), wf.format({ dir: 'd', base: 'b' }));
console.log('call with other this', posix.join.call(win32, 'a', 'b'), win32.join.call(posix, 'a', 'b'), posix.format.call(null, { name: 'n' }));

// Functions are not constructors (methods and bound functions).
for (const key of ['join', 'resolve', 'format', 'parse']) {
  try {
    new posix[key]({});
    console.log(`new ${key}: no error`);
  } catch (e) {
    console.log(`new ${key}: ${e.name}`);
  }
}

// Results are fresh objects; parse() gives a plain object in a fixed key order.
const a = posix.parse('/x/y.z');
const b = posix.parse('/x/y.z');
console.log('parse fresh', a !== b, Object.keys(a).join(','), Object.getPrototypeOf(a) === Object.prototype);
console.log('win32 parse keys', Object.keys(win32.parse('C:\\x')).join(','));

// The module object can be modified like any object.
posix.custom = 1;
console.log('custom', path.posix.custom);
delete posix.custom;
