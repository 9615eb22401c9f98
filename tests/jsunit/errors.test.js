'use strict';

// internal/errors: ours against Node's (node --expose-internals). Prints one line per case; the
// two runs must print the same text (see run.sh).

const util = require('util');
const { impl } = require('./load');

const errors = impl('internal/errors');
const { codes } = errors;

function noFrames(text) {
  return text.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
}

function firstLine(s) {
  return typeof s === 'string' ? s.split('\n')[0] : String(s);
}

function describeError(e) {
  if (!(e instanceof Error)) return `non-error ${util.inspect(e)}`;
  const keys = Object.keys(e).map((k) => {
    let v;
    try {
      v = util.inspect(e[k], { depth: 0 });
    } catch (x) {
      v = `<${x.message}>`;
    }
    return `${k}=${v}`;
  }).join(',');
  return [
    `ctor=${e.constructor && e.constructor.name}`,
    `name=${e.name}`,
    `code=${e.code}`,
    `message=${JSON.stringify(e.message)}`,
    `keys=[${keys}]`,
    `stack0=${JSON.stringify(firstLine(e.stack))}`,
    `toString=${JSON.stringify(String(e))}`,
  ].join(' | ');
}

function attempt(label, fn) {
  let out;
  try {
    out = `ok ${describeError(fn())}`;
  } catch (e) {
    out = `throws ${describeError(e)}`;
  }
  console.log(`${label}: ${out}`);
}

const nodeOnlyFree = (k) => k !== 'ERR_NOT_IMPLEMENTED' && k !== 'ERR_DLOPEN_FAILED' &&
  k !== 'ERR_UNHANDLED_REJECTION';

// 1. Every code of Node's, with placeholder arguments of several counts.
const allCodes = Object.keys(codes).filter(nodeOnlyFree);
console.log('codes:', allCodes.length);
console.log('order:', allCodes.join(' ') === allCodes.slice().sort().join(' '));
for (const key of allCodes) {
  const C = codes[key];
  const base = Object.getPrototypeOf(C.prototype).constructor.name;
  const others = Object.getOwnPropertyNames(C).filter((n) => !['length', 'name', 'prototype', 'HideStackFramesError'].includes(n));
  console.log(`# ${key} class=${C.name} base=${base} others=[${others}]`);
  for (const args of [[], ['A1'], ['A1', 'A2'], ['A1', 'A2', 'A3'], ['A1', 'A2', 'A3', 'A4'], ['A1', 'A2', 'A3', 'A4', 'A5']]) {
    if (base === 'SystemError') break;
    attempt(`${key}(${args.length})`, () => new C(...args));
  }
  for (const other of others) attempt(`${key}.${other}`, () => new C[other](...['x', 'y', 'z'].slice(0, 3)));
}

// 2. Placeholder formatting of non-string arguments.
const fmtValues = [1, -0, 1.5, 2n, true, null, undefined, { a: 1 }, [1, 2], Symbol('s'), () => {}, 'str'];
for (const v of fmtValues) {
  attempt(`ERR_INVALID_THIS(${util.inspect(v)})`, () => new codes.ERR_INVALID_THIS(v));
  attempt(`ERR_INSPECTOR_COMMAND(${util.inspect(v)})`, () => new codes.ERR_INSPECTOR_COMMAND(v, v));
  attempt(`ERR_SRI_PARSE(${util.inspect(v)})`, () => new codes.ERR_SRI_PARSE(v, v, v));
}

