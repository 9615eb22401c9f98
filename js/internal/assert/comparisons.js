'use strict';

// internal/assert/comparisons — the deep equality behind assert.deepEqual,
// assert.deepStrictEqual (and their negations) and util.isDeepStrictEqual.
//
// The results are Node v20's, pair for pair:
//
// - Strict mode compares primitives with Object.is (so NaN equals NaN, -0 does not equal 0),
//   and objects must share their prototype. Loose mode uses == for primitives (NaN still
//   equals NaN) and ignores prototypes and symbol keys.
// - Both sides need the same Object.prototype.toString tag. What else is compared depends on
//   the engine-level kind of the left side: array elements (holes count), the time of a Date,
//   source/flags/lastIndex of a RegExp, the bytes of typed arrays, DataViews and
//   (Shared)ArrayBuffers (loose float arrays compare by value), entries of Maps and Sets
//   (unordered; object keys and members are matched deeply, one to one), the primitive inside
//   a boxed primitive, name/message/cause/errors of an Error (own or inherited), the href of
//   a URL, and KeyObject/CryptoKey contents.
// - Then the own enumerable string keys (and in strict mode own enumerable symbols) must
//   match and their values must be deep-equal. Reading them runs getters.
// - Cycles: a pair of objects met again while it is being compared counts as equal. The first
//   two levels are tracked without allocation; below that a Set of the objects on the current
//   path is kept, with Node's rules for when entries leave it.
//
// WeakMaps, WeakSets, Promises and functions have nothing comparable beyond their keys, so
// two distinct ones are equal when their own keys are (functions: only by identity).

const {
  getOwnNonIndexNames,
} = internalBinding('util');
const { types } = require('internal/util/inspect');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isCryptoKey,
  isDate,
  isFloat32Array,
  isFloat64Array,
  isKeyObject,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = types;

