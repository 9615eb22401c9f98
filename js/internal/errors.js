'use strict';

// internal/errors — the one place that builds Node's errors.
//
// Every `ERR_*` error a built-in throws is made here, with Node v20's code, class and message.
// `codes.ERR_X` is a class (named NodeError, as in Node) that extends Error, TypeError, RangeError,
// ... and reports `name` as its base class's name. Its `stack` (and `toString()`) begin with
// `TypeError [ERR_X]: message`: while the stack string is materialised the error carries a
// temporary own `name` that includes the code (goja and V8 both format the stack header from the
// error's name and message at the first read of `stack`).
//
// System errors (`ENOENT: no such file or directory, open 'x'`) are built by UVException,
// ErrnoException, ExceptionWithHostPort, UVExceptionWithHostPort and DNSException. Their code and
// description come from the caller's context or from internalBinding('uv').getErrorMap()
// (a Map errno -> [code, description]) and internalBinding('uv').errname(errno).
//
// util.inspect is needed for some "Received ..." texts. It is required lazily (inside the functions
// that need it) because internal/util/inspect itself depends on this module.

const kIsNodeError = Symbol('kIsNodeError');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const messages = new Map();
const codes = {};

const kInternalAssertionSuffix =
  'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

// ---------------------------------------------------------------------------------------------
// Lazy dependencies

let inspectModule = null;
function lazyInspectModule() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function inspect(value, options) {
  return lazyInspectModule().inspect(value, options);
}

let bufferCtor = null;
function lazyBuffer() {
  if (bufferCtor === null) {
    bufferCtor = typeof globalThis.Buffer === 'function' ? globalThis.Buffer : require('buffer').Buffer;
  }
  return bufferCtor;
}

let pathModule = null;
function lazyPath() {
  if (pathModule === null) pathModule = require('path');
  return pathModule;
}

// internalBinding('uv'): errname(errno) and getErrorMap() (Map errno -> [code, description]).
let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) {
    uvBinding = null;
    try {
      if (typeof internalBinding === 'function') uvBinding = internalBinding('uv') || null;
    } catch {
      uvBinding = null;
    }
  }
  return uvBinding;
}

let uvErrmap;
function uvErrmapGet(errno) {
  if (uvErrmap === undefined) {
    uvErrmap = null;
    const uv = lazyUv();
    if (uv !== null && typeof uv.getErrorMap === 'function') {
      try {
        uvErrmap = uv.getErrorMap();
      } catch {
        uvErrmap = null;
      }
    }
  }
  if (uvErrmap === null) return undefined;
  return uvErrmap.get(errno);
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

function uvErrname(errno) {
  const mapped = uvErrmapGet(errno);
  if (mapped !== undefined) return mapped[0];
  const uv = lazyUv();
  if (uv !== null && typeof uv.errname === 'function') return uv.errname(errno);
  return `Unknown system error ${errno}`;
}

// util.getSystemErrorName semantics: a negative integer errno -> its code name.
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  // No errno is below the int32 range (the binding takes an int32).
  if (err < -2147483648) return `Unknown system error ${err}`;
  return uvErrname(err);
}

