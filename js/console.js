'use strict';

// The console module: the Console class and the global console.
//
// Output goes through stream.write(string, errorHandler); for the global
// console the streams are process.stdout and process.stderr, looked up on
// first use. Every method is bound to its console, so `const { log } =
// console` works, as in Node.

const {
  inspect,
  formatWithOptionsInternal,
  getStringWidth,
  types: { isMap, isSet, isMapIterator, isSetIterator },
} = require('internal/util/inspect');
const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');

const { previewEntries } = internalBinding('util');

const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectPrototypeHasOwnProperty = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const FunctionPrototypeBind = (fn, thisArg) => Function.prototype.bind.call(fn, thisArg);
const ArrayIsArray = Array.isArray;
const MathFloor = Math.floor;
const MathMax = Math.max;

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const optionsMap = new WeakMap();

function noop() {}

function emitWarning(msg) {
  if (typeof process.emitWarning === 'function') process.emitWarning(msg);
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Called without new: construct anyway (Node allows it).
  if (!new.target) return ReflectConstruct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');

  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);

  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }

  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Bind the prototype functions to this Console instance. The methods are
  // read from the instance, so subclasses can override them.
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    this[key] = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(this[key], 'name', { value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consolePropAttributes = {
  writable: true,
  enumerable: false,
  configurable: true,
};

// Make a function that can serve as the callback passed to `stream.write()`.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    // This conditional evaluates to true if and only if there was an error
    // that was not already emitted (which happens when the _write callback
    // is invoked asynchronously).
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && stream && !(stream._writableState && stream._writableState.errorEmitted)) {
      // If there was an error, it will be emitted on `stream` as
      // an `error` event. Adding a `once` listener will keep that error
      // from becoming an uncaught exception, but since the handler is
      // removed after the event, non-console.* writes won't be affected.
      // we are only adding noop if there is no listeners for `error`
      if (typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    // Coerces everything other than Symbol to a string
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hrtime());
  },

  timeEnd(label = 'default') {
    // Coerces everything other than Symbol to a string
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    // Coerces everything other than Symbol to a string
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    this.error(traceStack(message, trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // The arguments will be formatted in warn() again
      ReflectApply(this.warn, this, args);
    }
  },

  // Defined by: https://console.spec.whatwg.org/#clear
  clear() {
    // It only makes sense to clear if _stdout is a TTY.
    // Otherwise, do nothing.
    if (this._stdout && this._stdout.isTTY && process.env.TERM !== 'dumb') {
      // Move the cursor to the top left corner, then clear the screen below it.
      this._stdout.write('\x1b[1;1H');
      this._stdout.write('\x1b[0J');
    }
  },

  // Defined by: https://console.spec.whatwg.org/#count
  count(label = 'default') {
    // Ensures that label is a string, and only things that can be
    // coerced to strings. e.g. Symbol is not allowed
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) {
      count = 1;
    } else {
      count++;
    }
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  // Defined by: https://console.spec.whatwg.org/#countreset
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) ReflectApply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  // https://console.spec.whatwg.org/#table
  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');

    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const final = (k, v) => this.log(renderTable(k, v));

    const _inspect = (v) => {
      const depth = v !== null &&
        typeof v === 'object' &&
        !ArrayIsArray(v) &&
        ObjectKeys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }

    if (isKeyValue || isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }

    const setIter = isSetIterator(tabularData);
    if (setIter) tabularData = previewEntries(tabularData, true)[0];

    const setlike = setIter || mapIter || isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = ObjectKeys(tabularData);

    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }

    const keys = ObjectKeys(map);
    const values = ObjectValues(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);

    return final(keys, values);
  },
};

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