// Builtins are captured now so that programs patching them do not change the comparison.
const uncurry = (fn) => Function.prototype.call.bind(fn);
const ArrayIsArray = Array.isArray;
const ObjectKeys = Object.keys;
const ObjectIs = Object.is;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const NumberIsNaN = Number.isNaN;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const tagOf = uncurry(Object.prototype.toString);
const push = uncurry(Array.prototype.push);
const dateTime = uncurry(Date.prototype.getTime);
const numberValue = uncurry(Number.prototype.valueOf);
const stringValue = uncurry(String.prototype.valueOf);
const booleanValue = uncurry(Boolean.prototype.valueOf);
const bigintValue = uncurry(BigInt.prototype.valueOf);
const symbolValue = uncurry(Symbol.prototype.valueOf);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayTag = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const typedArrayByteLength = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get);
const SetCtor = Set;
const setHas = uncurry(Set.prototype.has);
const setAdd = uncurry(Set.prototype.add);
const setDelete = uncurry(Set.prototype.delete);
const setValues = uncurry(Set.prototype.values);
const setSize = uncurry(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);
const setIteratorNext = uncurry(ObjectGetPrototypeOf(new Set().values()).next);
const mapHas = uncurry(Map.prototype.has);
const mapGet = uncurry(Map.prototype.get);
const mapEntries = uncurry(Map.prototype.entries);
const mapSize = uncurry(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
const mapIteratorNext = uncurry(ObjectGetPrototypeOf(new Map().entries()).next);

const STRICT = true;
const LOOSE = false;

// What keyCheck walks besides the keys.
const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

// Snapshots of a Set's members / a Map's entries (Node iterates the live collections; taking
// them up front is the same as long as a comparison does not mutate what it compares).
function membersOf(set) {
  const out = [];
  const it = setValues(set);
  for (let r = setIteratorNext(it); !r.done; r = setIteratorNext(it)) push(out, r.value);
  return out;
}

function entriesOf(map) {
  const out = [];
  const it = mapEntries(map);
  for (let r = mapIteratorNext(it); !r.done; r = mapIteratorNext(it)) push(out, r.value);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Byte-level comparisons

function sameBytes(a, aOffset, b, bOffset, length) {
  // Word-sized steps where both views are aligned, bytes otherwise.
  if (aOffset % 4 === 0 && bOffset % 4 === 0) {
    const words = length >>> 2;
    if (words > 0) {
      const wa = new Uint32Array(a, aOffset, words);
      const wb = new Uint32Array(b, bOffset, words);
      for (let i = 0; i < words; i++) {
        if (wa[i] !== wb[i]) return false;
      }
    }
    const done = words * 4;
    if (done === length) return true;
    aOffset += done;
    bOffset += done;
    length -= done;
  }
  const ua = new Uint8Array(a, aOffset, length);
  const ub = new Uint8Array(b, bOffset, length);
  for (let i = 0; i < length; i++) {
    if (ua[i] !== ub[i]) return false;
  }
  return true;
}

// Typed arrays and DataViews: the same number of bytes with the same contents.
function viewsHaveSameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameBytes(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

// Loose mode compares float arrays by value (0 equals -0, NaN differs from itself). Node walks
// indices up to the byte length; those past the end read undefined on both sides.
function floatArraysLooselyEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const n = typedArrayByteLength(a);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function buffersHaveSameBytes(a, b) {
  return a.byteLength === b.byteLength && sameBytes(a, 0, b, 0, a.byteLength);
}

function boxedPrimitivesEqual(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && ObjectIs(numberValue(a), numberValue(b));
  if (isStringObject(a)) return isStringObject(b) && stringValue(a) === stringValue(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && booleanValue(a) === booleanValue(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && bigintValue(a) === bigintValue(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && symbolValue(a) === symbolValue(b);
  return false;
}

// Node recognises URL objects by their shape.
function looksLikeURL(v) {
  return Boolean(v != null && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

// Own non-index keys of an array or typed array: enumerable strings, then (strict mode)
// enumerable symbols.
function nonIndexKeys(obj, strict) {
  const names = getOwnNonIndexNames(obj);
  const out = [];
  for (let i = 0; i < names.length; i++) {
    if (isEnumerable(obj, names[i])) push(out, names[i]);
  }
  if (strict) {
    const symbols = ObjectGetOwnPropertySymbols(obj);
    for (let i = 0; i < symbols.length; i++) {
      if (isEnumerable(obj, symbols[i])) push(out, symbols[i]);
    }
  }
  return out;
}

// The CryptoKey's KeyObject lives behind a symbol of the crypto module.
let cryptoKeyObjectSymbol;
function keyObjectOfCryptoKey(key) {
  if (cryptoKeyObjectSymbol === undefined) {
    cryptoKeyObjectSymbol = null;
    for (const s of ObjectGetOwnPropertySymbols(key)) {
      if (s.description === 'kKeyObject') cryptoKeyObjectSymbol = s;
    }
  }
  return cryptoKeyObjectSymbol === null ? undefined : key[cryptoKeyObjectSymbol];
}

// ---------------------------------------------------------------------------------------------
// The comparison

function deepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || ObjectIs(a, b);

  if (strict) {
    if (typeof a === 'number') return NumberIsNaN(a) && NumberIsNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  } else {
    const aIsObject = a !== null && typeof a === 'object';
    const bIsObject = b !== null && typeof b === 'object';
    if (!aIsObject || !bIsObject) {
      // eslint-disable-next-line eqeqeq
      return !aIsObject && !bIsObject && (a == b || (NumberIsNaN(a) && NumberIsNaN(b)));
    }
  }

  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kArray, keys);
  }
  if (tag === '[object Object]') return keyCheck(a, b, strict, memos, kPlain);

  if (isDate(a)) {
    if (!isDate(b) || dateTime(a) !== dateTime(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (typedArrayTag(a) !== typedArrayTag(b)) return false;
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!floatArraysLooselyEqual(a, b)) return false;
    } else if (!viewsHaveSameBytes(a, b)) {
      return false;
    }
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kPlain, keys);
  } else if (isSet(a)) {
    if (!isSet(b) || setSize(a) !== setSize(b)) return false;
    return keyCheck(a, b, strict, memos, kSet);
  } else if (isMap(a)) {
    if (!isMap(b) || mapSize(a) !== mapSize(b)) return false;
    return keyCheck(a, b, strict, memos, kMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !buffersHaveSameBytes(a, b)) return false;
  } else if (isNativeError(a) || a instanceof Error) {
    if (!isNativeError(b) && !(b instanceof Error)) return false;
    if (!errorPropertiesEqual(a, b, strict, memos)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!boxedPrimitivesEqual(a, b)) return false;
  } else if (ArrayIsArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b) ||
             b instanceof Error) {
    return false;
  } else if (isKeyObject(a)) {
    if (!isKeyObject(b) || !a.equals(b)) return false;
  } else if (isCryptoKey(a)) {
    if (!isCryptoKey(b) ||
        a.extractable !== b.extractable ||
        !deepEqual(a.algorithm, b.algorithm, strict, memos) ||
        !deepEqual(a.usages, b.usages, strict, memos) ||
        !deepEqual(keyObjectOfCryptoKey(a), keyObjectOfCryptoKey(b), strict, memos)) {
      return false;
    }
  } else if (looksLikeURL(a)) {
    if (!looksLikeURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, kPlain);
}

// message, name, cause and errors take part whether or not they are own enumerable
// properties: when enumerable (on both sides) the key comparison covers them, otherwise they
// are compared here.
function errorPropertiesEqual(a, b, strict, memos) {
  const messageEnumerable = isEnumerable(a, 'message');
  if (messageEnumerable !== isEnumerable(b, 'message')) return false;
  if (!messageEnumerable && a.message !== b.message) return false;

  const nameEnumerable = isEnumerable(a, 'name');
  if (nameEnumerable !== isEnumerable(b, 'name')) return false;
  if (!nameEnumerable && a.name !== b.name) return false;

  const causeEnumerable = isEnumerable(a, 'cause');
  if (causeEnumerable !== isEnumerable(b, 'cause')) return false;
  if (!causeEnumerable && !deepEqual(a.cause, b.cause, strict, memos)) return false;

  const errorsEnumerable = isEnumerable(a, 'errors');
  if (errorsEnumerable !== isEnumerable(b, 'errors')) return false;
  if (!errorsEnumerable && !deepEqual(a.errors, b.errors, strict, memos)) return false;
  return true;
}

// keyCheck compares own keys (given for arrays and typed arrays: their non-index keys),
// then hands over to objEquiv under cycle tracking.
function keyCheck(a, b, strict, memos, kind, keys) {
  const keysGiven = keys !== undefined;
  if (!keysGiven) keys = ObjectKeys(a);

  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable(b, keys[i])) return false;
  }

  if (!keysGiven) {
    if (keys.length !== ObjectKeys(b).length) return false;
    if (strict && !symbolKeysMatch(a, b, keys)) return false;
  }

  if (keys.length === 0) {
    if (kind === kPlain) return true;
    if (kind === kArray ? a.length === 0 : a.size === 0) return true;
  }

  // Cycle tracking. memos.a/b are the outermost pair; memos.c/d the pair one level down.
  if (memos === undefined) {
    memos = {
      set: undefined, a, b, c: undefined, d: undefined, deep: false, deleteFailures: false,
    };
    return objEquiv(a, b, strict, keys, memos, kind);
  }
  if (memos.set === undefined) {
    if (!memos.deep) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keys, memos, kind);
      memos.deep = false;
      return result;
    }
    memos.set = new SetCtor();
    setAdd(memos.set, memos.a);
    setAdd(memos.set, memos.b);
    setAdd(memos.set, memos.c);
    setAdd(memos.set, memos.d);
  }

  const path = memos.set;
  const hadA = setHas(path, a);
  const hadB = setHas(path, b);
  // Both already on the path: a cycle, which counts as equal.
  if (hadA && hadB) return true;
  setAdd(path, a);
  setAdd(path, b);
  const result = objEquiv(a, b, strict, keys, memos, kind);
  if (result || memos.deleteFailures) {
    setDelete(path, a);
    setDelete(path, b);
  }
  return result;
}