function uvConstant(name, fallback) {
  const uv = lazyUv();
  if (uv !== null && typeof uv[name] === 'number') return uv[name];
  return fallback;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function assert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

// Error.stackTraceLimit can be changed (own writable data property or a setter), or added.
function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

const kStackFrameStart = /\n\s+at /;

// Whether an Error subclass constructor's own frame is left out of the stack (V8 skips frames up
// to new.target; goja keeps the constructor's frame).
const kEngineSkipsConstructorFrames = (() => {
  class Probe extends Error {
    constructor() {
      super();
    }
  }
  function probeCaller() {
    return new Probe();
  }
  const stack = probeCaller().stack;
  if (typeof stack !== 'string') return true;
  const m = kStackFrameStart.exec(stack);
  return m !== null && stack.slice(m.index + 1).split('\n')[0].includes('probeCaller');
})();

// Materialise err.stack with the header `${displayName}: ${message}` (displayName is e.g.
// `TypeError [ERR_X]`). The stack is formatted on first read from the error's current name and
// message, so a temporary own `name` gives the header; the original `name` is restored.
function materializeStack(err, displayName, constructorFn) {
  // Where the host has V8's Error.captureStackTrace, drop the error constructors' own frames
  // (V8's Error constructor already skips up to new.target; goja's does not).
  if (typeof Error.captureStackTrace === 'function' && kEngineSkipsConstructorFrames === false) {
    try {
      Error.captureStackTrace(err, constructorFn);
    } catch {
      // Keep the engine's stack.
    }
  }
  const nameDesc = Object.getOwnPropertyDescriptor(err, 'name');
  Object.defineProperty(err, 'name', {
    __proto__: null, value: displayName, writable: true, enumerable: false, configurable: true,
  });
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  } finally {
    if (nameDesc === undefined) delete err.name;
    else Object.defineProperty(err, 'name', nameDesc);
  }
  if (typeof stack !== 'string') return;
  const message = err.message;
  const header = message === '' || message === undefined ? displayName : `${displayName}: ${message}`;
  if (stack.startsWith(header)) return;
  // The engine computed the header elsewhere (e.g. eagerly): replace everything before the frames.
  const m = kStackFrameStart.exec(stack);
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    value: m === null ? header : header + stack.slice(m.index),
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

function countPlaceholders(msg) {
  let n = 0;
  for (let i = 0; i < msg.length - 1; i++) {
    if (msg.charCodeAt(i) === 37 /* % */) {
      const c = msg[i + 1];
      if (c === 'd' || c === 'f' || c === 'i' || c === 'j' || c === 'o' || c === 'O' || c === 's') n++;
    }
  }
  return n;
}

function simpleFormatArg(arg) {
  switch (typeof arg) {
    case 'string': return arg;
    case 'number': return arg === 0 && 1 / arg < 0 ? '-0' : `${arg}`;
    case 'bigint': return `${arg}n`;
    case 'boolean':
    case 'undefined':
      return `${arg}`;
    default:
      return arg === null ? 'null' : undefined;
  }
}

// util.format for the templates in the table; primitives with %s are formatted here, anything
// else goes to internal/util/inspect's format.
function formatMessage(msg, args) {
  let simple = true;
  for (let i = 0; i < msg.length - 1 && simple; i++) {
    if (msg.charCodeAt(i) === 37 && msg[i + 1] !== 's') simple = false;
  }
  const parts = simple ? [] : null;
  if (simple) {
    for (let i = 0; i < args.length; i++) {
      const s = simpleFormatArg(args[i]);
      if (s === undefined) {
        simple = false;
        break;
      }
      parts.push(s);
    }
  }
  if (!simple) return lazyInspectModule().format(msg, ...args);
  let out = '';
  let k = 0;
  let last = 0;
  for (let i = 0; i < msg.length - 1; i++) {
    if (msg.charCodeAt(i) === 37 && msg[i + 1] === 's') {
      out += msg.slice(last, i) + parts[k++];
      last = i + 2;
      i++;
    }
  }
  return out + msg.slice(last);
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    assert(
      msg.length <= args.length, // fn.length leaves out parameters that have defaults
      `Code: ${key}; The provided arguments length (${args.length}) does not ` +
        `match the required ones (${msg.length}).`,
    );
    return Reflect.apply(msg, self, args);
  }
  const expectedLength = countPlaceholders(msg);
  assert(
    expectedLength === args.length,
    `Code: ${key}; The provided arguments length (${args.length}) does not ` +
      `match the required ones (${expectedLength}).`,
  );
  if (args.length === 0) return msg;
  return formatMessage(msg, args);
}