// 3. ERR_INVALID_ARG_TYPE: names, expected lists and received values.
class Foo {}
const received = [
  1, 0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 2n, -2n, true, false, null, undefined, 'x', '',
  'x'.repeat(28), 'x'.repeat(29), 'x'.repeat(100), "it's", 'a\nb', "a'b\nc", Symbol('q'), Symbol(),
  function foo() {}, function() {}, () => {}, class Bar {}, async function af() {}, {}, [], [1, 2],
  new Map(), new Set([1]), new Foo(), Object.create(null), Object.assign(Object.create(null), { a: 1 }),
  { constructor: null }, { constructor: { name: 'Q' } }, new Error('e'), new TypeError('t'), /re/g,
  new Date(0), Buffer.from('ab'), new Uint8Array(2), new Proxy({}, {}), Promise.resolve(),
  new (class extends Array {})(), Object.create(Array.prototype),
];
const expectations = [
  'string', ['string', 'Buffer', 'URL'], 'Foo', ['Foo', 'Bar'], 'object', 'Object', 'Function',
  'function', 'null', ['string', 'number', 'Foo', 'Bar', 'Object', 'null', 'function'],
  ['object', 'string'], ['Function', 'Buffer'], ['number', 'bigint'], ['Buffer', 'TypedArray', 'DataView'],
  ['a', 'b', 'c'], ['a', 'b'], 'Foo_bar', 'undefined', ['null', 'undefined'], 'a dictionary',
  "('a'|'b')", ['string', 'Error', 'TypeError'], 'Iterable', ['Promise', 'Buffer', 'a'], [],
  ['Object', 'Function', 'Foo'], 'symbol', ['boolean', 'bigint', 'symbol', 'number'],
];
for (const name of ['name', 'a.b', 'a.b.c', 'first argument', 'options.x[0]', 'n ']) {
  for (const exp of expectations) {
    attempt(`ARG_TYPE(${name}, ${JSON.stringify(exp)})`, () => new codes.ERR_INVALID_ARG_TYPE(name, exp, 1));
  }
}
for (const v of received) {
  let label;
  try {
    label = util.inspect(v, { depth: 0 }).slice(0, 40);
  } catch {
    label = '?';
  }
  attempt(`ARG_TYPE received ${label}`, () => new codes.ERR_INVALID_ARG_TYPE('x', 'string', v));
  attempt(`determineSpecificType ${label}`, () => {
    const err = new Error(errors.determineSpecificType(v));
    return err;
  });
}
attempt('ARG_TYPE bad name', () => new codes.ERR_INVALID_ARG_TYPE(1, 'string', 1));
attempt('ARG_TYPE bad expected', () => new codes.ERR_INVALID_ARG_TYPE('n', 1, 1));
attempt('ARG_TYPE bad expected entry', () => new codes.ERR_INVALID_ARG_TYPE('n', [1], 1));

// 4. ERR_INVALID_ARG_VALUE
for (const v of [1, 'a'.repeat(200), { a: 1, b: { c: { d: {} } } }, [1, 2, 3], undefined, function foo() {},
  Symbol('q'), new Map([[1, 2]]), { a: 'x'.repeat(200), b: 1 }, null, -0, 5n]) {
  attempt(`ARG_VALUE ${typeof v}`, () => new codes.ERR_INVALID_ARG_VALUE('x', v));
  attempt(`ARG_VALUE reason ${typeof v}`, () => new codes.ERR_INVALID_ARG_VALUE('x.y', v, 'must be a thing'));
  attempt(`ARG_VALUE.RangeError ${typeof v}`, () => new codes.ERR_INVALID_ARG_VALUE.RangeError('x', v));
}

// 5. ERR_OUT_OF_RANGE
for (const v of [11, 1000000, -1000000, 123456789012, 1234.5678, 2 ** 32, 2 ** 32 + 1, -(2 ** 32) - 1, 2n,
  2n ** 40n, -(2n ** 40n), 2n ** 33n, 2n ** 32n, 2n ** 32n + 1n, -(2n ** 32n), 1e21, -1e21, NaN, Infinity, -0,
  'str', { a: 1 }, [1], undefined, 1.5e15, 2 ** 53 + 2, -0.5, 100000.5]) {
  attempt(`OUT_OF_RANGE ${util.inspect(v)}`, () => new codes.ERR_OUT_OF_RANGE('x', '>= 0 and <= 10', v));
}
attempt('OUT_OF_RANGE replace', () => new codes.ERR_OUT_OF_RANGE('Custom text.', '>= 0', 1, true));
attempt('OUT_OF_RANGE no range', () => new codes.ERR_OUT_OF_RANGE('x', '', 1));

