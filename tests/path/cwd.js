'use strict';

// resolve(), relative() and toNamespacedPath() against the working
// directory: the real one (printed as <cwd>), then pinned ones of every
// shape, including the odd relative ones Node does not guard against. Also
// when process.cwd() is consulted at all.

const path = require('path');
const realCwd = process.cwd();
const { posix, win32 } = path;

let count = 0;
function show(label, fn) {
  count++;
  let out;
  try {
    const v = fn();
    out = typeof v === 'string' ? JSON.stringify(v.split(realCwd).join('<cwd>')) : JSON.stringify(v);
  } catch (e) {
    out = `throws ${e.code} ${e.message}`;
  }
  console.log(`${label} => ${out}`);
}

const args = [[], [''], ['.'], ['..'], ['x'], ['x', '..', '..'], ['/abs'], ['./a/b/../c'], ['a', '/b', 'c']];
for (const a of args) show(`real posix.resolve(${a.map((x) => JSON.stringify(x)).join(', ')})`, () => posix.resolve(...a));
show('real path.resolve("x") === posix.resolve("x")', () => path.resolve('x') === posix.resolve('x'));
show('real posix.relative("", "x")', () => posix.relative('', 'x'));
show('real posix.relative("x", "")', () => posix.relative('x', ''));
show('real posix.relative("/", "")', () => posix.relative('/', '').split('/').every((s) => s === '..'));

let calls = 0;
const cwds = ['/home/me/proj', '/', '//', '/a/./b/../c/', 'rel/dir', 'rel', '', '.', '..', '../up', 'C:\\x', 'nul:x', '/ü/é'];
for (const dir of cwds) {
  process.cwd = () => {
    calls++;
    return dir;
  };
  const tag = `[cwd ${JSON.stringify(dir)}]`;
  for (const a of [[], ['.'], ['x'], ['../..'], ['/a', 'b'], ['a', '..', '..', '..']]) {
    show(`${tag} posix.resolve(${a.map((x) => JSON.stringify(x)).join(', ')})`, () => posix.resolve(...a));
  }
  for (const [f, t] of [['x', 'y'], ['', '/'], ['/', ''], ['a/b', 'a'], ['/a', 'b'], ['x', '/rel/dir/x']]) {
    show(`${tag} posix.relative(${JSON.stringify(f)}, ${JSON.stringify(t)})`, () => posix.relative(f, t));
  }
  for (const a of [[], ['x'], ['C:x'], ['\\x']]) {
    show(`${tag} win32.resolve(${a.map((x) => JSON.stringify(x)).join(', ')})`, () => win32.resolve(...a));
  }
  show(`${tag} win32.relative("x", "y")`, () => win32.relative('x', 'y'));
  show(`${tag} win32.toNamespacedPath("x")`, () => win32.toNamespacedPath('x'));
  show(`${tag} win32.toNamespacedPath("C:x")`, () => win32.toNamespacedPath('C:x'));
}

// process.cwd() is only asked when no argument is absolute (and, on
// win32, when no drive is known yet).
process.cwd = () => {
  calls++;
  return '/cwd';
};
for (const [label, fn] of [
  ['posix.resolve("/a")', () => posix.resolve('/a')],
  ['posix.resolve("a")', () => posix.resolve('a')],
  ['posix.resolve("/a", "b")', () => posix.resolve('/a', 'b')],
  ['posix.resolve()', () => posix.resolve()],
  ['posix.join("a")', () => posix.join('a')],
  ['posix.normalize("a")', () => posix.normalize('a')],
  ['posix.relative("/a", "/b")', () => posix.relative('/a', '/b')],
  ['posix.relative("a", "a")', () => posix.relative('a', 'a')],
  ['win32.resolve("C:\\\\a")', () => win32.resolve('C:\\a')],
  ['win32.resolve("\\\\a")', () => win32.resolve('\\a')],
  ['win32.resolve("C:a")', () => win32.resolve('C:a')],
  ['win32.resolve("\\\\\\\\s\\\\h\\\\x")', () => win32.resolve('\\\\s\\h\\x')],
  ['win32.toNamespacedPath("C:\\\\a")', () => win32.toNamespacedPath('C:\\a')],
  ['win32.toNamespacedPath("")', () => win32.toNamespacedPath('')],
]) {
  calls = 0;
  show(`${label} cwd calls`, () => [fn(), calls]);
}

console.log('cases', count);
