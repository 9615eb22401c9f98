'use strict';
// os and console given wrong arguments.
const os = require('os');
const { Console } = require('console');
const { matrix, show } = require('./fixtures/check');

matrix('os.getPriority', (p) => typeof os.getPriority(p), [0],
       [undefined, null, 1.5, -1.5, NaN, 2 ** 31, -(2 ** 31) - 1, '0', {}, 10n, 2 ** 30]);
matrix('os.setPriority', (...a) => os.setPriority(...a), [0, 0],
       [null, 1.5, NaN, 2 ** 31, '0', {}, 10n, -21, 20, -(2 ** 31) - 1], [0, 1]);
show('os.setPriority(2 ** 30, 0)', () => os.setPriority(2 ** 30, 0));
show('os.getPriority(2 ** 30)', () => os.getPriority(2 ** 30));
show('os.setPriority()', () => os.setPriority());
matrix('os.userInfo', (o) => typeof os.userInfo(o).username, [{}],
       [undefined, null, 1, 'x', { encoding: 'buffer' }, { encoding: 'bogus' }, { encoding: 1 }, { encoding: null }, []]);
show('os.userInfo({encoding: "buffer"}) username', () => Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
for (const f of ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'homedir', 'hostname', 'loadavg',
                 'networkInterfaces', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  show(`typeof os.${f}(1, 2)`, () => typeof os[f](1, 2));
}
for (const f of ['arch', 'endianness', 'homedir', 'hostname', 'platform', 'release', 'tmpdir', 'type', 'uptime', 'version', 'machine', 'freemem', 'totalmem', 'availableParallelism']) {
  show(`typeof \`\${os.${f}}\``, () => typeof `${os[f]}`);
}

// Console
matrix('new Console', (o) => typeof new Console(o).log, [process.stdout],
       [undefined, null, 1, 'x', {}, { write: 1 }, { stdout: 1 }, { stdout: { write() {} }, stderr: 1 },
        { stdout: { write() {} }, ignoreErrors: 1 }, { stdout: { write() {} }, colorMode: 'x' },
        { stdout: { write() {} }, colorMode: true, inspectOptions: {} }, { stdout: { write() {} }, inspectOptions: 1 },
        { stdout: { write() {} }, inspectOptions: { colors: true } }, { stdout: { write() {} }, groupIndentation: -1 },
        { stdout: { write() {} }, groupIndentation: 1001 }, { stdout: { write() {} }, groupIndentation: '2' }]);
show('Console(process.stdout) without new', () => typeof Console(process.stdout).log);
const lines = [];
const sink = { write(s) { lines.push(s); } };
const c = new Console({ stdout: sink, stderr: sink });
matrix('c.table', (d, p) => { lines.length = 0; c.table(d, p); return lines.join('').length > 0; }, [[{ a: 1 }], ['a']],
       [undefined, null, 1, 'x', {}, [1], ['a', 1], new Set(['a'])], [1]);
matrix('c.time label', (l) => { c.time(l); c.timeEnd(l); return 'done'; }, ['x'], [undefined, null, 1, {}, Symbol('s')]);
show('c.timeEnd unknown', () => c.timeEnd('nope'));
show('c.timeLog unknown', () => c.timeLog('nope'));
show('c.countReset unknown', () => c.countReset('nope'));
show('c.count(Symbol)', () => c.count(Symbol('s')));
show('c.group then groupEnd twice', () => { c.group(); c.groupEnd(); c.groupEnd(); return 'done'; });
show('c.assert(false, Symbol)', () => { lines.length = 0; c.assert(false, Symbol('s')); return lines.join(''); });
show('c.dir(1, 1)', () => { lines.length = 0; c.dir({ a: { b: { c: { d: 1 } } } }, 1); return lines.join(''); });
show('c.dir(x, {depth: "x"})', () => { lines.length = 0; c.dir({ a: 1 }, { depth: 'x' }); return lines.join(''); });
process.on('warning', (w) => console.log('warning:', w.name, w.message));
