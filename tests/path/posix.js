'use strict';

// path.posix: every function over a table of inputs. Results that depend on
// the working directory print it as <cwd>.

const path = require('path');
const p = path.posix;
const cwd = process.cwd();
const upToRoot = cwd.split('/').slice(1).map(() => '..').join('/');

function fmt(v) {
  if (typeof v === 'string') {
    // The working directory, also without its leading slash (relative('/', '')).
    const s = v.split(cwd).join('<cwd>').split(cwd.slice(1)).join('<cwd>');
    // The way up from the working directory to '/' (relative('', '/')), whose
    // length depends on where the checkout is.
    return JSON.stringify(s === upToRoot ? '<up-to-root>' : s);
  }
  return JSON.stringify(v);
}

let count = 0;
function show(label, fn) {
  count++;
  let out;
  try {
    out = fmt(fn());
  } catch (e) {
    out = `throws ${e.code} ${e.message}`;
  }
  console.log(`${label} => ${out}`);
}

const paths = [
  '', '.', '..', '...', '....', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a', '///a', '/a/', 'a/b',
  'a//b', '/a/b/', '/a/b//', 'a/./b', 'a/../b', '../a', '../../a/..', 'a/b/../../..', '/..', '/../..',
  '/a/../..', './', './/', './a', './/a', '.bashrc', '/.bashrc', 'a/.bashrc', '.bashrc/', 'file.txt',
  'file.tar.gz', '/dir/file.', 'a..', 'a...', '.a.', '..a', '/..a', '/...', 'a\\b', 'a\\b\\', 'C:\\x\\y',
  'C:', 'C:/x', '\\\\server\\share', 'foo/bar/baz.js/', 'foo/bar/baz.js//', '/foo/bar///baz.js',
  'é/ü.txt', ' ', ' / ', 'a b/c d.e', '/a/b/c/./../d', '..\\..', ':', '/x/.', '/x/..', 'x/.', 'x/..',
  '.x/.y/.z', '/.', '/./', '/.x', '/..x', '/x.', '/x..', 'x/y/', '/x/y/z.', './..', '../.', '.../...',
  '/a/b/c/d/e/f/../../../../g', 'a/b/c/../../../../../x', 'node_modules/.bin/tsc', '/usr/lib/node_modules/npm/bin/npm-cli.js',
  '//a//b//', '/a/./b/./c/.', '.\\a', '..a/b', 'a/..b', 'a/.b.', 'a.b/c.d/', 'a/b.c.d', '/a/b.', '.a', '.a/',
];

for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'toNamespacedPath']) {
  for (const x of paths) show(`${fn}(${JSON.stringify(x)})`, () => p[fn](x));
}
for (const x of paths) show(`parse(${JSON.stringify(x)})`, () => p.parse(x));

const suffixes = ['.js', 'js', '', 'b', '.txt', 'file.txt', 'x.js/', '/', '\\', '.', 'ab.js', 'a', '.gz', 'z'];
const suffixPaths = ['a.js', '/a/b.js', 'b', '/b', 'ab', 'b/', '/b/', 'file.txt', 'file.txt/', '/dir/file.txt//',
  'x.js/', 'aaa', '.js', '/.js', 'a.js.js', '//', '/', '', 'js', 'a\\b.js', 'file.tar.gz', '.', 'z/'];
for (const x of suffixPaths) {
  for (const s of suffixes) show(`basename(${JSON.stringify(x)}, ${JSON.stringify(s)})`, () => p.basename(x, s));
}

const joins = [
  [], [''], ['', ''], ['.'], ['/'], ['a'], ['a', 'b'], ['a', '', 'b'], ['/a', 'b'], ['a', '/b'],
  ['/a/', '/b/'], ['a', '..'], ['a', '../..'], ['/', '..'], ['/a', '../..'], ['a', '.', 'b', '.'],
  ['', '/a'], ['//', 'a'], ['a//', '//b'], ['./', 'a'], ['..', 'a'], ['a', 'b/'], ['a', 'b', '/'],
  ['a', ''], ['', 'a', ''], ['/a', '.'], ['a', './b', '../c'], ['/foo', 'bar', 'baz/asdf', 'quux', '..'],
  ['foo', '/bar', '/baz/'], [' ', 'a'], ['a', ' '], ['\\', 'a'], ['C:', 'x'], ['.', '.', '.'],
  ['node_modules', '.bin'], ['/usr', 'lib/', '/node'], ['..', '..', '..', 'x'], ['x', '..', '..'],
];
for (const args of joins) show(`join(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => p.join(...args));

const resolves = [
  ['/'], ['/a/b', 'c'], ['/a/b', '/c'], ['/a/b', '../c'], ['/a', 'b', 'c/'], ['/a', '', 'b'], ['/a', '.'],
  ['/a', '..', '..', '..'], ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'],
  ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], ['/x', '//y', 'z//'],
  ['/', ''], ['/', '.'], ['/a', '\\b'], ['/a/b/c', '../../../../..'], [''], ['.'], ['a'], ['a', 'b'],
  ['..'], ['../x'], ['a', '/b', 'c'], ['/a', 'b/../../c'], ['/a/./b/.'], ['//a//b//'],
];
for (const args of resolves) show(`resolve(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => p.resolve(...args));
show('resolve()', () => p.resolve());

const relatives = [
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'], ['/page1/page2/foo', '/'],
  ['/', '/'], ['/a', '/a/'], ['/a/b/c', '/a/x/y'], ['/a/b', '/a/bc'], ['/ab', '/a'], ['/a', '/ab'],
  ['', ''], ['', '/'], ['/', ''], ['a', 'b'], ['a/b', 'a'], ['a', 'a/b/c'], ['.', '..'], ['/a/b/../c', '/a/./c/d'],
  ['/x//y', '/x/y/z'], ['/é', '/É'], ['/A', '/a'], ['/a', '/b/../a'],
];
for (const [a, b] of relatives) show(`relative(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => p.relative(a, b));

const formats = [
  {}, { root: '/' }, { dir: '/' }, { base: 'x' }, { name: 'x' }, { ext: '.js' }, { ext: 'js' },
  { name: 'x', ext: '.js' }, { name: 'x', ext: 'js' }, { name: 'x', ext: '..js' }, { root: '/', base: 'x' },
  { root: '/', dir: '/', base: 'x' }, { root: '/', dir: '/a', base: 'x' }, { dir: 'a', base: 'x' },
  { dir: 'a/', base: 'x' }, { root: '/x/', base: 'y' }, { root: '/', name: 'n', ext: '.e' },
  { dir: 'a', name: 'n', ext: 'e' }, { dir: 'a', base: 'b', name: 'n', ext: '.e' }, { base: '', name: 'n' },
  { dir: '', root: 'r' }, { dir: 'd', root: 'd' }, { root: 'C:\\', base: 'x' }, { ext: '.' }, { name: '', ext: '' },
  { dir: 'a', name: 0, ext: 0 }, { dir: 'a', name: 1, ext: 2 }, { dir: 'a', base: 0, name: 'n' }, { root: 0, dir: 0 },
  { dir: 'a', ext: ['x'] }, { dir: 'a', name: 'b', ext: 'c.d' }, { dir: '/', root: '/', name: '.bashrc' },
];
for (const o of formats) show(`format(${JSON.stringify(o)})`, () => p.format(o));

// parse and format round trip.
for (const x of ['/home/user/dir/file.txt', 'file.txt', '/', '//', 'a/b/', '/.bashrc', './x.y.z', '../a']) {
  show(`format(parse(${JSON.stringify(x)}))`, () => p.format(p.parse(x)));
}

console.log('cases', count);