// ---------------------------------------------------------------------------------------------
// Error classes

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = key;
      const message = getMessage(key, args, this);
      defineHidden(this, 'message', message);
      materializeStack(this, `${this.name} [${key}]`, new.target);
    }
  }
  Object.defineProperties(NodeError.prototype, {
    constructor: {
      __proto__: null,
      get() { return Base; },
      enumerable: false,
      configurable: true,
    },
    toString: {
      __proto__: null,
      value() { return `${this.name} [${key}]: ${this.message}`; },
      writable: true,
      enumerable: false,
      configurable: true,
    },
    [kIsNodeError]: {
      __proto__: null,
      get() { return true; },
      enumerable: false,
      configurable: true,
    },
  });
  // Node throws this subclass from validators wrapped by hideStackFrames; here it behaves the same
  // as NodeError.
  class HideStackFramesError extends NodeError {}
  Object.defineProperty(HideStackFramesError.prototype, 'constructor', {
    __proto__: null,
    get() { return Base; },
    enumerable: false,
    configurable: true,
  });
  NodeError.HideStackFramesError = HideStackFramesError;
  return NodeError;
}

// A SystemError has an `info` object (code, message, errno, syscall, path, dest) and
// errno/syscall/path/dest accessors that read and write it.
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: {
        __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
      },
      name: {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
      },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        __proto__: null,
        get() { return context.path != null ? context.path.toString() : context.path; },
        set(value) { context.path = value ? lazyBuffer().from(value.toString()) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        __proto__: null,
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set(value) { context.dest = value ? lazyBuffer().from(value.toString()) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    materializeStack(this, `SystemError [${key}]`, new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // util.inspect shows the values behind the errno/syscall/path/dest accessors.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// Gives a class's prototype a `constructor` getter that answers `Error`, as Node's system error
// classes do (so util.inspect prints them as plain `Error: ...`).
function reportAsError(Class) {
  Object.defineProperty(Class.prototype, 'constructor', {
    __proto__: null,
    get() { return Error; },
    enumerable: false,
    configurable: true,
  });
  return Class;
}

function makeCodeClass(sym, Base, otherClasses) {
  const def = Base === SystemError ? makeSystemErrorWithCode(sym) : makeNodeErrorWithCode(Base, sym);
  for (let i = 0; i < otherClasses.length; i++) {
    const clazz = otherClasses[i];
    def[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  }
  return def;
}

function setCode(sym, value) {
  Object.defineProperty(codes, sym, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

// codes[sym] as an accessor that builds the class on first use and then becomes a plain data
// property. Building all the classes up front costs milliseconds of start-up in goja.
function defineLazyCode(sym, Base, otherClasses) {
  Object.defineProperty(codes, sym, {
    __proto__: null,
    get() {
      const clazz = makeCodeClass(sym, Base, otherClasses);
      setCode(sym, clazz);
      return clazz;
    },
    set(value) {
      setCode(sym, value);
    },
    enumerable: true,
    configurable: true,
  });
}

// While this module initialises, codes are collected here (sym, Base, otherClasses, prebuilt
// class) and defined at the end in alphabetical order, the order of Node's `codes`.
let pendingCodes = [];

function register(sym, val, Base, otherClasses) {
  messages.set(sym, val);
  if (pendingCodes !== null) pendingCodes.push([sym, Base, otherClasses, null]);
  else defineLazyCode(sym, Base, otherClasses);
}

// E(code, message, Base, ...otherBases): registers an error code. `message` is a util.format
// template or a function of the constructor's arguments (called with the error as `this`).
// codes[code] is a class extending Base, and codes[code][Other.name] one extending each other
// base.
function E(sym, val, def, ...otherClasses) {
  register(sym, val, def, otherClasses);
}

// ---------------------------------------------------------------------------------------------
// "Received ..." texts

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string': {
      let s = value;
      if (s.length > 28) s = `${s.slice(0, 25)}...`;
      if (s.indexOf("'") === -1) return `type string ('${s}')`;
      return `type string (${JSON.stringify(s)})`;
    }
    default:
      return `type ${type} (${String(value)})`;
  }
}

// Values of these typeof names are described as "of type x"; 'Function' and 'Object' are
// lower-cased.
const kTypes = [
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol',
];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

// "a, b, or c" / "a or b" / "a".
function orList(items) {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

// ERR_INVALID_ARG_TYPE's message. `expected` names typeof results ("of type string"), classes
// (capitalised words: "an instance of Buffer") and anything else (printed as given).
function invalidArgTypeMessage(name, expected, actual) {
  assert(typeof name === 'string', "'name' must be a string");
  const list = Array.isArray(expected) ? expected : [expected];

  const types = [];
  const instances = [];
  const other = [];
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    assert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      assert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }
  // With classes listed, plain objects are spoken of as "an instance of ... Object".
  if (instances.length > 0) {
    const objectAt = types.indexOf('object');
    if (objectAt !== -1) {
      types.splice(objectAt, 1);
      instances.push('Object');
    }
  }

  const parts = [];
  if (types.length > 0) parts.push(`${types.length === 1 ? 'of type' : 'one of type'} ${orList(types)}`);
  if (instances.length > 0) parts.push(`an instance of ${orList(instances)}`);
  if (other.length === 1) {
    // "an Foo_bar" for names with capitals, "null" / "a dictionary" as they are.
    parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  } else if (other.length > 1) {
    parts.push(`one of ${orList(other)}`);
  }

  // 'first argument'-style names are used as they are.
  const subject = name.endsWith(' argument') ?
    name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `The ${subject} must be ${parts.join(' or ')}. Received ${determineSpecificType(actual)}`;
}

// `1_000_000`-style grouping, as Node prints large integers in range errors. Works on the text,
// so '1e+21' becomes '1e_+21' as in Node.
function addNumericalSeparator(text) {
  const sign = text[0] === '-' ? '-' : '';
  let rest = sign === '' ? text : text.slice(1);
  const groups = [];
  while (rest.length > 3) {
    groups.unshift(rest.slice(-3));
    rest = rest.slice(0, -3);
  }
  groups.unshift(rest);
  return sign + groups.join('_');
}

function formatList(array, type = 'and') {
  return array.length < 3 ?
    Array.prototype.join.call(array, ` ${type} `) :
    `${Array.prototype.join.call(Array.prototype.slice.call(array, 0, -1), ', ')}, ${type} ${array[array.length - 1]}`;
}

// An approximation of V8's side-effect-free ToString, used for unhandled rejection reasons.
function getDataProperty(obj, key) {
  let o = obj;
  for (let depth = 0; o !== null && depth < 1000; depth++) {
    let desc;
    try {
      desc = Object.getOwnPropertyDescriptor(o, key);
    } catch {
      return undefined;
    }
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
    try {
      o = Object.getPrototypeOf(o);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function noSideEffectsToString(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return value === 0 ? '0' : String(value);
    case 'symbol': return value.toString();
    case 'function':
      try {
        return Function.prototype.toString.call(value);
      } catch {
        return 'function';
      }
    case 'object': {
      if (value === null) return 'null';
      const toString = getDataProperty(value, 'toString');
      if (value instanceof Error || toString === Error.prototype.toString) {
        let name = getDataProperty(value, 'name');
        let message = getDataProperty(value, 'message');
        name = name === undefined ? 'Error' : String(name);
        message = message === undefined ? '' : String(message);
        if (name === '') return message;
        if (message === '') return name;
        return `${name}: ${message}`;
      }
      if (toString === Object.prototype.toString) {
        const ctor = getDataProperty(value, 'constructor');
        if (typeof ctor === 'function') {
          const ctorName = getDataProperty(ctor, 'name');
          if (typeof ctorName === 'string' && ctorName !== '') return `#<${ctorName}>`;
        }
      }
      let tag = getDataProperty(value, Symbol.toStringTag);
      if (typeof tag !== 'string') {
        if (Array.isArray(value)) tag = 'Array';
        else if (value instanceof Date) tag = 'Date';
        else if (value instanceof RegExp) tag = 'RegExp';
        else if (value instanceof Error) tag = 'Error';
        else if (value instanceof Boolean) tag = 'Boolean';
        else if (value instanceof Number) tag = 'Number';
        else if (value instanceof String) tag = 'String';
        else tag = 'Object';
      }
      return `[object ${tag}]`;
    }
    default:
      return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Messages

E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);

E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);

E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  assert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);

E('ERR_MISSING_ARGS', (...args) => {
  assert(args.length > 0, 'At least one arg needs to be specified');
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1:
      msg += `${args[0]} argument`;
      break;
    case 2:
      msg += `${args[0]} and ${args[1]} arguments`;
      break;
    default:
      msg += args.slice(0, len - 1).join(', ');
      msg += `, and ${args[len - 1]} arguments`;
      break;
  }
  return `${msg} must be specified`;
}, TypeError);

E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);

E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);

E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);