// Strict mode: the enumerable own symbols must be the same on both sides; they are appended to
// keys so their values get compared.
function symbolKeysMatch(a, b, keys) {
  const aSymbols = ObjectGetOwnPropertySymbols(a);
  if (aSymbols.length === 0) {
    const bSymbols = ObjectGetOwnPropertySymbols(b);
    for (let i = 0; i < bSymbols.length; i++) {
      if (isEnumerable(b, bSymbols[i])) return false;
    }
    return true;
  }
  let count = 0;
  for (let i = 0; i < aSymbols.length; i++) {
    const key = aSymbols[i];
    if (isEnumerable(a, key)) {
      if (!isEnumerable(b, key)) return false;
      push(keys, key);
      count++;
    } else if (isEnumerable(b, key)) {
      return false;
    }
  }
  const bSymbols = ObjectGetOwnPropertySymbols(b);
  if (aSymbols.length !== bSymbols.length) {
    let bCount = 0;
    for (let i = 0; i < bSymbols.length; i++) {
      if (isEnumerable(b, bSymbols[i])) bCount++;
    }
    if (bCount !== count) return false;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const x = a[key];
    const y = b[key];
    // Identical values other than zeros are equal in both modes (a shortcut of deepEqual).
    if ((x !== y || x === 0) && !deepEqual(x, y, strict, memos)) return false;
  }
  if (kind === kArray) return arrayElementsEqual(a, b, strict, memos);
  if (kind === kSet) return setEquiv(a, b, strict, memos);
  if (kind === kMap) return mapEquiv(a, b, strict, memos);
  return true;
}