// 6. ERR_MISSING_ARGS, ERR_UNHANDLED_ERROR, return values, module errors.
const table = [
  ['ERR_MISSING_ARGS', ['a']], ['ERR_MISSING_ARGS', ['a', 'b']], ['ERR_MISSING_ARGS', ['a', 'b', 'c']],
  ['ERR_MISSING_ARGS', [['a', 'b']]], ['ERR_MISSING_ARGS', [['a', 'b'], 'c']],
  ['ERR_MISSING_ARGS', [['a', 'b', 'c'], 'd']], ['ERR_MISSING_ARGS', []],
  ['ERR_UNHANDLED_ERROR', []], ['ERR_UNHANDLED_ERROR', ['foo']], ['ERR_UNHANDLED_ERROR', [42]],
  ['ERR_UNHANDLED_ERROR', [{ a: 1 }]], ['ERR_UNHANDLED_ERROR', [undefined]], ['ERR_UNHANDLED_ERROR', [null]],
  ['ERR_UNHANDLED_ERROR', [new Error('x')]], ['ERR_UNHANDLED_ERROR', [Symbol('s')]],
  ['ERR_INVALID_RETURN_VALUE', ['an object', 'foo', undefined]], ['ERR_INVALID_RETURN_VALUE', ['an object', 'foo', new Map()]],
  ['ERR_INVALID_RETURN_VALUE', ['an object', 'foo', 5]], ['ERR_INVALID_RETURN_VALUE', ['an object', 'foo', function f() {}]],
  ['ERR_INVALID_RETURN_PROPERTY', ['string', 'hook', 'prop', 5]],
  ['ERR_INVALID_RETURN_PROPERTY_VALUE', ['string', 'hook', 'prop', null]],
  ['ERR_REQUIRE_ESM', ['/a/b.js']], ['ERR_REQUIRE_ESM', ['/a/b.js', true]],
  ['ERR_REQUIRE_ESM', ['/a/b.js', true, '/a/c.js']], ['ERR_REQUIRE_ESM', ['/a/b.mjs', true, '/a/c.js']],
  ['ERR_REQUIRE_ESM', ['/x/a.js', true, '/y/b.js', '/y/package.json']],
  ['ERR_REQUIRE_ESM', ['/x/a.js', false, '/y/b.js', '/y/package.json']],
  ['ERR_REQUIRE_ESM', ['/x/a.js', false, '/y/a.js', '/y/package.json']],
  ['ERR_REQUIRE_ESM', ['/x/a.js', true, '/y/a.js', '/y/package.json']],
  ['ERR_REQUIRE_ESM', ['/x/a.mjs', true, '/y/b.js', '/y/package.json']],
  ['ERR_INVALID_PACKAGE_CONFIG', ['/p/package.json', undefined, 'msg']],
  ['ERR_INVALID_PACKAGE_CONFIG', ['/p/package.json', '/base', 'msg']],
  ['ERR_INVALID_PACKAGE_CONFIG', ['/p/package.json', '/base', undefined]],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', './x', false, '/base']],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', 'x', false, '/base']],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', 'x', false]],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', './sub', 'x', false]],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', './sub', { a: 1 }, false]],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '#imp', 'x', true, '/base']],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '#imp', 'x']],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', 'x', true]],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', '.']], ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', '.', '/base']],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', './sub', '/base']], ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', './sub']],
  ['ERR_PACKAGE_IMPORT_NOT_DEFINED', ['#a', '/p/', '/base']], ['ERR_PACKAGE_IMPORT_NOT_DEFINED', ['#a', undefined, '/base']],
  ['ERR_INVALID_MODULE_SPECIFIER', ['x', 'is bad']], ['ERR_INVALID_MODULE_SPECIFIER', ['x', 'is bad', '/base']],
  ['ERR_UNSUPPORTED_DIR_IMPORT', ['/d', '/base', 'file:///d/index.js']], ['ERR_UNSUPPORTED_DIR_IMPORT', ['/d', '/base', undefined]],
  ['ERR_MODULE_NOT_FOUND', ['/d', '/base', 'file:///x']], ['ERR_MODULE_NOT_FOUND', ['/d', '/base', false]],
  ['ERR_BUFFER_OUT_OF_BOUNDS', []], ['ERR_BUFFER_OUT_OF_BOUNDS', ['offset']], ['ERR_BUFFER_OUT_OF_BOUNDS', ['']],
  ['ERR_INVALID_CHAR', ['header content']], ['ERR_INVALID_CHAR', ['header content', 'foo']],
  ['ERR_INVALID_URL', ['abc']], ['ERR_INVALID_URL', ['abc', 'http://base']], ['ERR_INVALID_URL', []],
  ['ERR_INVALID_URL_SCHEME', ['file']], ['ERR_INVALID_URL_SCHEME', [['file', 'data']]],
  ['ERR_INVALID_URL_SCHEME', [['file', 'data', 'http']]],
  ['ERR_FALSY_VALUE_REJECTION', [null]], ['ERR_FALSY_VALUE_REJECTION', [0]],
  ['ERR_ACCESS_DENIED', ['msg', 'FileSystemRead', '/etc']], ['ERR_ACCESS_DENIED', ['msg']],
  ['ERR_SOCKET_BAD_PORT', ['options.port', 70000]], ['ERR_SOCKET_BAD_PORT', ['options.port', 'abc', false]],
  ['ERR_SOCKET_BAD_PORT', ['options.port', 1, 'x']],
  ['ERR_INVALID_ADDRESS_FAMILY', ['IPv5', 'localhost', 80]], ['ERR_INVALID_FD', [-1]],
  ['ERR_UNKNOWN_FILE_EXTENSION', ['.foo', '/a/b.foo']], ['ERR_UNKNOWN_FILE_EXTENSION', ['.foo', '/a/b.foo', 'x']],
  ['ERR_UNSUPPORTED_ESM_URL_SCHEME', [new URL('foo:bar'), ['file', 'data']]],
  ['ERR_UNSUPPORTED_ESM_URL_SCHEME', [new URL('foo:bar'), ['file', 'data', 'node']]],
  ['ERR_WORKER_INVALID_EXEC_ARGV', [['--a', '--b']]], ['ERR_WORKER_INVALID_EXEC_ARGV', [['--a'], 'custom']],
  ['ERR_WORKER_PATH', ['x.js']], ['ERR_WORKER_PATH', ['file://x.js']], ['ERR_WORKER_PATH', ['data:text/javascript,1']],
  ['ERR_TLS_CERT_ALTNAME_INVALID', ['reason', 'host', 'cert']],
  ['ERR_TEST_FAILURE', [new Error('e'), 'testCodeFailure']], ['ERR_TEST_FAILURE', [{ a: 1 }, 'x']],
  ['ERR_TEST_FAILURE', ['str', 5]], ['ERR_TEST_FAILURE', [undefined, 'x']],
  ['ERR_VM_MODULE_LINK_FAILURE', ['msg', new Error('c')]],
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', ['--foo', true]], ['ERR_PARSE_ARGS_UNKNOWN_OPTION', ['--foo', false]],
  ['ERR_HTTP2_STREAM_CANCEL', [new Error('boom')]], ['ERR_HTTP2_STREAM_CANCEL', [undefined]],
  ['ERR_HTTP2_INVALID_SETTING_VALUE', ['n', 5]], ['ERR_HTTP2_INVALID_SETTING_VALUE', ['n', 5, 1, 2]],
  ['ERR_ENCODING_INVALID_ENCODED_DATA', ['utf8', 5]],
  ['ERR_MANIFEST_ASSERT_INTEGRITY', ['file:///x', new Map([['sha', 'x']])]],
  ['ERR_MANIFEST_ASSERT_INTEGRITY', ['file:///x', new Map()]],
  ['ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', ['h3', ['h2', 'h1']]],
  ['ERR_REQUIRE_ASYNC_MODULE', ['/a.mjs', '/b.js']], ['ERR_REQUIRE_ASYNC_MODULE', [undefined, undefined]],
  ['ERR_INTERNAL_ASSERTION', [undefined]], ['ERR_INTERNAL_ASSERTION', ['oops']],
  ['ERR_INVALID_MIME_SYNTAX', ['type', 'x/y', 3]], ['ERR_INVALID_MIME_SYNTAX', ['type', 'x/y', -1]],
  ['ERR_INVALID_STATE', ['x']], ['ERR_METHOD_NOT_IMPLEMENTED', ['_read()']], ['ERR_MULTIPLE_CALLBACK', []],
  ['ERR_STREAM_PREMATURE_CLOSE', []], ['ERR_STREAM_WRITE_AFTER_END', []], ['ERR_STREAM_DESTROYED', ['write']],
  ['ERR_STREAM_NULL_VALUES', []], ['ERR_STREAM_PUSH_AFTER_EOF', []], ['ERR_STREAM_UNSHIFT_AFTER_END_EVENT', []],
  ['ERR_STREAM_CANNOT_PIPE', []], ['ERR_STREAM_ALREADY_FINISHED', ['end']], ['ERR_UNKNOWN_ENCODING', ['latin9']],
  ['ERR_UNKNOWN_SIGNAL', ['SIGFOO']], ['ERR_INVALID_FILE_URL_PATH', ['must be absolute']],
  ['ERR_INVALID_FILE_URL_HOST', ['linux']], ['ERR_UNKNOWN_BUILTIN_MODULE', ['nope']],
  ['ERR_ILLEGAL_CONSTRUCTOR', []], ['ERR_INVALID_BUFFER_SIZE', ['16-bits']], ['ERR_ASSERTION', ['boom']],
  ['ERR_EVENT_RECURSION', ['foo']], ['ERR_INVALID_ASYNC_ID', ['triggerAsyncId', -2]],
  ['ERR_UNAVAILABLE_DURING_EXIT', []], ['ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', ['x']],
  ['ERR_OPERATION_FAILED', ['x']], ['ERR_HTTP_CONTENT_LENGTH_MISMATCH', [1, 2]],
];
for (const [key, args] of table) attempt(`${key}${util.inspect(args, { breakLength: Infinity })}`, () => new codes[key](...args));