E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);

E('ERR_INTERNAL_ASSERTION', (message) => {
  return message === undefined ? kInternalAssertionSuffix : `${message}\n${kInternalAssertionSuffix}`;
}, Error);

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, Error);

E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);

E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);

E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);

E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);

E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
  }
  return msg;
}, Error);

E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);

E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);

E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${msg}`;
}, TypeError);

E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);

E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);

E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const hint = relatedError ? '; targets must start with "./"' : '';
  if (key === '.') {
    assert(isImport === false);
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${from}${hint}`;
}, Error);

E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);

E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  assert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);

E('ERR_MANIFEST_ASSERT_INTEGRITY', (moduleURL, realIntegrities) => {
  let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
  if (realIntegrities.size) {
    const sri = Array.from(realIntegrities.entries(), ({ 0: alg, 1: dgs }) => `${alg}-${dgs}`).join(' ');
    msg += ` Integrities found are: ${sri}`;
  } else {
    msg += ' The resource was not found in the policy.';
  }
  return msg;
}, Error);

E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);

E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined${packagePath ?
    ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);

E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
}, Error);

E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);

E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) msg += `\n  From ${parentFilename} `;
  if (filename) msg += `\n  Requiring ${filename} `;
  return msg;
}, Error);

E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
    }
    return msg;
  }
  const path = lazyPath();
  const basename = parentPath && path.basename(filename) === path.basename(parentPath) ?
    filename : path.basename(filename);
  if (hasEsmSyntax) {
    msg += `\nInstead change the require of ${basename} in ${parentPath} to a dynamic import() which is available in all CommonJS modules.`;
    return msg;
  }
  msg += `\n${basename} is treated as an ES module file as it is a .js file whose nearest parent ` +
    'package.json contains "type": "module" which declares all .js files in that package scope as ES modules.' +
    `\nInstead either rename ${basename} to end in .cjs, change the requiring code to use dynamic import() ` +
    'which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
  return msg;
}, Error);

