'use strict';

// internal/validators: ours against Node's (node --expose-internals). Every validator is called
// with a matrix of values and options; each result (return value, or thrown error's class, code
// and message) is printed.

const util = require('util');
const { impl } = require('./load');

const v = impl('internal/validators');

function show(x) {
  try {
    return util.inspect(x, { depth: 1, breakLength: Infinity });
  } catch {
    return '?';
  }
}

function run(label, fn) {
  let out;
  try {
    out = `returns ${show(fn())}`;
  } catch (e) {
    out = e instanceof Error ?
      `throws ${e.name} ${e.code} ${JSON.stringify(e.message)} stack0=${JSON.stringify(String(e.stack).split('\n')[0])}` :
      `throws non-error ${show(e)}`;
  }
  console.log(`${label}: ${out}`);
}

const signalLike = { aborted: false };
const values = [
  undefined, null, true, false, 0, -0, 1, -1, 1.5, -1.5, NaN, Infinity, -Infinity, 2 ** 31 - 1, 2 ** 31,
  -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
  1e21, 65535, 65536, 0n, 5n, '', ' ', '0', '80', '0x50', '1e3', '65536', '-1', ' 80 ', 'abc', '755', '0o755',
  '888', 'SIGTERM', 'sigterm', 'SIGFOO', 'hex', 'utf8', Symbol('s'), {}, [], ['a', 'b'], [true, 1],
  [false, true], ['a', 1], function f() {}, async function af() {}, () => {}, class K {}, new Map(),
  Object.create(null), Buffer.from('ab'), new Uint8Array(3), new DataView(new ArrayBuffer(2)),
  new ArrayBuffer(2), signalLike, [signalLike, {}], new Date(0), /re/,
];

const calls = [
  ['isInt32', (x) => v.isInt32(x)],
  ['isUint32', (x) => v.isUint32(x)],
  ['validateString', (x) => v.validateString(x, 'name')],
  ['validateString prop', (x) => v.validateString(x, 'options.name')],
  ['validateNumber', (x) => v.validateNumber(x, 'n')],
  ['validateNumber min', (x) => v.validateNumber(x, 'n', 0)],
  ['validateNumber min max', (x) => v.validateNumber(x, 'n', 0, 10)],
  ['validateNumber max', (x) => v.validateNumber(x, 'n', undefined, 10)],
  ['validateNumber null max', (x) => v.validateNumber(x, 'n', null, 10)],
  ['validateInteger', (x) => v.validateInteger(x, 'n')],
  ['validateInteger min', (x) => v.validateInteger(x, 'n', 0)],
  ['validateInteger range', (x) => v.validateInteger(x, 'n', 1, 10)],
  ['validateInt32', (x) => v.validateInt32(x, 'n')],
  ['validateInt32 range', (x) => v.validateInt32(x, 'n', 0, 100)],
  ['validateUint32', (x) => v.validateUint32(x, 'n')],
  ['validateUint32 positive', (x) => v.validateUint32(x, 'n', true)],
  ['validateBoolean', (x) => v.validateBoolean(x, 'flag')],
  ['validateObject', (x) => v.validateObject(x, 'options')],
  ['validateObject nullable', (x) => v.validateObject(x, 'options', v.kValidateObjectAllowNullable)],
  ['validateObject array', (x) => v.validateObject(x, 'options', v.kValidateObjectAllowArray)],
  ['validateObject function', (x) => v.validateObject(x, 'options', v.kValidateObjectAllowFunction)],
  ['validateObject objects', (x) => v.validateObject(x, 'options', v.kValidateObjectAllowObjects)],
  ['validateObject objects+null', (x) => v.validateObject(x, 'options', v.kValidateObjectAllowObjectsAndNull)],
  ['validateDictionary', (x) => v.validateDictionary(x, 'dict')],
  ['validateArray', (x) => v.validateArray(x, 'list')],
  ['validateArray min', (x) => v.validateArray(x, 'list', 2)],
  ['validateStringArray', (x) => v.validateStringArray(x, 'list')],
  ['validateBooleanArray', (x) => v.validateBooleanArray(x, 'list')],
  ['validateAbortSignalArray', (x) => v.validateAbortSignalArray(x, 'signals')],
  ['validateFunction', (x) => v.validateFunction(x, 'cb')],
  ['validatePlainFunction', (x) => v.validatePlainFunction(x, 'cb')],
  ['validateUndefined', (x) => v.validateUndefined(x, 'u')],
  ['validateOneOf', (x) => v.validateOneOf(x, 'mode', ['a', 'b', 1, null])],
  ['validateOneOf nums', (x) => v.validateOneOf(x, 'options.mode', [0, 1, 2])],
  ['validateUnion', (x) => v.validateUnion(x, 'type', ['dir', 'file'])],
  ['validateAbortSignal', (x) => v.validateAbortSignal(x, 'options.signal')],
  ['validateBuffer', (x) => v.validateBuffer(x)],
  ['validateBuffer named', (x) => v.validateBuffer(x, 'data')],
  ['validatePort', (x) => v.validatePort(x)],
  ['validatePort named', (x) => v.validatePort(x, 'options.port')],
  ['validatePort nozero', (x) => v.validatePort(x, 'port', false)],
  ['validateSignalName', (x) => v.validateSignalName(x)],
  ['validateSignalName named', (x) => v.validateSignalName(x, 'options.killSignal')],
  ['parseFileMode', (x) => v.parseFileMode(x, 'mode')],
  ['parseFileMode def', (x) => v.parseFileMode(x, 'mode', 0o666)],
  ['validateEncoding', (x) => v.validateEncoding('abc', x)],
  ['validateEncoding data', (x) => v.validateEncoding(x, 'hex')],
  ['validateInternalField', (x) => v.validateInternalField(x, 'aborted', 'AbortSignal')],
  ['validateFiniteNumber', (x) => v.validateFiniteNumber(x, 'n')],
  ['checkRangesOrGetDefault', (x) => v.checkRangesOrGetDefault(x, 'level', -1, 9, 5)],
];

for (const [label, fn] of calls) {
  for (const x of values) run(`${label}(${show(x)})`, () => fn(x));
}

for (const enc of ['hex', 'HEX', 'Hex', 'hEx', 'utf8', undefined, 'base64']) {
  run(`validateEncoding('abc', ${show(enc)})`, () => v.validateEncoding('abc', enc));
  run(`validateEncoding('abcd', ${show(enc)})`, () => v.validateEncoding('abcd', enc));
  run(`validateEncoding(buf3, ${show(enc)})`, () => v.validateEncoding(Buffer.alloc(3), enc));
}

console.log('constants', v.kValidateObjectNone, v.kValidateObjectAllowNullable, v.kValidateObjectAllowArray,
            v.kValidateObjectAllowFunction, v.kValidateObjectAllowObjects, v.kValidateObjectAllowObjectsAndNull);
const exported = Object.keys(v).filter((k) => k !== 'validateLinkHeaderValue').sort();
console.log('exports', exported.join(' '));