for (const name of ObjectKeys(consoleMethods)) {
  ObjectDefineProperty(Console.prototype, name, {
    value: consoleMethods[name],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

const internalMethods = {
  [kBindStreamsEager](stdout, stderr) {
    ObjectDefineProperties(this, {
      '_stdout': { ...consolePropAttributes, value: stdout },
      '_stderr': { ...consolePropAttributes, value: stderr },
    });
  },

  // The global console binds its streams lazily: process.stdout and
  // process.stderr are created on first use.
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    ObjectDefineProperties(this, {
      '_stdout': {
        enumerable: false,
        configurable: true,
        get() {
          if (!stdout) stdout = object.stdout;
          return stdout;
        },
        set(value) {
          stdout = value;
        },
      },
      '_stderr': {
        enumerable: false,
        configurable: true,
        get() {
          if (!stderr) stderr = object.stderr;
          return stderr;
        },
        set(value) {
          stderr = value;
        },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    ObjectDefineProperties(this, {
      '_stdoutErrorHandler': {
        ...consolePropAttributes,
        value: createWriteErrorHandler(this, kUseStdout),
      },
      '_stderrErrorHandler': {
        ...consolePropAttributes,
        value: createWriteErrorHandler(this, kUseStderr),
      },
      '_ignoreErrors': {
        ...consolePropAttributes,
        value: Boolean(ignoreErrors),
      },
      '_times': { ...consolePropAttributes, value: new Map() },
      // Corresponds to https://console.spec.whatwg.org/#count-map
      [kCounts]: { ...consolePropAttributes, value: new Map() },
      [kColorMode]: { ...consolePropAttributes, value: colorMode },
      [kIsConsole]: { ...consolePropAttributes, value: true },
      [kGroupIndent]: { ...consolePropAttributes, value: '' },
      [kGroupIndentationWidth]: {
        ...consolePropAttributes,
        value: groupIndentation,
      },
      [Symbol.toStringTag]: {
        writable: false,
        enumerable: false,
        configurable: true,
        value: 'console',
      },
    });
  },

  [kWriteToConsole](streamSymbol, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];

    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (string.includes('\n')) {
        string = string.replace(/\n/g, `\n${groupIndent}`);
      }
      string = groupIndent + string;
    }
    string += '\n';

    if (ignoreErrors === false) return stream.write(string);

    // There may be an error occurring synchronously (e.g. for files or TTYs
    // on POSIX systems) or asynchronously (e.g. pipes on POSIX systems), so
    // handle both situations.
    // As in Node, a stream without listenerCount/once writes nothing and one without
    // removeListener throws. gonode's process.stdout/stderr are plain writers until stdio
    // becomes streams; they have no listenerCount and are written to directly.
    try {
      // Add and later remove a noop error handler to catch synchronous errors.
      if (!(stream._isStdio === true && stream.listenerCount === undefined) &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
      stream.write(string, errorHandler);
    } catch (e) {
      // Console is a debugging utility, so it swallowing errors is not
      // desirable even in edge cases such as low stack space.
      if (isStackOverflowError(e)) throw e;
      // Sorry, there's no proper way to pass along the error here.
    } finally {
      stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    return formatWithOptionsInternal(this[kGetInspectOptions](this._stdout), args);
  },

  [kFormatForStderr](args) {
    return formatWithOptionsInternal(this[kGetInspectOptions](this._stderr), args);
  },
};
for (const key of ReflectOwnKeys(internalMethods)) {
  ObjectDefineProperty(Console.prototype, key, {
    value: internalMethods[key],
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

const ObjectDefineProperties = Object.defineProperties;

ObjectDefineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
  writable: false,
  enumerable: false,
  configurable: true,
});

function isStackOverflowError(e) {
  return e instanceof RangeError && typeof e.message === 'string' && e.message.includes('call stack size');
}

// Loaded on first use; kept, because console.log asks on every call (a require costs µs in goja).
let colorsShouldColorize;
function shouldColorize(stream) {
  if (colorsShouldColorize === undefined) colorsShouldColorize = require('internal/util/colors').shouldColorize;
  return colorsShouldColorize(stream);
}

// ---------------------------------------------------------------------------
// Timers

function hrtime(prev) {
  if (typeof process.hrtime === 'function') return process.hrtime(prev);
  // Fallback: milliseconds since the epoch, as [seconds, nanoseconds].
  const now = Date.now();
  const t = [MathFloor(now / 1000), (now % 1000) * 1e6];
  if (prev === undefined) return t;
  let s = t[0] - prev[0];
  let ns = t[1] - prev[1];
  if (ns < 0) {
    s--;
    ns += 1e9;
  }
  return [s, ns];
}

// Returns true if label was found
function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;

  const formatted = formatTime(ms);

  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }

  if (seconds !== 0) return `${seconds.toFixed(3)}s`;

  return `${Number(ms.toFixed(3))}ms`;
}

// ---------------------------------------------------------------------------
// trace

// The stack for console.trace: "Trace: message" (or "Trace") and the frames
// of the caller of `fn`.
function traceStack(message, fn) {
  const err = {
    name: 'Trace',
    message,
  };
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, fn);
    if (typeof err.stack === 'string') {
      // V8 shows no frame for the bound function that console.trace is; the
      // host's capture may: drop it.
      return err.stack.replace(/\n {4}at (?:\S+\.)?(?:bound )?trace \((?:<anonymous>|native)\)(?=\n|$)/, '');
    }
  }
  // No captureStackTrace: take the frames of a fresh error, minus this
  // function's and console.trace's own.
  const header = message === '' ? 'Trace' : `Trace: ${message}`;
  let stack;
  try {
    stack = String(new Error().stack);
  } catch {
    return header;
  }
  let lines = stack.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let first = 1;
  while (first < lines.length && !/^\s+at /.test(lines[first])) first++;
  lines = lines.slice(first);
  // Drop the frames of this module (traceStack, trace) and of the bound
  // native wrapper that called trace.
  while (lines.length > 0 && lines[0].includes('node:console')) lines.shift();
  while (lines.length > 0 && /^\s+at (?:bound )?trace \(native\)$/.test(lines[0])) lines.shift();
  if (lines.length === 0) return header;
  return `${header}\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------
// console.table rendering

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    const needed = columnWidths[i] - len;
    // Cells are left-aligned.
    out += cell + ' '.repeat(needed);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = 0;
  for (const column of columns) longestColumn = MathMax(longestColumn, column.length);

  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = MathMax(width, counted);
    }
  }

  const divider = columnWidths.map((i) => tableChars.middleMiddle.repeat(i + 2));

  let result = tableChars.topLeft +
    divider.join(tableChars.topMiddle) +
    tableChars.topRight + '\n' +
    renderRow(head, columnWidths) + '\n' +
    tableChars.leftMiddle +
    divider.join(tableChars.rowMiddle) +
    tableChars.rightMiddle + '\n';

  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;

  result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;

  return result;
}

// ---------------------------------------------------------------------------
// The global console: an object (its prototype an empty object) carrying a
// bound copy of every Console.prototype method, with lazily bound streams.

const globalConsole = Object.create({});
for (const prop of ReflectOwnKeys(Console.prototype)) {
  if (prop === 'constructor') continue;
  const desc = ObjectGetOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    desc.value = FunctionPrototypeBind(desc.value, globalConsole);
    ObjectDefineProperty(desc.value, 'name', { value: prop });
    // Node's global console methods come from the inspector's wrappers: length 0.
    ObjectDefineProperty(desc.value, 'length', { value: 0 });
  }
  ObjectDefineProperty(globalConsole, prop, desc);
}
globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');

globalConsole.Console = Console;

// The inspector's console methods. Without an inspector they do nothing.
function addInspectorMethod(name, fn) {
  ObjectDefineProperty(fn, 'name', { value: name });
  globalConsole[name] = fn;
}
// Methods (no prototype), as Node's native ones.
const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    const ctx = {};
    for (const key of ObjectKeys(globalConsole)) {
      if (key === 'Console' || key === 'context' || key === 'createTask') continue;
      ctx[key] = globalConsole[key];
    }
    return ctx;
  },
  createTask() {
    return {
      run(fn) {
        return fn();
      },
    };
  },
};
for (const name of ObjectKeys(inspectorMethods)) addInspectorMethod(name, inspectorMethods[name]);

module.exports = globalConsole;