// 7. System errors (SystemError).
for (const ctx of [
  { code: 'ENOENT', message: 'no such file', errno: -2, syscall: 'open', path: '/a', dest: '/b' },
  { code: 'ENOENT', message: 'm', syscall: 'open' },
  { code: 'E', message: 'm', syscall: 's', dest: 'd' },
  {},
]) {
  for (const key of ['ERR_SYSTEM_ERROR', 'ERR_FS_CP_EINVAL', 'ERR_TTY_INIT_FAILED', 'ERR_SOCKET_BUFFER_SIZE', 'ERR_FS_EISDIR']) {
    attempt(`${key} ${JSON.stringify(ctx)}`, () => new codes[key]({ ...ctx }));
  }
  const s = new codes.ERR_SYSTEM_ERROR({ ...ctx });
  s.errno = 5;
  s.syscall = 'x';
  if ('path' in s) s.path = 'zz';
  if ('dest' in s) s.dest = null;
  console.log('system error after sets:', util.inspect(s.info), s.errno, s.syscall, s.path, s.dest,
              noFrames(util.inspect(s)));
}
attempt('ERR_SYSTEM_ERROR()', () => new codes.ERR_SYSTEM_ERROR());

// 8. Class shapes.
{
  const E = codes.ERR_INVALID_ARG_TYPE;
  const e = new E('x', 'string', 1);
  console.log('shape', E.name, E.length, E.prototype.constructor === TypeError, e.constructor === TypeError,
              e instanceof E, e instanceof TypeError, e instanceof Error, e[errors.kIsNodeError],
              String(errors.kIsNodeError), Object.getOwnPropertyNames(E.prototype),
              Object.getOwnPropertySymbols(E.prototype).map(String), Object.getPrototypeOf(E) === TypeError,
              Object.getOwnPropertyNames(e), JSON.stringify(e), Object.keys(E));
  console.log('toString', E.prototype.toString.call({ name: 'N', code: 'C', message: 'M' }));
  const desc = Object.getOwnPropertyDescriptors(e);
  for (const k of ['code', 'message', 'stack']) {
    const d = desc[k];
    console.log('desc', k, d.writable, d.enumerable, d.configurable, typeof d.value);
  }
  const H = E.HideStackFramesError;
  const h = new H('x', 'string', 1);
  console.log('hide', H.name, h instanceof E, h.constructor.name, firstLine(h.stack), h.code);
  console.log('inspect', noFrames(util.inspect(e)));
  console.log('inspect url', noFrames(util.inspect(new codes.ERR_INVALID_URL('a', 'b'))));
  const s = new codes.ERR_SYSTEM_ERROR({ code: 'ENOENT', message: 'm', errno: -2, syscall: 'open', path: '/a' });
  console.log('system', codes.ERR_SYSTEM_ERROR.name, Object.getPrototypeOf(codes.ERR_SYSTEM_ERROR).name,
              s.name, s[errors.kIsNodeError], Object.getOwnPropertyNames(s), s instanceof Error,
              Object.getOwnPropertyNames(Object.getPrototypeOf(codes.ERR_SYSTEM_ERROR).prototype),
              Object.getPrototypeOf(Object.getPrototypeOf(codes.ERR_SYSTEM_ERROR).prototype) === Error.prototype);
  const sd = Object.getOwnPropertyDescriptors(s);
  for (const k of ['code', 'name', 'message', 'info', 'errno', 'syscall', 'path']) {
    const d = sd[k];
    console.log('sysdesc', k, d.writable, d.enumerable, d.configurable, 'get' in d);
  }
}

