'use strict';

// path.win32: every function over a table of Windows-style inputs. The
// working directory is pinned to a Windows path so that resolve(),
// relative() and toNamespacedPath() print the same on every machine.

const w = require('path').win32;
process.cwd = () => 'C:\\Users\\me\\proj';

let count = 0;
function show(label, fn) {
  count++;
  let out;
  try {
    out = JSON.stringify(fn());
  } catch (e) {
    out = `throws ${e.code} ${e.message}`;
  }
  console.log(`${label} => ${out}`);
}

const paths = [
  '', '.', '..', '...', '\\', '/', '\\\\', '//', '\\\\\\', '/\\', 'a', 'a\\', 'a/', '\\a', '/a', 'a\\b', 'a/b',
  'a\\\\b', 'a//b', 'a\\.\\b', 'a\\..\\b', '..\\a', '../../a', 'a\\b\\..\\..\\..', '\\..', '\\..\\..', '\\a\\..\\..',
  'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:\\\\\\', 'C:.', 'C:..', 'C:foo', 'C:foo\\', 'C:..\\x', 'C:\\foo\\bar',
  'C:/foo/bar/', 'c:\\foo\\..\\..\\bar', 'C:\\..', 'C:\\..\\..\\x', 'C:foo\\..\\..', 'z:\\x.y', '1:\\x', ':\\x',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\x\\y', '//server/share/x', '\\\\server',
  '\\\\server\\', '\\\\server\\\\share', '\\\\server\\\\share\\\\x', '\\\\\\server\\share', '\\\\server\\share\\..\\..',
  '\\\\server/share/x.txt', '/\\server\\share', '\\\\?\\C:\\foo', '\\\\?\\C:', '\\\\?\\C:\\', '\\\\?\\c:\\..\\..',
  '\\\\?\\UNC\\srv\\sh\\x', '\\\\?\\UNC\\srv\\sh\\..', '\\\\.\\COM1', '\\\\.\\PhysicalDrive0', '\\\\.\\pipe\\x',
  '\\\\?\\', '\\\\.\\', '\\\\.', '\\\\?', '//./x', '//?/x/..', '\\\\.\\x\\', '\\\\??\\x', '\\\\.\\a\\..\\..\\b',
  '\\\\?\\\\x', '\\\\..\\x\\y', 'foo\\bar', 'foo/bar\\baz', 'foo\\\\bar', 'file.txt', '.bashrc', 'a\\.bashrc',
  'C:.bashrc', 'C:\\.bashrc', 'file.tar.gz', 'a..', '.a.', '..a', 'C:\\a..', 'C:\\...', 'a:b', 'a:', 'ab:',
  'ab:\\x', 'x/y:', 'x\\y:\\z', 'a\\..\\c:x', 'a/../c:', 'CON', 'con', 'CON:', 'con:x', 'nul:..\\x', 'NUL:\\..',
  'COM1:x', 'COM0:x', 'com9:', 'LPT1:a\\b', 'lpt\u00b9:', 'COM\u00b2:x', 'aux:', 'prn:..', 'nulx', 'conx\\',
  'aux\\', 'con.txt:', 'C:con:', 'x\\nul:', 'é:\\x', 'C:\\İ\\x', '\\foo', '/foo\\bar/', 'C:\\foo.\\bar.',
  'C:\\foo\\bar\\baz.js\\', 'C:\\foo\\bar\\baz.js\\\\', 'C:/x/./y/.', 'C:\\a b\\c d.e', '\\\\srv\\sh\\a.b.c',
  'c:\\node_modules\\.bin\\tsc.cmd',
];

for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'toNamespacedPath', 'resolve']) {
  for (const x of paths) show(`${fn}(${JSON.stringify(x)})`, () => w[fn](x));
}
for (const x of paths) show(`parse(${JSON.stringify(x)})`, () => w.parse(x));

const suffixes = ['.js', 'js', '', 'b', '\\', '/', 'C:', ':', 'c:b.js', '.JS', 'x.js\\'];
const suffixPaths = ['a.js', 'C:\\a\\b.js', 'C:b.js', 'C:', 'C:\\', 'C:\\\\', 'b', '\\b', 'b\\', 'C:b', 'x.js\\',
  '\\\\srv\\sh\\b.js', 'a.JS', '//'];
for (const x of suffixPaths) {
  for (const s of suffixes) show(`basename(${JSON.stringify(x)}, ${JSON.stringify(s)})`, () => w.basename(x, s));
}

