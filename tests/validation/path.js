'use strict';
// path: every function of posix and win32 given wrong argument types.
// path.resolve reads the working directory (win32 paths show it with backslashes, which the
// test runner cannot normalise): a fixed one keeps the output the same in any checkout.
process.cwd = () => '/fixed/cwd';
const path = require('path');
const { matrix, show } = require('./fixtures/check');

for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  matrix(`${flavour}.join`, p.join, ['a', 'b']);
  matrix(`${flavour}.resolve`, p.resolve, ['/a', 'b']);
  matrix(`${flavour}.normalize`, p.normalize, ['a']);
  matrix(`${flavour}.isAbsolute`, p.isAbsolute, ['a']);
  matrix(`${flavour}.relative`, p.relative, ['/a', '/b']);
  matrix(`${flavour}.dirname`, p.dirname, ['/a/b']);
  matrix(`${flavour}.basename`, p.basename, ['/a/b.js', '.js']);
  matrix(`${flavour}.extname`, p.extname, ['/a/b.js']);
  matrix(`${flavour}.parse`, p.parse, ['/a/b.js']);
  matrix(`${flavour}.format`, p.format, [{ dir: '/a', base: 'b' }]);
  matrix(`${flavour}.format dir`, (dir) => p.format({ dir, base: 'b' }), ['/a']);
  matrix(`${flavour}.toNamespacedPath`, p.toNamespacedPath, ['/a']);
  matrix(`${flavour}.matchesGlob`, p.matchesGlob, ['/a/b', '/a/*']);
  show(`${flavour}.join()`, () => p.join());
  show(`${flavour}.resolve() is a string`, () => typeof p.resolve());
  show(`${flavour}.relative()`, () => p.relative());
  show(`${flavour}.basename()`, () => p.basename());
  show(`${flavour}.format()`, () => p.format());
  show(`${flavour}.parse()`, () => p.parse());
}