// 9. System error helpers (errno -> code and description from the uv binding).
const sysCases = [
  () => new errors.UVException({ errno: -2, syscall: 'open', path: 'missing.txt' }),
  () => new errors.UVException({ errno: -2, syscall: 'rename', path: 'a', dest: 'b' }),
  () => new errors.UVException({ errno: -2, syscall: 'open', path: 'a', message: 'custom', foo: 1 }),
  () => new errors.UVException({ errno: -99999, syscall: 'open' }),
  () => new errors.UVException({ errno: -2, syscall: 'open', path: Buffer.from('p'), dest: Buffer.from('d') }),
  () => new errors.UVException({ syscall: 'open', errno: -13, code: 'EACCES' }),
  () => new errors.UVException({ syscall: 'open', errno: -13, path: '' }),
  () => new errors.ErrnoException(-2, 'open'),
  () => new errors.ErrnoException(-2, 'open', 'original'),
  () => new errors.ErrnoException(-111, 'connect'),
  () => new errors.ErrnoException('ENOENT', 'open'),
  () => new errors.ErrnoException(2, 'open'),
  () => new errors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80),
  () => new errors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 0),
  () => new errors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'extra'),
  () => new errors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1'),
  () => new errors.ExceptionWithHostPort(-111, 'connect'),
  () => new errors.UVExceptionWithHostPort(-111, 'connect', '::1', 80),
  () => new errors.UVExceptionWithHostPort(-111, 'connect', '::1'),
  () => new errors.UVExceptionWithHostPort(-424242, 'connect', '::1', 1),
  () => new errors.DNSException('ENOTFOUND', 'getaddrinfo', 'nohost.invalid'),
  () => new errors.DNSException(-3008, 'getaddrinfo', 'nohost.invalid'),
  () => new errors.DNSException(-3007, 'getaddrinfo', 'x'),
  () => new errors.DNSException(-3001, 'getaddrinfo', 'x'),
  () => new errors.DNSException(-2, 'queryA', 'x'),
  () => new errors.DNSException('ESERVFAIL', 'queryA'),
  () => new errors.ConnResetException('socket hang up'),
];
sysCases.forEach((f, i) => {
  attempt(`sys#${i}`, f);
  try {
    const e = f();
    console.log(`sys#${i} proto`, Object.getPrototypeOf(e) === Error.prototype, e.constructor === Error,
                e instanceof Error, JSON.stringify(e), noFrames(util.inspect(e)));
  } catch {
    // printed above
  }
});
console.log('lengths', errors.ErrnoException.length, errors.UVException.length,
            errors.ExceptionWithHostPort.length, errors.DNSException.length);

