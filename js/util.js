'use strict';

// The util module. inspect and format live in internal/util/inspect; this
// module adds promisify, callbackify, deprecate, inherits, debuglog,
// isDeepStrictEqual, styleText and the deprecated type predicates.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  isError,
  types,
} = require('internal/util/inspect');
const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
  },
  errnoException,
  exceptionWithHostPort,
  ErrnoException,
  ExceptionWithHostPort,
  getSystemErrorName,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateOneOf,
  validateString,
} = require('internal/validators');

const ObjectDefineProperty = Object.defineProperty;
const kEmptyObject = Object.freeze({ __proto__: null });
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ReflectApply = Reflect.apply;
const StringPrototypeToUpperCase = (s) => `${s}`.toUpperCase();
const ReflectConstruct = Reflect.construct;

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Built-ins whose callbacks receive several values (fs.read: bytesRead,
// buffer) tag the function with the names under this symbol; the promise
// then resolves to an object. (Node keeps it private in internal/util; it is
// a registered symbol here so other built-ins can reach it without a cycle.)
const kCustomPromisifyArgsSymbol = Symbol.for('gonode.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  // Names to create an object from in case the callback receives multiple
  // arguments, e.g. ['bytesRead', 'buffer'] for fs.read.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));

  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  const propertiesValues = ObjectValues(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    // Null-prototype descriptors: do not depend on Object.prototype.
    ObjectSetPrototypeOf(propertiesValues[i], null);
  }
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error" in a callback: wrap it.
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  // The promise is not returned: the callback's fate is not tied to it.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // Call back on nextTick, with all that implies (stack, uncaughtException).
    ReflectApply(original, this, args).then(
      (ret) => { process.nextTick(cb, null, ret); },
      (rej) => { process.nextTick(callbackifyOnRejected, rej, cb); },
    );
  }

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  // It is possible to manipulate a functions `length` or `name` property.
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = ObjectValues(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) ObjectSetPrototypeOf(propertiesValues[i], null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// deprecate

const codesWarned = new Set();

// useEmitSync (Node v20.19+) asks for the 'warning' event before deprecate's caller goes on;
// here the warning is emitted the usual way, on the next tick.
// eslint-disable-next-line no-unused-vars
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }

  // The wrapper keeps fn's prototype chain; calling the unwrapped constructor
  // still gives an instance of the wrapped one.
  if (fn === undefined || (typeof fn !== 'object' && typeof fn !== 'function')) {
    // V8's message (goja's differs for a symbol).
    throw new TypeError(`Object prototype may only be an Object or null: ${String(fn)}`);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// inherits / _extend

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    value: superCtor,
    writable: true,
    configurable: true,
  });
  const prototype = ctor.prototype;
  // V8's words for it (goja has its own).
  if (prototype === undefined || prototype === null) {
    throw new TypeError('Object.setPrototypeOf called on null or undefined');
  }
  ObjectSetPrototypeOf(prototype, superCtor.prototype);
}