function arrayElementsEqual(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i)) return false;
      const x = a[i];
      const y = b[i];
      if ((x !== y || x === 0) && !deepEqual(x, y, strict, memos)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A hole: compare the remaining keys the way Node does for sparse arrays.
      const aKeys = ObjectKeys(a);
      for (; i < aKeys.length; i++) {
        const key = aKeys[i];
        if (!hasOwn(b, key) || !deepEqual(a[key], b[key], strict, memos)) return false;
      }
      return aKeys.length === ObjectKeys(b).length;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Sets and Maps

// Which primitive could == prim in loose mode without being ===: undefined for null/undefined
// (they match each other), false when none can, true when too many can to look up.
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !NumberIsNaN(+prim);
    case 'number':
      return !NumberIsNaN(prim);
    default:
      return true;
  }
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  return setHas(b, alt) && !setHas(a, alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, item, memos) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  const other = mapGet(b, alt);
  if ((other === undefined && !mapHas(b, alt)) || !deepEqual(item, other, LOOSE, memos)) return false;
  return !mapHas(a, alt) && deepEqual(item, other, LOOSE, memos);
}

// Finds and removes a member of pending deep-equal to value.
function takeEqualMember(pending, value, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  let found = false;
  const it = setValues(pending);
  for (let r = setIteratorNext(it); !r.done; r = setIteratorNext(it)) {
    if (deepEqual(r.value, value, strict, memos)) {
      setDelete(pending, r.value);
      found = true;
      break;
    }
  }
  memos.deleteFailures = saved;
  return found;
}

function setEquiv(a, b, strict, memos) {
  // Members of a that b does not hold itself: matched one to one against b's members below.
  let pending = null;
  const aMembers = membersOf(a);
  for (let i = 0; i < aMembers.length; i++) {
    const value = aMembers[i];
    if (setHas(b, value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (strict || !setMightHaveLoosePrimitive(a, b, value))) {
      return false;
    }
    if (pending === null) {
      if (setSize(b) === 1) return deepEqual(value, membersOf(b)[0], strict, memos);
      pending = new SetCtor();
    }
    setAdd(pending, value);
  }
  if (pending === null) return true;

  const bMembers = membersOf(b);
  for (let i = 0; i < bMembers.length; i++) {
    const value = bMembers[i];
    if (typeof value === 'object' && value !== null) {
      if (!setHas(a, value) && !takeEqualMember(pending, value, strict, memos)) return false;
    } else if (!strict && !setHas(a, value) && !takeEqualMember(pending, value, strict, memos)) {
      return false;
    }
  }
  return setSize(pending) === 0;
}

// Finds and removes a key of pending whose key and value in map are deep-equal to key/value.
function takeEqualEntry(pending, map, key, value, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  let found = false;
  const it = setValues(pending);
  for (let r = setIteratorNext(it); !r.done; r = setIteratorNext(it)) {
    const candidate = r.value;
    if (deepEqual(candidate, key, strict, memos) &&
        deepEqual(mapGet(map, candidate), value, strict, memos)) {
      setDelete(pending, candidate);
      found = true;
      break;
    }
  }
  memos.deleteFailures = saved;
  return found;
}

function mapEquiv(a, b, strict, memos) {
  // Keys of a without a matching entry under the same key in b.
  let pending = null;
  const aEntries = entriesOf(a);
  for (let i = 0; i < aEntries.length; i++) {
    const key = aEntries[i][0];
    const value = aEntries[i][1];
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (mapSize(b) === 1) {
          const only = entriesOf(b)[0];
          return deepEqual(key, only[0], strict, memos) && deepEqual(value, only[1], strict, memos);
        }
        pending = new SetCtor();
      }
      setAdd(pending, key);
    } else {
      const other = mapGet(b, key);
      if ((other === undefined && !mapHas(b, key)) || !deepEqual(value, other, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrimitive(a, b, key, value, memos)) return false;
        if (pending === null) pending = new SetCtor();
        setAdd(pending, key);
      }
    }
  }
  if (pending === null) return true;

  const bEntries = entriesOf(b);
  for (let i = 0; i < bEntries.length; i++) {
    const key = bEntries[i][0];
    const value = bEntries[i][1];
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, value, strict, memos)) return false;
    } else if (!strict &&
               (!mapHas(a, key) || !deepEqual(mapGet(a, key), value, strict, memos)) &&
               !takeEqualEntry(pending, a, key, value, strict, memos)) {
      return false;
    }
  }
  return setSize(pending) === 0;
}

function isDeepEqual(a, b) {
  return deepEqual(a, b, LOOSE, undefined);
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, STRICT, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