// 10. AbortError, aggregateTwoErrors, genericNodeError, hideStackFrames, misc.
attempt('AbortError()', () => new errors.AbortError());
attempt('AbortError(m, cause)', () => new errors.AbortError('m', { cause: 1 }));
attempt('AbortError(m, 5)', () => new errors.AbortError('m', 5));
attempt('AbortError(m, null)', () => new errors.AbortError('m', null));
attempt('AbortError(undefined, {})', () => new errors.AbortError(undefined, {}));
{
  const a = new errors.AbortError('m', { cause: 'c' });
  console.log('abort', errors.AbortError.name, Object.getPrototypeOf(errors.AbortError) === Error,
              a.constructor === errors.AbortError, util.inspect(Object.getOwnPropertyDescriptor(a, 'cause')),
              noFrames(util.inspect(new errors.AbortError())), Object.getOwnPropertyNames(a));
}
{
  const a = errors.aggregateTwoErrors(new Error('a'), new Error('b'));
  console.log('agg', a.constructor.name, a.message, a.errors.map((x) => x.message), a.code, Object.keys(a));
  console.log('agg2', errors.aggregateTwoErrors(null, new Error('b')).message,
              errors.aggregateTwoErrors(new Error('a'), null).message);
  const same = new Error('s');
  console.log('agg3', errors.aggregateTwoErrors(same, same) === same);
  const ie = new Error('i');
  const oe = new Error('o');
  oe.code = 'X';
  const ag = errors.aggregateTwoErrors(ie, oe);
  console.log('agg4', ag.code, ag.message, ag.errors.map((x) => x.message));
  console.log('agg5', errors.aggregateTwoErrors(new Error('z'), ag) === ag, ag.errors.map((x) => x.message));
  console.log('agg6', errors.aggregateTwoErrors(undefined, undefined), errors.aggregateTwoErrors('s', 0));
  const g = errors.genericNodeError('msg', { code: 'C', foo: 1 });
  console.log('generic', g.constructor.name, Object.keys(g), firstLine(g.stack), String(g));
  const fn = function foo(a, b) { return this === undefined ? a + b : this.v + a + b; };
  const h = errors.hideStackFrames(fn);
  console.log('hide', typeof h, h(1, 2), h.call({ v: 1 }, 1, 2), typeof h.withoutStackTrace,
              h.withoutStackTrace(2, 3));
  console.log('limitWritable', errors.isErrorStackTraceLimitWritable());
}

// 11. Internal assertion message for a wrong argument count.
attempt('ERR_INVALID_THIS()', () => new codes.ERR_INVALID_THIS());
attempt('ERR_INVALID_THIS(a, b)', () => new codes.ERR_INVALID_THIS('a', 'b'));
attempt('ERR_REQUIRE_ESM(a)', () => new codes.ERR_REQUIRE_ESM('a'));