function _extend(target, source) {
  // Don't do anything if source isn't an object
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---------------------------------------------------------------------------
// log

function pad(n) {
  return `${n}`.padStart(2, '0');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// 26 Feb 16:19:34
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------
// debuglog

let debugImpls;
let testEnabled;

function initializeDebugEnv(debugEnv) {
  debugImpls = { __proto__: null };
  if (debugEnv) {
    debugEnv = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/,/g, '$|^');
    const debugEnvRegex = new RegExp(`^${debugEnv}$`, 'i');
    testEnabled = (str) => debugEnvRegex.exec(str) !== null;
  } else {
    testEnabled = () => false;
  }
}

function lazyInitDebugEnv() {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
}
// Node reads NODE_DEBUG once, at startup; the earliest point here is when
// util is loaded.
lazyInitDebugEnv();

function emitWarningIfNeeded(set) {
  if (set === 'HTTP' || set === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      'to \'' + set.toLowerCase() + '\' can expose sensitive ' +
      'data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
}

function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      emitWarningIfNeeded(set);
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

// debuglog('foo') logs to stderr as "FOO <pid>: message" when NODE_DEBUG
// names foo (comma-separated, * wildcards, case-insensitive). The environment
// is read on the first call, not when debuglog() is called.
function debuglog(set, cb) {
  function init() {
    lazyInitDebugEnv();
    // String.prototype.toUpperCase on any value, as Node's primordial call does.
    if (set === undefined || set === null) {
      throw new TypeError('String.prototype.toUpperCase called on null or undefined');
    }
    set = StringPrototypeToUpperCase(set);
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    // Only invokes debuglogImpl() when the debug function is called for the
    // first time.
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return ReflectApply(debug, undefined, args);
  };
  let enabled;
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => ReflectApply(debug, undefined, args);
  ObjectDefineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function shouldColorize(stream) {
  return require('internal/util/colors').shouldColorize(stream);
}

// ---------------------------------------------------------------------------
// styleText

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

// Node's isNodeStream / isReadableStream / isWritableStream (internal/streams/utils) checks.
function isNodeStream(obj) {
  return !!obj && (obj._readableState !== undefined || obj._writableState !== undefined ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isStreamLike(stream) {
  if (stream === null || (typeof stream !== 'object' && typeof stream !== 'function')) return false;
  if (isNodeStream(stream)) return true;
  return (typeof stream.pipeThrough === 'function' && typeof stream.getReader === 'function' &&
    typeof stream.cancel === 'function') ||
    (typeof stream.getWriter === 'function' && typeof stream.abort === 'function');
}

function styleText(format, text, options = kEmptyObject) {
  let validateStream = options.validateStream;
  if (validateStream === undefined) validateStream = true;
  let stream = options.stream;
  if (stream === undefined) stream = process.stdout;
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');

  if (validateStream && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const formatCodes = inspect.colors[key];
      if (formatCodes == null) validateOneOf(key, 'format', ObjectKeys(inspect.colors));
      left += escapeStyleCode(formatCodes[0]);
      right = `${escapeStyleCode(formatCodes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }

  const formatCodes = inspect.colors[format];
  if (formatCodes == null) validateOneOf(format, 'format', ObjectKeys(inspect.colors));

  // Colorize only for a stream that shows colors.
  if (validateStream && (!stream || !shouldColorize(stream))) return text;

  return `${escapeStyleCode(formatCodes[0])}${text}${escapeStyleCode(formatCodes[1])}`;
}

// ---------------------------------------------------------------------------
// toUSVString

// A method, as in Node (no prototype); the replacement is internal/url's,
// which URLSearchParams uses.
const { toUSVString } = {
  toUSVString(input) {
    return require('internal/url').toUSV(`${input}`);
  },
};

// ---------------------------------------------------------------------------
// System errors

// getSystemErrorName comes from internal/errors; both read libuv's table through
// internalBinding('uv').

let uvBinding;

// A new Map errno -> [code, description] on each call, in libuv's order.
function getSystemErrorMap() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding.getErrorMap();
}

// ---------------------------------------------------------------------------
// The deprecated type predicates

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// ---------------------------------------------------------------------------
// isDeepStrictEqual

// assert.deepStrictEqual's comparison (internal/assert/comparisons), loaded on first use.
let isDeepStrictEqualImpl;

// A method, as in Node (no prototype).
const { isDeepStrictEqual } = {
  isDeepStrictEqual(a, b) {
    if (isDeepStrictEqualImpl === undefined) {
      isDeepStrictEqualImpl = require('internal/assert/comparisons').isDeepStrictEqual;
    }
    return isDeepStrictEqualImpl(a, b);
  },
};

// ---------------------------------------------------------------------------
// parseEnv

// parseEnv(content): the keys and values of a .env file, the way Node v20's dotenv parser
// reads them (its quirks included: only spaces are trimmed, a quote closes at the next quote
// character even after a backslash, a comment line is skipped only when a line follows it).
function parseEnv(content) {
  validateString(content, 'content');
  const store = { __proto__: null };
  const keys = [];
  parseEnvInto(content, store, keys);
  // Node keeps the pairs in a std::map: keys in UTF-8 byte order.
  keys.sort(compareUtf8);
  const result = {};
  for (let i = 0; i < keys.length; i++) result[keys[i]] = store[keys[i]];
  return result;
}

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str.charCodeAt(start) === 32) start++;
  while (end > start && str.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === str.length ? str : str.slice(start, end);
}

function storeEnv(store, keys, key, value) {
  if (!(key in store)) keys.push(key);
  store[key] = value;
}

// The content is text[pos, end), read the way Node's parser reads it (indexes rather than
// slices, so a large file is read in linear time).
function parseEnvInto(input, store, keys) {
  const text = input.indexOf('\r') === -1 ? input : input.replace(/\r/g, '');
  let pos = 0;
  let end = text.length;
  while (pos < end && text.charCodeAt(pos) === 32) pos++;
  while (end > pos && text.charCodeAt(end - 1) === 32) end--;
  while (pos < end) {
    const first = text[pos];
    if (first === '\n' || first === '#') {
      const newline = text.indexOf('\n', pos);
      if (newline !== -1 && newline < end) {
        pos = newline + 1;
        continue;
      }
    }
    const equal = text.indexOf('=', pos);
    if (equal === -1 || equal >= end) return;
    let key = envKey(text, pos, equal);
    if (key === '') return;
    if (key.startsWith('export ')) key = key.slice(7);
    pos = equal + 1;
    while (pos < end && text.charCodeAt(pos) === 32) pos++;
    if (pos === end) {
      storeEnv(store, keys, key, '');
      return;
    }
    const quote = text[pos];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = text.indexOf(quote, pos + 1);
      if (closing === -1 || closing >= end) {
        // No closing quote: the rest of the line, opening quote included; on the last line,
        // nothing, and the value is read again as the next key and value.
        const newline = text.indexOf('\n', pos);
        if (newline === -1 || newline >= end) continue;
        storeEnv(store, keys, key, text.slice(pos, newline));
        pos = newline;
        continue;
      }
      let value = text.slice(pos + 1, closing);
      // Only double quotes expand \n.
      if (quote === '"' && value.indexOf('\\n') !== -1) value = value.replace(/\\n/g, '\n');
      storeEnv(store, keys, key, value);
      const newline = text.indexOf('\n', closing + 1);
      pos = newline === -1 || newline >= end ? end : newline + 1;
      continue;
    }
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    let value = text.slice(pos, lineEnd);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    storeEnv(store, keys, key, trimSpaces(value));
    pos = lineEnd === end ? end : lineEnd + 1;
  }
}

// The key before text[equal], spaces trimmed. A key of spaces only comes out as the character
// before it (a line's '\n'): Node's trimming steps back one character when nothing but spaces
// is left, then drops trailing spaces.
function envKey(text, start, equal) {
  const key = trimSpaces(text.slice(start, equal));
  if (key !== '' || start === equal || start === 0) return key;
  const before = text[start - 1];
  return before === ' ' ? '' : before;
}

// Compares two strings by their UTF-8 bytes: UTF-16 order except that surrogates (code points
// above U+FFFF) sort after U+E000..U+FFFF.
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
    if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
    return x - y;
  }
  return a.length - b.length;
}

// AbortSignal helpers from internal/abort_controller, loaded on first read.
let abortController;
function lazyAbortController() {
  if (abortController === undefined) abortController = require('internal/abort_controller');
  return abortController;
}

// ---------------------------------------------------------------------------

function _errnoException(...args) {
  const fn = errnoException || ErrnoException;
  return new.target || fn === ErrnoException ? ReflectConstruct(fn, args) : ReflectApply(fn, undefined, args);
}

function _exceptionWithHostPort(...args) {
  const fn = exceptionWithHostPort || ExceptionWithHostPort;
  return new.target || fn === ExceptionWithHostPort ? ReflectConstruct(fn, args) : ReflectApply(fn, undefined, args);
}

function isBuffer(value) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(value) : false;
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
};

// Loaded lazily in Node, so they print as getters: keep that shape (and order).
ObjectDefineProperties(module.exports, {
  transferableAbortSignal: {
    get: () => lazyAbortController().transferableAbortSignal, enumerable: true, configurable: true,
  },
  transferableAbortController: {
    get: () => lazyAbortController().transferableAbortController, enumerable: true, configurable: true,
  },
  aborted: { get: () => lazyAbortController().aborted, enumerable: true, configurable: true },
});
module.exports.types = types;
module.exports.parseEnv = parseEnv;
// parseArgs: a lazy accessor that, as in Node, becomes a data property once read or written.
ObjectDefineProperty(module.exports, 'parseArgs', {
  get: { 'get parseArgs'() {
    const value = require('internal/util/parse_args').parseArgs;
    ObjectDefineProperty(module.exports, 'parseArgs', { value, writable: true, enumerable: true, configurable: true });
    return value;
  } }['get parseArgs'],
  set: { 'set parseArgs'(value) {
    ObjectDefineProperty(module.exports, 'parseArgs', { value, writable: true, enumerable: true, configurable: true });
  } }['set parseArgs'],
  enumerable: true,
  configurable: true,
});

// Classes that other modules provide; looked up when first read.
for (const name of ['TextDecoder', 'TextEncoder', 'MIMEType', 'MIMEParams']) {
  let value;
  ObjectDefineProperty(module.exports, name, {
    get() {
      if (value === undefined) {
        value = name === 'TextDecoder' || name === 'TextEncoder' ? require('internal/encoding')[name] :
          require('internal/mime')[name];
      }
      return value;
    },
    set(v) {
      value = v;
    },
    enumerable: true,
    configurable: true,
  });
}

// getCallSites([frameCount][, options]) comes from Node 22 (the issue asks for it; Node v20 has
// none). It is non-enumerable so that util's keys stay Node v20's. Each entry describes a frame
// of the caller's stack, innermost first, from the same CallSites Error.prepareStackTrace sees.
function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  const { validateNumber, validateObject } = require('internal/validators');
  validateNumber(frameCount, 'frameCount', 1, 200);
  if (options !== undefined) validateObject(options, 'options');
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  const holder = {};
  let sites;
  try {
    Error.stackTraceLimit = frameCount;
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return [];
  return sites.map((site) => {
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    return {
      functionName: site.getFunctionName() || '',
      scriptId: '0',
      scriptName: site.getFileName() || '',
      lineNumber: line === null ? 0 : line,
      column: column === null ? 0 : column,
      columnNumber: column === null ? 0 : column,
    };
  });
}
ObjectDefineProperty(module.exports, 'getCallSites', {
  value: getCallSites, writable: true, enumerable: false, configurable: true,
});