const joins = [
  [], [''], ['.'], ['\\'], ['a', 'b'], ['a', '', 'b'], ['C:', 'x'], ['C:\\', 'x'], ['C:', '\\x'], ['c:', '..', 'x'],
  ['//server', 'share'], ['\\\\server', 'share'], ['\\\\server\\', 'share'], ['\\\\server\\share', 'x'],
  ['//', 'server', 'share'], ['///', 'server', 'share'], ['\\\\', 'a'], ['/', '/a'], ['//a', 'b'], ['//a/', 'b'],
  ['\\\\\\a', 'b'], ['', '//a', 'b'], ['a', '//b'], ['\\\\.\\', 'y'], ['\\\\?\\', 'C:', 'x'], ['C:\\a', '..\\..\\..'],
  ['a', '..', '..'], ['a', 'nul:'], ['nul:', 'x'], ['a', 'b:'], ['x', 'CON:..'], ['.', 'c:x'], ['a/..', 'c:'],
  ['foo', 'bar\\', '\\baz'], ['C:/foo', 'bar/baz'], ['\\\\srv\\sh\\', '..', '..', 'x'],
];
for (const args of joins) show(`join(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => w.join(...args));

const resolves = [
  [], [''], ['.'], ['..'], ['a', 'b'], ['C:\\x', 'y'], ['C:\\x', '\\y'], ['C:\\x', 'D:y'], ['C:\\x', 'c:y'],
  ['D:\\x', 'C:y'], ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'],
  ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'],
  ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['\\\\srv\\sh', 'x'], ['\\\\srv\\sh', 'C:x'],
  ['\\\\?\\C:\\a', '..\\..\\b'], ['\\\\.\\dev', 'x'], ['C:'], ['D:'], ['d:'], ['C:foo'], ['D:foo'], ['\\foo'],
  ['C:\\a', '\\\\srv\\sh\\x', 'y'], ['nul:'], ['a', 'C:', 'b'],
];
for (const args of resolves) show(`resolve(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => w.resolve(...args));

const relatives = [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'],
  ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'],
  ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', 'C:\\baz'], ['\\\\s\\x\\a', '\\\\s\\y\\a'], ['\\\\s\\x', '\\\\t\\x'],
  ['', ''], ['', 'C:\\'], ['a', 'b'], ['C:\\İ\\a', 'c:\\İ\\b'], ['C:\\a', 'C:\\İ'], ['\\a', '\\İ'], ['C:\\İİ', 'C:\\İİ\\a'],
  ['C:\\İ\\b', 'C:\\İ'], ['C:\\İ', 'D:\\İ'], ['c:\\Ä\\x', 'C:\\ä\\y'], ['C:\\x', 'C:\\X\\'], ['C:\\', 'C:\\'], ['C:', 'D:'],
];
for (const [a, b] of relatives) show(`relative(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => w.relative(a, b));

const formats = [
  {}, { root: 'C:\\' }, { dir: 'C:\\' }, { root: 'C:\\', base: 'x' }, { root: 'C:\\', dir: 'C:\\', base: 'x' },
  { root: 'C:\\', dir: 'C:\\a', base: 'x' }, { dir: 'a', base: 'x' }, { dir: 'a\\', base: 'x' },
  { name: 'x', ext: 'js' }, { name: 'x', ext: '.js' }, { root: '\\\\srv\\sh\\', name: 'n', ext: '.e' },
  { dir: '\\\\srv\\sh', base: 'f' }, { root: '/', base: 'x' }, { dir: 'C:', base: 'x' }, { root: 'C:', dir: 'C:', base: 'x' },
];
for (const o of formats) show(`format(${JSON.stringify(o)})`, () => w.format(o));

for (const x of ['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc', '',
  '\\\\server\\share\\file_path', '\\\\server two\\shared folder\\file path.zip', '\\\\teela\\admin$\\system32',
  '\\\\?\\UNC\\server\\share']) {
  show(`format(parse(${JSON.stringify(x)}))`, () => w.format(w.parse(x)));
}

// The working directory in other shapes: a UNC share, a relative one, and
// a POSIX one (what Linux and macOS give).
for (const dir of ['\\\\srv\\share\\dir', 'rel\\dir', '/home/me', 'D:\\']) {
  process.cwd = () => dir;
  for (const args of [[], ['x'], ['c:x'], ['D:x'], ['\\x'], ['..\\..\\..']]) {
    show(`[cwd ${JSON.stringify(dir)}] resolve(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => w.resolve(...args));
  }
  show(`[cwd ${JSON.stringify(dir)}] toNamespacedPath("x")`, () => w.toNamespacedPath('x'));
  show(`[cwd ${JSON.stringify(dir)}] relative("x", "y")`, () => w.relative('x', 'y'));
}

console.log('cases', count);