E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  assert(typeof allowZero === 'boolean', "The 'allowZero' argument must be of type boolean.");
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);

E('ERR_TEST_FAILURE', function(error, failureType) {
  assert(typeof failureType === 'string' || typeof failureType === 'symbol',
         "The 'failureType' argument must be of type string or symbol.");
  let msg = error?.message ?? error;
  if (typeof msg !== 'string') msg = inspect(msg);
  this.failureType = failureType;
  this.cause = error;
  return msg;
}, Error);

E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${protocols.join(', ')})`;
}, TypeError);

E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);

E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);

E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader`;
  if (typeof process === 'object' && process !== null && process.platform === 'win32' &&
      url.protocol.length === 2) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);

E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);

E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') => {
  return `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`;
}, Error);

E('ERR_WORKER_PATH', (filename) => {
  return 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
    (String(filename).startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    (String(filename).startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);

// System errors (class SystemError): the message is the prefix plus the context.
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);

// gonode's own: a feature of Node that gonode does not have yet.
E('ERR_NOT_IMPLEMENTED', (feature) => {
  return `The "${feature}" feature is not implemented in gonode yet`;
}, Error);

// Message templates (util.format placeholders; the argument count must match).
const kTemplates = [
  ['ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError],
  ['ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError],
  ['ERR_ASSERTION', '%s', Error],
  ['ERR_ASYNC_CALLBACK', '%s must be a function', TypeError],
  ['ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError],
  ['ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError],
  ['ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError],
  ['ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error],
  ['ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error],
  ['ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error],
  ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError],
  ['ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError],
  ['ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error],
  ['ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error],
  ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error],
  ['ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error],
  ['ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error],
  ['ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error],
  ['ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error],
  ['ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error],
  ['ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError],
  ['ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError],
  ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError],
  ['ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error],
  ['ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error],
  ['ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error],
  ['ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error],
  ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error],
  ['ERR_DEBUGGER_ERROR', '%s', Error],
  ['ERR_DEBUGGER_STARTUP_ERROR', '%s', Error],
  ['ERR_DIR_CLOSED', 'Directory handle was closed', Error],
  ['ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error],
  ['ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error],
  ['ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module', Error],
  ['ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()', Error],
  ['ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'Deserialize main function is already configured.', Error],
  ['ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError],
  ['ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error],
  ['ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error],
  ['ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError],
  ['ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError],
  ['ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error],
  ['ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError],
  ['ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError],
  ['ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error],
  ['ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error],
  ['ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error],
  ['ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error],
  ['ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated', Error],
  ['ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error],
  ['ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError],
  ['ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError],
  ['ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError],
  ['ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError],
  ['ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError],
  ['ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError],
  ['ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError],
  ['ERR_HTTP2_INVALID_PSEUDOHEADER', '"%s" is an invalid pseudoheader or is used incorrectly', TypeError],
  ['ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error],
  ['ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error],
  ['ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Maximum number of pending settings acknowledgements', Error],
  ['ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error],
  ['ERR_HTTP2_NO_MEM', 'Out of memory', Error],
  ['ERR_HTTP2_NO_SOCKET_MANIPULATION', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error],
  ['ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError],
  ['ERR_HTTP2_OUT_OF_STREAMS', 'No stream ID is available because maximum stream ID has been reached', Error],
  ['ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error],
  ['ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error],
  ['ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError],
  ['ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError],
  ['ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error],
  ['ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error],
  ['ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error],
  ['ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error],
  ['ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error],
  ['ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error],
  ['ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error],
  ['ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error],
  ['ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError],
  ['ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error],
  ['ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error],
  ['ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error],
  ['ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error],
  ['ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error],
  ['ERR_HTTP2_TRAILERS_NOT_READY', 'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error],
  ['ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error],
  ['ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error],
  ['ERR_HTTP_CONTENT_LENGTH_MISMATCH', "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header", Error],
  ['ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error],
  ['ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError],
  ['ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError],
  ['ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error],
  ['ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error],
  ['ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error],
  ['ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error],
  ['ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError],
  ['ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError],
  ['ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "%s" needs an import attribute of type "%s"', TypeError],
  ['ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError],
  ['ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', 'Import attribute "%s" with value "%s" is not supported', TypeError],
  ['ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError],
  ['ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, --print, or STDIN', Error],
  ['ERR_INSPECTOR_ALREADY_ACTIVATED', 'Inspector is already activated. Close it with inspector.close() before activating it again.', Error],
  ['ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error],
  ['ERR_INSPECTOR_CLOSED', 'Session was closed', Error],
  ['ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error],
  ['ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error],
  ['ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error],
  ['ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error],
  ['ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error],
  ['ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError],
  ['ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError],
  ['ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError],
  ['ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError],
  ['ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError],
  ['ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError],
  ['ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError],
  ['ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError],
  ['ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError],
  ['ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError],
  ['ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError],
  ['ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError],
  ['ERR_INVALID_REPL_INPUT', '%s', TypeError],
  ['ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError],
  ['ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError],
  ['ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError],
  ['ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError],
  ['ERR_INVALID_URI', 'URI malformed', URIError],
  ['ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error],
  ['ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error],
  ['ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error],
  ['ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error],
  ['ERR_LOADER_CHAIN_INCOMPLETE', "\"%s\" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook's return.", Error],
  ['ERR_MANIFEST_DEPENDENCY_MISSING', 'Manifest resource %s does not list %s as a dependency specifier for conditions: %s', Error],
  ['ERR_MANIFEST_INTEGRITY_MISMATCH', 'Manifest resource %s has multiple entries but integrity lists do not match', SyntaxError],
  ['ERR_MANIFEST_INVALID_RESOURCE_FIELD', 'Manifest resource %s has invalid property value for %s', TypeError],
  ['ERR_MANIFEST_INVALID_SPECIFIER', 'Manifest resource %s has invalid dependency mapping %s', TypeError],
  ['ERR_MANIFEST_TDZ', 'Manifest initialization has not yet run', Error],
  ['ERR_MANIFEST_UNKNOWN_ONERROR', 'Manifest specified unknown error behavior "%s".', SyntaxError],
  ['ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error],
  ['ERR_MISSING_OPTION', '%s is required', TypeError],
  ['ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error],
  ['ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError],
  ['ERR_NAPI_INVALID_DATAVIEW_ARGS', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', RangeError],
  ['ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', 'start offset of %s should be a multiple of %s', RangeError],
  ['ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError],
  ['ERR_NETWORK_IMPORT_BAD_RESPONSE', "import '%s' received a bad response: %s", Error],
  ['ERR_NETWORK_IMPORT_DISALLOWED', "import of '%s' by %s is not supported: %s", Error],
  ['ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error],
  ['ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', 'Operation cannot be invoked when not in a single-executable application', Error],
  ['ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error],
  ['ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error],
  ['ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError],
  ['ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError],
  ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError],
  ['ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError],
  ['ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError],
  ['ERR_REQUIRE_CYCLE_MODULE', '%s', Error],
  ['ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error],
  ['ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error],
  ['ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error],
  ['ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND', 'Cannot find asset %s for the single executable application', Error],
  ['ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error],
  ['ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError],
  ['ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError],
  ['ERR_SOCKET_CLOSED', 'Socket is closed', Error],
  ['ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error],
  ['ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error],
  ['ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error],
  ['ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error],
  ['ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error],
  ['ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError],
  ['ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error],
  ['ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error],
  ['ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error],
  ['ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError],
  ['ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error],
  ['ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error],
  ['ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error],
  ['ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error],
  ['ERR_STREAM_WRITE_AFTER_END', 'write after end', Error],
  ['ERR_SYNTHETIC', 'JavaScript Callstack', Error],
  ['ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError],
  ['ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError],
  ['ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error],
  ['ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error],
  ['ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError],
  ['ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError],
  ['ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error],
  ['ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError],
  ['ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error],
  ['ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error],
  ['ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error],
  ['ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error],
  ['ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError],
  ['ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error],
  ['ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error],
  ['ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error],
  ['ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError],
  ['ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error],
  ['ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error],
  ['ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError],
  ['ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError],
  ['ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError],
  ['ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError],
  ['ERR_UNSUPPORTED_RESOLVE_REQUEST', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError],
  ['ERR_USE_AFTER_CLOSE', '%s was closed', Error],
  ['ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'At least one valid performance entry type is required', Error],
  ['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError],
  ['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', 'A dynamic import callback was invoked without --experimental-vm-modules', TypeError],
  ['ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error],
  ['ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'Cached data cannot be created for a module which has been evaluated', Error],
  ['ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error],
  ['ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error],
  ['ERR_VM_MODULE_STATUS', 'Module status %s', Error],
  ['ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error],
  ['ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError],
  ['ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error],
  ['ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error],
  ['ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error],
  ['ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error],
  ['ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error],
  ['ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error],
  ['ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error],
  ['ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error],
  ['ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError],
];
const kNoOtherClasses = [];
for (let i = 0; i < kTemplates.length; i++) {
  const entry = kTemplates[i];
  register(entry[0], entry[1], entry[2], entry.length > 3 ? entry.slice(3) : kNoOtherClasses);
}

// ERR_DLOPEN_FAILED: Node raises it from process.dlopen as a plain Error with a `code` (its
// stack and toString do not show the code).
class DlopenFailedError extends Error {
  constructor(message) {
    super(message);
    this.code = 'ERR_DLOPEN_FAILED';
  }
}
reportAsError(DlopenFailedError);
pendingCodes.push(['ERR_DLOPEN_FAILED', null, null, DlopenFailedError]);

// ERR_UNHANDLED_REJECTION: thrown for a promise rejected with a non-error reason that nobody
// handled (default --unhandled-rejections=throw mode).
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise rejected ' +
      `with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
  }
}
pendingCodes.push(['ERR_UNHANDLED_REJECTION', null, null, UnhandledPromiseRejection]);

pendingCodes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
for (let i = 0; i < pendingCodes.length; i++) {
  const entry = pendingCodes[i];
  if (entry[3] !== null) setCode(entry[0], entry[3]);
  else defineLazyCode(entry[0], entry[1], entry[2]);
}
pendingCodes = null;

// ---------------------------------------------------------------------------------------------
// Other errors

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    if (options != null && 'cause' in options && !Object.prototype.hasOwnProperty.call(this, 'cause')) {
      // Engines without Error's `cause` option.
      defineHidden(this, 'cause', options.cause);
    }
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// UVException({ errno, syscall, path, dest, message, code }): libuv's error in Node's shape:
// `ENOENT: no such file or directory, open 'missing.txt'` with errno, syscall, code, path, dest.
// The code and description come from internalBinding('uv').getErrorMap() for the errno, else from
// ctx.code and ctx.message; ctx.message, when given, is the description.
class UVException extends Error {
  constructor(ctx) {
    const mapped = uvErrmapGet(ctx.errno);
    const code = mapped !== undefined ? mapped[0] : (ctx.code !== undefined ? ctx.code : uvUnmappedError[0]);
    const uvmsg = mapped !== undefined ? mapped[1] : uvUnmappedError[1];
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;

    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }

    super(message);

    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
      this[prop] = ctx[prop];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }
}
reportAsError(UVException);

// UVExceptionWithHostPort(errno, syscall, address, port): `connect ECONNREFUSED: connection
// refused 127.0.0.1:80` with code, errno, syscall, address, port.
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const mapped = uvErrmapGet(err) || uvUnmappedError;
    const code = mapped[0];
    const uvmsg = mapped[1];
    const message = `${syscall} ${code}: ${uvmsg}`;
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${message}${details}`);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}
reportAsError(UVExceptionWithHostPort);

// ErrnoException(errno, syscall, original): `open ENOENT` with errno, code, syscall.
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
    super(message);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }
}
reportAsError(ErrnoException);

// ExceptionWithHostPort(errno, syscall, address, port, additional): `connect ECONNREFUSED
// 127.0.0.1:80` with errno, code, syscall, address, port.
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}
reportAsError(ExceptionWithHostPort);

// DNSException(code, syscall, hostname): `getaddrinfo ENOTFOUND example.invalid` with errno,
// code, syscall, hostname. A numeric code is a libuv errno (EAI_NODATA/EAI_NONAME read ENOTFOUND).
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      if (code === uvConstant('UV_EAI_NODATA', -3007) || code === uvConstant('UV_EAI_NONAME', -3008)) {
        code = 'ENOTFOUND';
      } else {
        code = getSystemErrorName(code);
      }
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
}
reportAsError(DNSException);

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }
}
reportAsError(ConnResetException);

// An AggregateError carrying the outer error's code.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      // An AggregateError already: add the inner one.
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

// Node wraps `fn` to drop its own frames from the stacks of errors it throws. Here the frames
// stay (the function is returned as is); `withoutStackTrace` is the same function.
function hideStackFrames(fn) {
  if (fn.withoutStackTrace === undefined) {
    try {
      fn.withoutStackTrace = fn;
    } catch {
      // A frozen function: nothing to record.
    }
  }
  return fn;
}

function isStackOverflowError(err) {
  return err != null && typeof err === 'object' && err.name === 'RangeError' &&
    typeof err.message === 'string' && /call stack/i.test(err.message);
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  codes,
  ConnResetException,
  determineSpecificType,
  DNSException,
  dnsException: (code, syscall, hostname) => new DNSException(code, syscall, hostname),
  E,
  ErrnoException,
  errnoException: (err, syscall, original) => new ErrnoException(err, syscall, original),
  ExceptionWithHostPort,
  exceptionWithHostPort: (err, syscall, address, port, additional) =>
    new ExceptionWithHostPort(err, syscall, address, port, additional),
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorName,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  noSideEffectsToString,
  SystemError,
  UnhandledPromiseRejection,
  UVException,
  uvException: (ctx) => new UVException(ctx),
  UVExceptionWithHostPort,
  uvExceptionWithHostPort: (err, syscall, address, port) =>
    new UVExceptionWithHostPort(err, syscall, address, port),
  uvErrmapGet,
};
