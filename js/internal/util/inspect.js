'use strict';

// internal/util/inspect — util.inspect, util.format and their helpers.
//
// The output follows Node v20 byte for byte where the engine allows it: the
// same layout rules (breakLength, compact grouping, array columns), the same
// prefixes for class instances, null prototypes and Symbol.toStringTag, the
// same escaping of strings. What JavaScript cannot observe in goja — promise
// state, proxies, the real kind of an object (a Map versus an object that
// claims to be one), iterator contents — comes from internalBinding('util')
// (bindings/util).
//
// Builtins used while formatting are captured when this module loads, so a
// program that patches Array.prototype.push or Map.prototype.entries does not
// change how its values print.

const binding = internalBinding('util');
const {
  getInternalType,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexNames,
  getConstructorName: internalGetConstructorName,
  kPending,
  kRejected,
} = binding;

// ---------------------------------------------------------------------------
// Captured builtins ("primordials")

const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectIs = Object.is;
const ObjectAssign = Object.assign;
const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;
const MathMin = Math.min;
const MathMax = Math.max;
const MathFloor = Math.floor;
const MathRound = Math.round;
const MathSqrt = Math.sqrt;
const MathTrunc = Math.trunc;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const JSONStringify = JSON.stringify;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;

const FunctionPrototypeCallBind = Function.prototype.call.bind(Function.prototype.bind, Function.prototype.call);
// uncurryThis(f)(thisArg, ...args) calls f with this = thisArg (a bound `call`: much faster in goja than rest arguments and Reflect.apply).
const uncurryThis = (fn) => FunctionPrototypeCallBind(fn);
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
const FunctionPrototypeCall = uncurryThis(Function.prototype.call);
const ArrayPrototypePush = uncurryThis(Array.prototype.push);
const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
const ArrayPrototypeSort = uncurryThis(Array.prototype.sort);
const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
const ArrayPrototypeUnshift = uncurryThis(Array.prototype.unshift);
const ArrayPrototypePop = uncurryThis(Array.prototype.pop);
const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
const StringPrototypeSplit = uncurryThis(String.prototype.split);
const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
const StringPrototypeReplace = uncurryThis(String.prototype.replace);
const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd);
const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);
const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
const DatePrototypeToString = uncurryThis(Date.prototype.toString);
const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString);
const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
const RegExpPrototypeTest = uncurryThis(RegExp.prototype.test);
const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
const MapPrototypeGetSize = uncurryThis(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
const SetPrototypeGetSize = uncurryThis(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const MapIteratorNext = uncurryThis(ObjectGetPrototypeOf(new Map().entries()).next);
const SetIteratorNext = uncurryThis(ObjectGetPrototypeOf(new Set().values()).next);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetSymbolToStringTag =
  uncurryThis(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, SymbolToStringTag).get);
const TypedArrayPrototypeGetLength = uncurryThis(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const ArrayBufferPrototypeGetByteLength =
  uncurryThis(ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const SafeMap = Map;
const SafeSet = Set;
const MapPrototypeGet = uncurryThis(Map.prototype.get);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const SetPrototypeHas = uncurryThis(Set.prototype.has);
const SetPrototypeAdd = uncurryThis(Set.prototype.add);
const TypedArrayConstructors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

// ---------------------------------------------------------------------------
// Type checks (util.types). Brand checks come from the engine, never from
// Symbol.toStringTag or instanceof, so look-alikes are not fooled.

function kindOf(value) {
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return '';
  return getInternalType(value);
}

function typedArrayName(value) {
  if (typeof value !== 'object' || value === null) return undefined;
  return TypedArrayPrototypeGetSymbolToStringTag(value);
}

// A method: a native function in Node, without a prototype.
const { isSharedArrayBuffer } = {
  isSharedArrayBuffer(value) {
    const SAB = globalThis.SharedArrayBuffer;
    if (typeof SAB !== 'function' || SAB === ArrayBuffer) return false;
    if (kindOf(value) !== 'ArrayBuffer') return false;
    try {
      return value instanceof SAB;
    } catch {
      return false;
    }
  },
};

const types = {
  isExternal: (value) => false,
  isDate: (value) => kindOf(value) === 'Date',
  isArgumentsObject: (value) => kindOf(value) === 'Arguments',
  isBigIntObject: (value) => kindOf(value) === 'BigIntObject',
  isBooleanObject: (value) => kindOf(value) === 'BooleanObject',
  isNumberObject: (value) => kindOf(value) === 'NumberObject',
  isStringObject: (value) => kindOf(value) === 'StringObject',
  isSymbolObject: (value) => kindOf(value) === 'SymbolObject',
  isNativeError: (value) => kindOf(value) === 'Error',
  isRegExp: (value) => kindOf(value) === 'RegExp',
  isAsyncFunction: (value) => kindOf(value) === 'AsyncFunction',
  isGeneratorFunction: (value) => kindOf(value) === 'GeneratorFunction',
  isGeneratorObject: (value) => kindOf(value) === 'Generator',
  isPromise: (value) => kindOf(value) === 'Promise',
  isMap: (value) => kindOf(value) === 'Map',
  isSet: (value) => kindOf(value) === 'Set',
  isMapIterator: (value) => kindOf(value) === 'MapIterator',
  isSetIterator: (value) => kindOf(value) === 'SetIterator',
  isWeakMap: (value) => kindOf(value) === 'WeakMap',
  isWeakSet: (value) => kindOf(value) === 'WeakSet',
  isArrayBuffer: (value) => kindOf(value) === 'ArrayBuffer' && !isSharedArrayBuffer(value),
  isDataView: (value) => kindOf(value) === 'DataView',
  isSharedArrayBuffer,
  isProxy: (value) => kindOf(value) === 'Proxy',
  isModuleNamespaceObject: (value) => false,
  isAnyArrayBuffer: (value) => kindOf(value) === 'ArrayBuffer',
  isBoxedPrimitive: (value) => {
    const k = kindOf(value);
    return k === 'NumberObject' || k === 'StringObject' || k === 'BooleanObject' ||
      k === 'BigIntObject' || k === 'SymbolObject';
  },
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray: function isTypedArray(value) {
    return typedArrayName(value) !== undefined;
  },
  isUint8Array: function isUint8Array(value) {
    return typedArrayName(value) === 'Uint8Array';
  },
  isUint8ClampedArray: function isUint8ClampedArray(value) {
    return typedArrayName(value) === 'Uint8ClampedArray';
  },
  isUint16Array: function isUint16Array(value) {
    return typedArrayName(value) === 'Uint16Array';
  },
  isUint32Array: function isUint32Array(value) {
    return typedArrayName(value) === 'Uint32Array';
  },
  isInt8Array: function isInt8Array(value) {
    return typedArrayName(value) === 'Int8Array';
  },
  isInt16Array: function isInt16Array(value) {
    return typedArrayName(value) === 'Int16Array';
  },
  isInt32Array: function isInt32Array(value) {
    return typedArrayName(value) === 'Int32Array';
  },
  isFloat32Array: function isFloat32Array(value) {
    return typedArrayName(value) === 'Float32Array';
  },
  isFloat64Array: function isFloat64Array(value) {
    return typedArrayName(value) === 'Float64Array';
  },
  isBigInt64Array: function isBigInt64Array(value) {
    return typedArrayName(value) === 'BigInt64Array';
  },
  isBigUint64Array: function isBigUint64Array(value) {
    return typedArrayName(value) === 'BigUint64Array';
  },
  // crypto registers its brand checks here when it loads (KeyObject, CryptoKey).
  // Until then, Node's own test: a key object is one with a value under a private symbol,
  // which only a proxy (whose get trap answers for any key) can fake.
  isKeyObject: (value) => (keyObjectCheck !== null ? keyObjectCheck(value) : value != null && value[kKeyProbe] !== undefined),
  isCryptoKey: (value) => (cryptoKeyCheck !== null ? cryptoKeyCheck(value) : value != null && value[kKeyProbe] !== undefined),
};
const kKeyProbe = Symbol('kKeyObject');
let keyObjectCheck = null;
let cryptoKeyCheck = null;
function setCryptoTypeChecks(isKeyObject, isCryptoKey) {
  keyObjectCheck = isKeyObject;
  cryptoKeyCheck = isCryptoKey;
}
// Node's util.types functions have these names too (they show in inspect). The checks V8
// makes (up to isBoxedPrimitive) are native functions of length 0 without a prototype; the
// typed-array ones are plain JavaScript functions, which have one.
let native = true;
for (const name of ObjectKeys(types)) {
  if (name === 'isArrayBufferView') {
    native = false;
    continue;
  }
  if (native) ObjectDefineProperty(types[name], 'length', { value: 0, configurable: true });
  // crypto's two checks are named "value" in Node.
  const fnName = name === 'isKeyObject' || name === 'isCryptoKey' ? 'value' : name;
  ObjectDefineProperty(types[name], 'name', { value: fnName, configurable: true });
}

const { isArrayBuffer, isNativeError, isGeneratorFunction, isAsyncFunction } = types;

function isError(e) {
  if (isNativeError(e)) return true;
  try {
    return e instanceof Error;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Options, colors and styles

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineWidth = 16;

// Escaping: control characters, the quote in use, backslash, C1 controls and
// lone surrogates.
const meta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
];
function metaFor(code) {
  if (code < 32) return meta[code];
  if (code === 39) return "\\'";
  if (code === 92) return '\\\\';
  // 0x7F–0x9F
  return `\\x${StringPrototypeToUpperCase(NumberPrototypeToString(code, 16))}`;
}
const StringPrototypeToUpperCase = uncurryThis(String.prototype.toUpperCase);

const strEscapeSequencesReplacer = /[\x00-\x1f\x27\x5c\x7f-\x9f]/g;
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;

function escapeFn(str) {
  return metaFor(StringPrototypeCharCodeAt(str, 0));
}

// Colors: [open, close] SGR codes. Aliases are non-enumerable accessors.
const colors = { __proto__: null };
function defineColor(name, open, close) {
  colors[name] = [open, close];
}
defineColor('reset', 0, 0);
defineColor('bold', 1, 22);
defineColor('dim', 2, 22);
defineColor('italic', 3, 23);
defineColor('underline', 4, 24);
defineColor('blink', 5, 25);
defineColor('inverse', 7, 27);
defineColor('hidden', 8, 28);
defineColor('strikethrough', 9, 29);
defineColor('doubleunderline', 21, 24);
defineColor('black', 30, 39);
defineColor('red', 31, 39);
defineColor('green', 32, 39);
defineColor('yellow', 33, 39);
defineColor('blue', 34, 39);
defineColor('magenta', 35, 39);
defineColor('cyan', 36, 39);
defineColor('white', 37, 39);
defineColor('bgBlack', 40, 49);
defineColor('bgRed', 41, 49);
defineColor('bgGreen', 42, 49);
defineColor('bgYellow', 43, 49);
defineColor('bgBlue', 44, 49);
defineColor('bgMagenta', 45, 49);
defineColor('bgCyan', 46, 49);
defineColor('bgWhite', 47, 49);
defineColor('framed', 51, 54);
defineColor('overlined', 53, 55);
defineColor('gray', 90, 39);
defineColor('redBright', 91, 39);
defineColor('greenBright', 92, 39);
defineColor('yellowBright', 93, 39);
defineColor('blueBright', 94, 39);
defineColor('magentaBright', 95, 39);
defineColor('cyanBright', 96, 39);
defineColor('whiteBright', 97, 39);
defineColor('bgGray', 100, 49);
defineColor('bgRedBright', 101, 49);
defineColor('bgGreenBright', 102, 49);
defineColor('bgYellowBright', 103, 49);
defineColor('bgBlueBright', 104, 49);
defineColor('bgMagentaBright', 105, 49);
defineColor('bgCyanBright', 106, 49);
defineColor('bgWhiteBright', 107, 49);

function defineColorAlias(target, alias) {
  ObjectDefineProperty(colors, alias, {
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

const styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts, legacyDepth, legacyColors) {
  // Fast path for numbers, booleans, null, undefined, bigints and symbols
  // with default options (console.log(i) in a loop): the same text as the
  // full path, without building a context.
  if (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'string' &&
      legacyDepth === undefined && legacyColors === undefined &&
      !inspectDefaultOptions.colors && !inspectDefaultOptions.numericSeparator &&
      (opts === undefined || (opts !== null && typeof opts === 'object' && ObjectKeys(opts).length === 0))) {
    return formatPrimitive(stylizeNoColor, value, inspectDefaultOptions);
  }
  if (value === null && opts === undefined && legacyColors === undefined && !inspectDefaultOptions.colors) {
    return 'null';
  }
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    // Read for every object: own properties are found faster than misses.
    circular: undefined,
    userOptions: undefined,
  };
  // The legacy signature: inspect(value, showHidden, depth, colors).
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (opts !== undefined) {
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = ObjectKeys(opts);
      for (let i = 0; i < optKeys.length; ++i) {
        const key = optKeys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
ObjectDefineProperty(inspect, 'length', { value: 2 });

ObjectDefineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: true,
});

function defineStyleTable(name, table) {
  ObjectDefineProperty(inspect, name, {
    value: table,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
defineStyleTable('colors', colors);
defineStyleTable('styles', styles);

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // The custom function may belong to a different realm: give it a plain
    // object and a stylize that always returns a string.
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = function stylize(value, flavour) {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Continue regardless of error.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    };
  }
  return ret;
}
const ObjectSetPrototypeOf = Object.setPrototypeOf;

function formatValue(ctx, value, recurseTimes, typedArray) {
  // Primitives.
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  let kind = getInternalType(value);
  // Without showProxy a proxy is shown as its target, without running traps.
  let proxy;
  if (kind === 'Proxy') {
    proxy = getProxyDetails(value, !!ctx.showProxy);
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
    kind = getInternalType(value);
    // A proxy of a proxy: show the innermost target.
    while (kind === 'Proxy') {
      value = getProxyDetails(value, false);
      if (value === null) return ctx.stylize('<Revoked Proxy>', 'special');
      kind = getInternalType(value);
    }
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = FunctionPrototypeCall(maybeCustom, context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return StringPrototypeReplace(ret, /\n/g, `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      MapPrototypeSet(ctx.circular, value, index);
    } else {
      index = MapPrototypeGet(ctx.circular, value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        MapPrototypeSet(ctx.circular, value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray, kind);
}

// kind is getInternalType(value): one call into Go per object.
function formatRaw(ctx, value, recurseTimes, typedArray, kind) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  // Show the tag only when it is not also printed as an own property.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? ObjectPrototypeHasOwnProperty : ObjectPrototypePropertyIsEnumerable)(value, SymbolToStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let fallback = 'Object'; // the name a null-prototype plain object goes by
  let noIterator = true;
  let i = 0;
  const filter = ctx.showHidden ? false : true; // only enumerable
  let extrasType = kObjectType;

  if (value[SymbolIterator] || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (kind === 'Set') {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (ctx2, v, rt) => formatSet(value, ctx2, v, rt);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === 'Map') {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (ctx2, v, rt) => formatMap(value, ctx2, v, rt);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === 'TypedArray') {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new TypedArrayConstructors[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (ctx2, v, rt) => formatTypedArray(bound, size, ctx2, v, rt);
      extrasType = kArrayExtrasType;
    } else if (kind === 'MapIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (ctx2, v, rt) => formatIterator(braces, ctx2, v, rt);
    } else if (kind === 'SetIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (ctx2, v, rt) => formatIterator(braces, ctx2, v, rt);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (kind === 'Arguments') {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (typeof value.href === 'string' && value instanceof require('internal/url').URL &&
               !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      // A URL shown without its custom inspect is its href, then any own properties (Node v20);
      // past the depth limit it is an empty object like any other.
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (kind === 'RegExp') {
      // A null-prototype regexp cannot use RegExp.prototype.toString directly.
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (kind === 'Date') {
      if (NumberIsNaN(DatePrototypeGetTime(value))) {
        base = DatePrototypeToString(value);
      } else {
        base = dateToISOString(value);
      }
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (kind === 'Error' || isInstanceof(value, Error)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (kind === 'ArrayBuffer') {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + `{ byteLength: ${formatNumber(ctx.stylize, ArrayBufferPrototypeGetByteLength(value), false)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, 'byteLength');
    } else if (kind === 'DataView') {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
    } else if (kind === 'Promise') {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (kind === 'WeakSet') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (kind === 'WeakMap') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (kind === 'NumberObject' || kind === 'StringObject' || kind === 'BooleanObject' ||
               kind === 'BigIntObject' || kind === 'SymbolObject') {
      base = getBoxedBase(value, ctx, keys, constructor, tag, kind);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      // A null-prototype object whose tag is listed as a property goes by
      // V8's name for it (its own string Symbol.toStringTag).
      if (constructor === null && tag === '') fallback = engineConstructorName(value) || 'Object';
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, fallback)}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let j = 0; j < protoProps.length; j++) ArrayPrototypePush(output, protoProps[j]);
    }
  } catch (err) {
    const constructorName = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      // Add the reference in front of the base or the braces.
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(output, output.length - keys.length), comparator);
      ArrayPrototypeSplice(output, output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output is huge (about 128 MB): print the rest
  // at depth -1 so inspect terminates in reasonable time.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  return err instanceof RangeError &&
    typeof err.message === 'string' &&
    StringPrototypeIncludes(err.message, 'call stack size');
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ArrayPrototypePop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special',
    );
  }
  throw err;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getEmptyFormatArray() {
  return [];
}

// The engine's builtin constructors and namespaces, as V8's global object has
// them before Node adds its own (Buffer, URL, ... are not in the set): their
// prototype properties are not listed by showHidden, and %s formats their
// instances with inspect rather than String().
let builtInObjectsCache;
function builtInObjects() {
  if (builtInObjectsCache === undefined) {
    builtInObjectsCache = new SafeSet([
      'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise',
      'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
      'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics',
      'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
      'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
      'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
      'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer', 'WebAssembly',
    ]);
  }
  return builtInObjectsCache;
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// V8's own name for obj (GetConstructorName): the engine's class name, or
// for an ordinary object a string Symbol.toStringTag, else the name of the
// 'constructor' function its prototypes hold; each read only as a data
// property (an accessor or a Proxy on the chain ends that search).
function engineConstructorName(obj) {
  const name = internalGetConstructorName(obj);
  if (name !== 'Object') return name;
  const tag = dataPropertyOnChain(obj, SymbolToStringTag);
  if (typeof tag === 'string') return tag;
  const constructor = dataPropertyOnChain(ObjectGetPrototypeOf(obj), 'constructor');
  if (typeof constructor === 'function') {
    const constructorName = constructor.name;
    if (typeof constructorName === 'string' && constructorName !== '' && constructorName !== 'Object') {
      return constructorName;
    }
  }
  return name;
}

// The value of the first own key on obj's chain when it is a data property.
function dataPropertyOnChain(obj, key) {
  for (; obj !== null && kindOf(obj) !== 'Proxy'; obj = ObjectGetPrototypeOf(obj)) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, key);
    if (descriptor !== undefined) return descriptor.value;
  }
  return undefined;
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !SetPrototypeHas(builtInObjects(), descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = engineConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// showHidden: list the non-function properties of up to three user-defined
// prototypes, dimmed when colored.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          SetPrototypeHas(builtInObjects(), descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SafeSet();
    } else {
      for (const key of keys) SetPrototypeAdd(keySet, key);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (const key of keys) {
      if (key === 'constructor' ||
          ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && SetPrototypeHas(keySet, key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) {
        ArrayPrototypePush(output, `\u001b[2m${value}\u001b[22m`);
      } else {
        ArrayPrototypePush(output, value);
      }
    }
    ArrayPrototypePop(ctx.seen);
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// Own keys to list: enumerable string keys then enumerable symbols; with
// showHidden every own key.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(keys, symbols[i]);
    // goja lists a function's prototype before length and name; V8 after.
    if (typeof value === 'function') {
      const p = ArrayPrototypeIndexOf(keys, 'prototype');
      const n = ArrayPrototypeIndexOf(keys, 'name');
      if (p !== -1 && n > p) {
        ArrayPrototypeSplice(keys, p, 1);
        ArrayPrototypeSplice(keys, n, 0, 'prototype');
      }
    }
  } else {
    keys = ObjectKeys(value);
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) ArrayPrototypePush(keys, symbols[i]);
    }
  }
  return keys;
}

function getOwnNonIndexProperties(value, onlyEnumerable) {
  const names = getOwnNonIndexNames(value);
  const keys = [];
  for (let i = 0; i < names.length; i++) {
    if (!onlyEnumerable || ObjectPrototypePropertyIsEnumerable(value, names[i])) ArrayPrototypePush(keys, names[i]);
  }
  const symbols = ObjectGetOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (!onlyEnumerable || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) ArrayPrototypePush(keys, symbols[i]);
  }
  return keys;
}

function getFunctionBase(value, constructor, tag) {
  let stringified;
  try {
    stringified = FunctionPrototypeToString(value);
  } catch {
    stringified = '';
  }
  if (StringPrototypeStartsWith(stringified, 'class') && StringPrototypeEndsWith(stringified, '}')) {
    const slice = StringPrototypeSlice(stringified, 5, -1);
    const bracketIndex = StringPrototypeIndexOf(slice, '{');
    if (bracketIndex !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), '(') ||
         // Slow path to guarantee that it is indeed a class.
         RegExpPrototypeExec(classRegExp, StringPrototypeReplace(slice, stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  // goja gives async methods Function.prototype instead of AsyncFunction.prototype.
  if (constructor === 'Function' && type !== 'Function' && ObjectGetPrototypeOf(value) === Function.prototype) {
    constructor = type;
  }
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag, kind) {
  let fn;
  let type;
  if (kind === 'NumberObject') {
    fn = NumberPrototypeValueOf;
    type = 'Number';
  } else if (kind === 'StringObject') {
    fn = StringPrototypeValueOf;
    type = 'String';
    // For boxed Strings, the index keys are the characters: drop them.
    ArrayPrototypeSplice(keys, 0, value.length);
  } else if (kind === 'BooleanObject') {
    fn = BooleanPrototypeValueOf;
    type = 'Boolean';
  } else if (kind === 'BigIntObject') {
    fn = BigIntPrototypeValueOf;
    type = 'BigInt';
  } else {
    fn = SymbolPrototypeValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ` (${constructor})`;
    }
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

// Date.prototype.toISOString, with the six-digit signed years that goja
// does not write for years before 0.
const DatePrototypeGetUTCFullYear = uncurryThis(Date.prototype.getUTCFullYear);
function dateToISOString(date) {
  const iso = DatePrototypeToISOString(date);
  const year = DatePrototypeGetUTCFullYear(date);
  if (year >= 0 && year <= 9999) return iso;
  const dash = StringPrototypeIndexOf(iso, '-', 1);
  const sign = year < 0 ? '-' : '+';
  const digits = StringPrototypePadStart(String(year < 0 ? -year : year), 6, '0');
  return `${sign}${digits}${StringPrototypeSlice(iso, dash)}`;
}

// ---------------------------------------------------------------------------
// Errors

function getStackString(error) {
  if (!error.stack) return ErrorPrototypeToString(error);
  const stack = String(error.stack);
  // Errors thrown by the engine itself carry goja's stack format: print them
  // in V8's, as the host does for uncaught errors.
  if (StringPrototypeIncludes(stack, '\n\tat ')) return reformatStack(stack);
  return stack;
}

let errorsBinding;
function reformatStack(stack) {
  if (errorsBinding === undefined) {
    try {
      errorsBinding = internalBinding('errors');
    } catch {
      errorsBinding = null;
    }
  }
  if (errorsBinding === null || typeof errorsBinding.reformatStack !== 'function') return stack;
  return errorsBinding.reformatStack(stack);
}

// The index where the frames start: V8's "\n    at"; goja's own format
// ("\n\tat") is accepted as well until every stack has V8's format.
function stackFramesStart(stack, pos) {
  const v8 = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (v8 !== -1) return v8;
  return StringPrototypeIndexOf(stack, '\n\tat ', pos);
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = ArrayPrototypeIndexOf(keys, name);
      // Only hide the property if it is a string and it is part of the stack.
      if (index !== -1) {
        let v;
        try {
          v = err[name];
        } catch {
          continue;
        }
        if (StringPrototypeIncludes(stack, v)) ArrayPrototypeSplice(keys, index, 1);
      }
    }
  }
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // If 'cause' is a getter that throws, ignore it.
  }
  // Remove the frames the error shares with its cause.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = stackFramesStart(causeStack, 0);
    if (causeStackStart !== -1) {
      const causeFrames = StringPrototypeSplit(StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// The longest run (more than three lines) of a that also appears in b.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// Make the first line of the stack name the error's class when the name the
// stack was made with does not say it (subclasses, null prototypes, tags).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') &&
       StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${StringPrototypeSlice(stack, len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

function safeGetCWD() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function markNodeModules(ctx, line) {
  let tempLine = '';
  let nodeModule;
  let pos = 0;
  nodeModulesRegExp.lastIndex = 0;
  while ((nodeModule = RegExpPrototypeExec(nodeModulesRegExp, line)) !== null) {
    // '/node_modules/'.length === 14
    tempLine += StringPrototypeSlice(line, pos, nodeModule.index + 14);
    tempLine += ctx.stylize(nodeModule[1], 'module');
    pos = nodeModule.index + nodeModule[0].length;
  }
  if (pos !== 0) line = tempLine + StringPrototypeSlice(line, pos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = StringPrototypeIndexOf(line, workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (StringPrototypeSlice(line, cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = StringPrototypeSlice(line, start, workingDirectoryEndPos);
    tempLine += StringPrototypeSlice(line, 0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += StringPrototypeSlice(line, workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  } else {
    tempLine += line;
  }
  return tempLine;
}

function formatError(err, constructor, tag, ctx, keys) {
  let name;
  try {
    name = err.name != null ? String(err.name) : 'Error';
  } catch {
    name = 'Error';
  }
  let stack = getStackString(err);
  // goja ends its stacks with a newline; V8 does not.
  if (stack.length > 1 && stack[stack.length - 1] === '\n' && stackFramesStart(stack, 0) !== -1) {
    stack = StringPrototypeSlice(stack, 0, -1);
  }

  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    ArrayPrototypePush(keys, 'cause');
  }
  // Print the errors of an AggregateError.
  let errors;
  try {
    errors = err.errors;
  } catch {
    // ignore
  }
  if (ArrayIsArray(errors) && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
    ArrayPrototypePush(keys, 'errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Skip past the message when looking for the frames: it may contain "\n    at".
  let message;
  try {
    message = err.message;
  } catch {
    message = undefined;
  }
  let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stackFramesStart(stack, pos);
  if (stackStart === -1) {
    // No frames: wrap the error in brackets.
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const stackFramePart = StringPrototypeSlice(stack, stackStart + 1);
    const lines = getStackFrames(ctx, err, stackFramePart);
    if (ctx.colors) {
      // Grey out core frames, underline node_modules, dim the working directory.
      const workingDirectory = safeGetCWD();
      for (let line of lines) {
        const core = RegExpPrototypeExec(coreModuleRegExp, line);
        if (core !== null && isBuiltinModule(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) newLine = markCwd(ctx, line, `file://${workingDirectory}`);
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${ArrayPrototypeJoin(lines, '\n')}`;
    }
    stack = newStack;
  }
  // The message and the stack have to be indented as well.
  if (ctx.indentationLvl !== 0) {
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    stack = StringPrototypeReplace(stack, /\n/g, `\n${indentation}`);
  }
  return stack;
}

function isBuiltinModule(id) {
  try {
    const loader = require('internal/modules/cjs/loader');
    if (loader && loader.Module && typeof loader.Module.isBuiltin === 'function') {
      return loader.Module.isBuiltin(id) || StringPrototypeStartsWith(id, 'internal/');
    }
  } catch {
    // fall through
  }
  return true;
}

// ---------------------------------------------------------------------------
// Primitives

// Characters that strEscape may have to escape (surrogates only when alone;
// the slow path decides).
const strNeedsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const strNeedsEscapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

function addQuotes(str, quotes) {
  if (quotes === -1) return `"${str}"`;
  if (quotes === -2) return `\`${str}\``;
  return `'${str}'`;
}

// Quote a string the way Node does: single quotes unless the string holds
// one, then double quotes, then backticks; escape what needs escaping.
function strEscape(str) {
  let singleQuote = 39;
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) {
      singleQuote = -1;
    } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
      singleQuote = -2;
    }
  }
  // Fast path: nothing to escape (a character loop is slow in goja).
  if (!RegExpPrototypeTest(singleQuote === 39 ? strNeedsEscape : strNeedsEscapeNoQuote, str)) {
    return addQuotes(str, singleQuote);
  }
  const parts = [];
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const point = StringPrototypeCharCodeAt(str, i);
    if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      if (last !== i) ArrayPrototypePush(parts, StringPrototypeSlice(str, last, i));
      ArrayPrototypePush(parts, metaFor(point));
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < len) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      // A lone surrogate.
      if (last !== i) ArrayPrototypePush(parts, StringPrototypeSlice(str, last, i));
      ArrayPrototypePush(parts, `\\u${NumberPrototypeToString(point, 16)}`);
      last = i + 1;
    }
  }
  if (last === 0) return addQuotes(str, singleQuote);
  if (last !== len) ArrayPrototypePush(parts, StringPrototypeSlice(str, last));
  return addQuotes(ArrayPrototypeJoin(parts, ''), singleQuote);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    // Format -0 as '-0'. Checking `number === -0` won't distinguish 0 from -0.
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(string, 'e')) return fn(string, 'number');
    return fn(`${addNumericSeparator(string)}`, 'number');
  }
  if (NumberIsNaN(number)) return fn(string, 'number');
  // Split the full representation at its decimal point (as Node does, even
  // for exponent forms such as 1e-7).
  const full = String(number);
  const point = StringPrototypeIndexOf(full, '.');
  return fn(`${addNumericSeparator(StringPrototypeSlice(full, 0, point))}.${
    addNumericSeparatorEnd(StringPrototypeSlice(full, point + 1))}`, 'number');
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = StringPrototypeStartsWith(integerString, '-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${StringPrototypeSlice(integerString, i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${StringPrototypeSlice(integerString, 0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) result += `${StringPrototypeSlice(integerString, i, i + 3)}_`;
  return i === 0 ? integerString : `${result}${StringPrototypeSlice(integerString, i)}`;
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        // We do not support handling unicode characters width with the
        // readline getStringWidth function as there are performance
        // implications.
        value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const lines = splitLinesKeepNewline(value);
      const out = [];
      for (let i = 0; i < lines.length; i++) ArrayPrototypePush(out, fn(strEscape(lines[i]), 'string'));
      return ArrayPrototypeJoin(out, ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  // es6 symbol primitive
  return fn(SymbolPrototypeToString(value), 'symbol');
}

// "a\nb\n" → ["a\n", "b\n"]: lines keep their newline.
function splitLinesKeepNewline(str) {
  const out = [];
  let start = 0;
  for (;;) {
    const nl = StringPrototypeIndexOf(str, '\n', start);
    if (nl === -1 || nl === str.length - 1) break;
    ArrayPrototypePush(out, StringPrototypeSlice(str, start, nl + 1));
    start = nl + 1;
  }
  ArrayPrototypePush(out, StringPrototypeSlice(str, start));
  return out;
}

// ---------------------------------------------------------------------------
// Collections

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const max = MathMin(ctx.maxArrayLength, buffer.length);
  const hex = [];
  for (let i = 0; i < max; i++) {
    const b = buffer[i];
    ArrayPrototypePush(hex, b < 16 ? `0${NumberPrototypeToString(b, 16)}` : NumberPrototypeToString(b, 16));
  }
  let str = ArrayPrototypeJoin(hex, ' ');
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);

  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    // Special handle sparse arrays.
    if (!ObjectPrototypeHasOwnProperty(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

// The sparse-array path: runs of holes print as `<n empty items>`.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Arrays can only have up to 2^32 - 1 entries
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!RegExpPrototypeTest(numberRegExp, key)) break;
      const emptyItems = tmp - index;
      const ending = emptyItems > 1 ? 's' : '';
      const message = `<${emptyItems} empty item${ending}>`;
      ArrayPrototypePush(output, ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const ending = remaining > 1 ? 's' : '';
      const message = `<${remaining} empty item${ending}>`;
      ArrayPrototypePush(output, ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  }
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = [];
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
  if (ctx.showHidden) {
    // .buffer goes last: it is the only property that may be an object.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      ArrayPrototypePush(output, `[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, ctx, ignored, recurseTimes) {
  const length = SetPrototypeGetSize(set);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = SetPrototypeValues(set);
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorNext(it);
    if (step.done) break;
    ArrayPrototypePush(output, formatValue(ctx, step.value, recurseTimes));
  }
  if (remaining > 0) ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, ignored, recurseTimes) {
  const length = MapPrototypeGetSize(map);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = MapPrototypeEntries(map);
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorNext(it);
    if (step.done) break;
    const k = step.value[0];
    const v = step.value[1];
    ArrayPrototypePush(output, `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (remaining > 0) ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

const kIterator = 0;
const kWeak = 1;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak entries have no order: sort them for a stable output.
  if (state === kWeak && !ctx.sorted) ArrayPrototypeSort(output);
  const remaining = entries.length - maxLength;
  if (remaining > 0) ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // Entries exist as [key1, val1, key2, val2, ...]
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = [];
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    // Weak entries have no order: sort them for a stable output.
    if (!ctx.sorted) ArrayPrototypeSort(output);
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, preview[0], kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, preview[0], kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) return [];
  const entries = preview[0];
  const isKeyValue = preview[1];
  if (isKeyValue) {
    // Mark entry iterators as such.
    braces[0] = StringPrototypeReplace(braces[0], / Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kIterator);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  let output;
  const details = getPromiseDetails(value);
  const state = details[0];
  if (state === kPending) {
    output = [ctx.stylize('<pending>', 'special')];
  } else {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details[1], recurseTimes);
    ctx.indentationLvl -= 2;
    output = [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }
  return output;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Keys that print without quotes, cached: objects of one shape repeat keys.
let identifierKeys = new SafeMap();
function isIdentifierKey(key) {
  let ok = MapPrototypeGet(identifierKeys, key);
  if (ok === undefined) {
    ok = RegExpPrototypeTest(keyStrRegExp, key);
    if (identifierKeys.size >= 2048) identifierKeys = new SafeMap();
    MapPrototypeSet(identifierKeys, key, ok);
  }
  return ok;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = FunctionPrototypeCall(desc.get, original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    const tmp = StringPrototypeReplace(SymbolPrototypeToString(key), strEscapeSequencesReplacer, escapeFn);
    name = `[${ctx.stylize(tmp, 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    const tmp = StringPrototypeReplace(key, strEscapeSequencesReplacer, escapeFn);
    name = `[${tmp}]`;
  } else if (isIdentifierKey(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry is separated by at least a comma: start with output.length.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    if (ctx.colors) {
      totalLength += removeColors(output[i]).length;
    } else {
      totalLength += output[i].length;
    }
    if (totalLength > ctx.breakLength) return false;
  }
  // Do not line up properties on the same line if `base` contains line breaks.
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      // Memorize the original output length. In case the output is grouped,
      // prevent lining up the entries on a single line.
      const entries = output.length;
      // Group array elements together if the array contains at least six
      // separate entries.
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // `ctx.currentDepth` is set to the most inner depth of the currently
      // inspected object part while `recurseTimes` is the actual current depth
      // that is inspected.
      //
      // Example:
      //
      // const a = { first: [ 1, 2, 3 ], next: { detail: { core: true } } }
      //
      // The deepest depth of `b` is 2 (a.nested.b) while `ctx.currentDepth` is
      // at most 1 when inspecting `a.first`.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        // Line up all entries on a single line in case the entries do not
        // exceed `breakLength`. Add 10 as constant to start next to all other
        // factors that may reduce `breakLength`.
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = ArrayPrototypeJoin(output, ', ');
          if (!StringPrototypeIncludes(joinedOutput, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput}` + ` ${braces[1]}`;
          }
        }
      }
    }
    // Line up each entry on an individual line.
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      ArrayPrototypeJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // Line up all entries on a single line in case the entries do not exceed
  // `breakLength`.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${ArrayPrototypeJoin(output, ', ')} ` + braces[1];
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  // If the opening "brace" is too large, like in the case of "Set {",
  // we need to force the first item to be on the next line or the
  // items will not line up correctly.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  // Line up each entry on an individual line.
  return `${braces[0]}${ln}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Arrange the entries of long arrays of short items in columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // This makes sure the "... n more items" part is not taken into account.
    outputLength--;
  }
  const separatorSpace = 2; // Add 1 for the space and 1 for the separator.
  const dataLen = [];
  // Calculate the total length of all output entries and the individual max
  // entry length of all output entries. We have to remove colors first,
  // otherwise the length would not be calculated properly.
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  // Add two to `maxLength` as we add a single whitespace character plus a comma
  // in-between two entries.
  const actualMax = maxLength + separatorSpace;
  // Check if at least three entries fit next to each other and prevent grouping
  // of arrays that contains entries of very different length (i.e., if a single
  // entry is longer than 1/5 of all other entries combined). Otherwise the
  // space in-between small entries would be enormous.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    // Dynamically check how many columns seem possible.
    const columns = MathMin(
      // Ideally a square should be drawn. We expect a character to be roughly 2.5
      // times as high as wide. This is the area formula to calculate a square
      // which contains n rectangles of size `actualMax * approxCharHeights`.
      // Divide that by `actualMax` to receive the correct number of columns.
      // The added bias increases the columns for short entries.
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      // Do not exceed the breakLength.
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      // Limit array grouping for small `compact` modes as the user requested
      // minimal grouping.
      ctx.compact * 4,
      // Limit the columns to a maximum of fifteen.
      15,
    );
    // Return with the original output if no grouping should happen.
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      ArrayPrototypePush(maxLineLength, lineLength + separatorSpace);
    }
    let order = StringPrototypePadStart;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          order = StringPrototypePadEnd;
          break;
        }
      }
    }
    // Each iteration creates a single line of grouped entries.
    for (let i = 0; i < outputLength; i += columns) {
      // The last lines may contain less entries than columns.
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Calculate extra color padding in case it's active. This has to be
        // done line by line as some lines might contain more colors than
        // others.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += order(`${output[j]}, `, padding, ' ');
      }
      if (order === StringPrototypePadStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += StringPrototypePadStart(output[j], padding, ' ');
      } else {
        str += output[j];
      }
      ArrayPrototypePush(tmp, str);
    }
    if (ctx.maxArrayLength < output.length) ArrayPrototypePush(tmp, output[outputLength]);
    output = tmp;
  }
  return output;
}

// ---------------------------------------------------------------------------
// String width and control characters

// ECMA-48 control sequences: CSI (ESC [ or 0x9B) with parameters and a final
// byte, and OSC-style strings ended by BEL, ESC \ or 0x9C.
const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansi = new RegExp(ansiPattern, 'g');

function removeColors(str) {
  return StringPrototypeReplace(String(str), ansi, '');
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return StringPrototypeReplace(str, ansi, '');
}

// Column width of a string in a terminal: East Asian wide characters and
// emoji count two, combining marks and control characters zero (computed in
// Go, like Node's ICU-based count, for anything but printable ASCII).
const printableAscii = /^[\x20-\x7e]*$/;
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  if (RegExpPrototypeTest(printableAscii, str)) return str.length;
  if (typeof binding.getStringWidth === 'function') return binding.getStringWidth(str);
  return getStringWidthJS(str);
}

function getStringWidthJS(str) {
  let width = 0;
  str = StringPrototypeNormalize(str, 'NFC');
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCodePointAt(str, i);
    if (code > 0xffff) i++;
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

function isFullWidthCodePoint(code) {
  // Code points are partially derived from:
  // https://www.unicode.org/Public/UNIDATA/EastAsianWidth.txt
  return code >= 0x1100 && (
    code <= 0x115f || // Hangul Jamo
    code === 0x2329 || // LEFT-POINTING ANGLE BRACKET
    code === 0x232a || // RIGHT-POINTING ANGLE BRACKET
    // CJK Radicals Supplement .. Enclosed CJK Letters and Months
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
    (code >= 0x3250 && code <= 0x4dbf) ||
    // CJK Unified Ideographs .. Yi Radicals
    (code >= 0x4e00 && code <= 0xa4c6) ||
    // Hangul Jamo Extended-A
    (code >= 0xa960 && code <= 0xa97c) ||
    // Hangul Syllables
    (code >= 0xac00 && code <= 0xd7a3) ||
    // CJK Compatibility Ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    // Vertical Forms
    (code >= 0xfe10 && code <= 0xfe19) ||
    // CJK Compatibility Forms .. Small Form Variants
    (code >= 0xfe30 && code <= 0xfe6b) ||
    // Halfwidth and Fullwidth Forms
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    // Kana Supplement
    (code >= 0x1b000 && code <= 0x1b001) ||
    // Enclosed Ideographic Supplement
    (code >= 0x1f200 && code <= 0x1f251) ||
    // Miscellaneous Symbols and Pictographs 0x1f300 - 0x1f5ff
    // Emoticons 0x1f600 - 0x1f64f
    (code >= 0x1f300 && code <= 0x1f64f) ||
    // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F || // C0 control codes
    (code >= 0x7F && code <= 0x9F) || // C1 control codes
    (code >= 0x300 && code <= 0x36F) || // Combining Diacritical Marks
    (code >= 0x200B && code <= 0x200F) || // Modifying Invisible Characters
    // Combining Diacritical Marks for Symbols
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) || // Variation Selectors
    (code >= 0xFE20 && code <= 0xFE2F) || // Combining Half Marks
    (code >= 0xE0100 && code <= 0xE01EF); // Variation Selectors
}

// ---------------------------------------------------------------------------
// format / formatWithOptions

let CIRCULAR_ERROR_MESSAGE;

function firstErrorLine(error) {
  return StringPrototypeSplit(error.message, '\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    // Populate the circular error message lazily
    if (!CIRCULAR_ERROR_MESSAGE) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        CIRCULAR_ERROR_MESSAGE = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === CIRCULAR_ERROR_MESSAGE) return '[Circular]';
    throw err;
  }
}

// Does value (or its first prototype with a toString) use a builtin toString?
// Then %s prints it with inspect; otherwise with its own toString.
function hasBuiltInToString(value) {
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  // Count objects that have no `toString` function as built-in.
  if (typeof value.toString !== 'function') return true;
  // The object has a own `toString` property. Thus it's not not a built-in one.
  if (ObjectPrototypeHasOwnProperty(value, 'toString')) return false;
  // Find the object that has the `toString` property as own property in the
  // prototype chain.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (pointer !== null && !ObjectPrototypeHasOwnProperty(pointer, 'toString'));
  if (pointer === null) return true;
  // Check closer if the object is a built-in.
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    SetPrototypeHas(builtInObjects(), descriptor.value.name);
}

// parseInt, keeping the sign of a negative zero ("-0.5" → -0), which goja drops.
// Runs a conversion of an object (Number, parseInt, parseFloat), giving V8's message when the
// object has no usable valueOf/toString (goja's message names Go types).
function convertObject(convert, value) {
  try {
    return convert(value);
  } catch (err) {
    if (err instanceof TypeError && /^Could not convert [^]* to primitive$/.test(err.message)) {
      throw new TypeError('Cannot convert object to primitive value');
    }
    throw err;
  }
}

function parseIntKeepSign(value) {
  const str = `${value}`;
  const n = NumberParseInt(str);
  if (n === 0 && RegExpPrototypeTest(/^\s*-/, str)) return -0;
  return n;
}

function formatWithOptions(inspectOptions, ...args) {
  // Like Node: any object, arrays included, but not null.
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;

    // Jump from one '%' to the next (a character loop is slow in goja).
    for (let i = StringPrototypeIndexOf(first, '%'); i !== -1 && i < first.length - 1;
      i = StringPrototypeIndexOf(first, '%', i + 1)) {
      {
        const nextChar = StringPrototypeCharCodeAt(first, ++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumber(stylizeNoColor, tempArg, false);
              } else if (typeof tempArg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, tempArg, false);
              } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                tempStr = String(tempArg);
              } else {
                tempStr = inspect(tempArg, {
                  ...inspectOptions,
                  depth: 0,
                  colors: false,
                  compact: 3,
                });
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, tempNum, false);
              } else if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                const n = typeof tempNum === 'object' && tempNum !== null ? convertObject(Number, tempNum) : Number(tempNum);
                tempStr = formatNumber(stylizeNoColor, n, false);
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], {
                ...inspectOptions,
                showHidden: true,
                showProxy: true,
                depth: 4,
              });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, tempInteger, false);
              } else if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                const n = typeof tempInteger === 'object' && tempInteger !== null ?
                  convertObject(parseIntKeepSign, tempInteger) : parseIntKeepSign(tempInteger);
                tempStr = formatNumber(stylizeNoColor, n, false);
              }
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') {
                tempStr = 'NaN';
              } else {
                const n = typeof tempFloat === 'object' && tempFloat !== null ?
                  convertObject(NumberParseFloat, tempFloat) : NumberParseFloat(tempFloat);
                tempStr = formatNumber(stylizeNoColor, n, false);
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += StringPrototypeSlice(first, lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Any other character is not a correct placeholder
              continue;
          }
          if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// ---------------------------------------------------------------------------
// Validation (through internal/errors, loaded lazily: it needs inspect).

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || ArrayIsArray(value)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
  }
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  removeColors,
  isError,
  types,
  setCryptoTypeChecks,
  customInspectSymbol,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  getStackString,
};
