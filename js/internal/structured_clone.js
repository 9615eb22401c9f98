'use strict';

// internal/structured_clone — the HTML structured clone algorithm the way Node v20 runs it (V8's
// ValueSerializer followed by its ValueDeserializer), done in one pass: each value is copied as
// it is read, and a memo (source object → its copy) keeps identity and cycles.
//
// What is copied, as V8 does:
//   - primitives as they are (symbols throw); boxed Number/String/Boolean/BigInt (boxed Symbol
//     throws); Date; RegExp (source and flags; lastIndex starts at 0).
//   - ArrayBuffer (bytes copied; a buffer in the transfer list is moved: the original is
//     detached), typed arrays and DataView (their buffer goes through the memo first, so views
//     of one buffer share one copy; a Buffer comes back as a plain Uint8Array over a copy of its
//     whole buffer, byteOffset kept).
//   - Map and Set (entries snapshotted first), Array (length kept, holes kept, named own
//     properties kept), and every other ordinary object as a plain object: own enumerable
//     string keys only, read one by one (a key a getter deleted meanwhile is skipped), the
//     prototype dropped.
//   - Error objects: the prototype picked from `name` (EvalError, RangeError, ReferenceError,
//     SyntaxError, TypeError, URIError, otherwise Error); own data `message` (as a string),
//     `stack` (kept when a string, otherwise an own undefined) and own data `cause` (cloned).
//     A cause that refers back to its error fails the way V8's deserializer does ("Unable to
//     deserialize cloned data.").
//   - MessagePort only through the transfer list (internal/worker/io registers the hooks);
//     Blob (when buffer's Blob is real) as a Blob over the same bytes; JS transferables
//     (util.transferableAbortSignal's signals) through their own transfer methods (below).
//     Differences with Node: a JS transferable's [kTransfer]() runs when the clone reaches it
//     (Node runs it once the whole value is written), and its copy is made at once (Node makes
//     it on the receiving side).
// Anything else — functions, symbols, WeakMap/WeakSet/WeakRef, promises, generators,
// iterators, arguments objects, proxies, the global object — throws a DOMException named
// DataCloneError (code 25) whose message is V8's: `${description} could not be cloned.`
//
// Transferring an ArrayBuffer detaches it. goja can detach a buffer only from Go; when
// internalBinding('util').detachArrayBuffer exists it is used. Otherwise the detach is
// emulated: the buffer reports byteLength 0 (an own property shadowing the getter), cannot be
// cloned or transferred again, but views made before keep seeing the old bytes (the clone never
// shares them).

const utilBinding = internalBinding('util');
const { getInternalType, getProxyDetails } = utilBinding;

const ObjectPrototype = Object.prototype;
const ObjectPrototypeToString = Object.prototype.toString;
const ObjectHasOwn = Object.hasOwn;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ArrayIsArray = Array.isArray;
const FunctionPrototypeToString = Function.prototype.toString;
const ErrorPrototypeToString = Error.prototype.toString;
const SymbolPrototypeToString = Symbol.prototype.toString;
const SymbolIterator = Symbol.iterator;
const ReflectApply = Reflect.apply;

const uncurry = (fn) => Function.prototype.call.bind(fn); // uncurry(f)(self, ...args)
const getter = (proto, name) => uncurry(ObjectGetOwnPropertyDescriptor(proto, name).get);

const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const RegExpPrototypeGetSource = getter(RegExp.prototype, 'source');
const RegExpPrototypeGetFlags = getter(RegExp.prototype, 'flags');
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const MapPrototypeSet = uncurry(Map.prototype.set);
const SetPrototypeValues = uncurry(Set.prototype.values);
const SetPrototypeAdd = uncurry(Set.prototype.add);
const ArrayBufferPrototypeGetByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetBuffer = getter(TypedArrayPrototype, 'buffer');
const TypedArrayPrototypeGetByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const TypedArrayPrototypeGetLength = getter(TypedArrayPrototype, 'length');
const TypedArrayPrototypeGetSymbolToStringTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const TypedArrayPrototypeSet = uncurry(TypedArrayPrototype.set);
const DataViewPrototypeGetBuffer = getter(DataView.prototype, 'buffer');
const DataViewPrototypeGetByteOffset = getter(DataView.prototype, 'byteOffset');
const DataViewPrototypeGetByteLength = getter(DataView.prototype, 'byteLength');

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const errorConstructors = {
  __proto__: null,
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

// The shims of engine gaps (host/shims.go) are plain classes: brand them here.
const { WeakRef: WeakRefCtor, FinalizationRegistry: FinalizationRegistryCtor } = globalThis;
const globalObject = globalThis;

const { lazyDOMException, lazyDOMExceptionClass } = require('internal/util');

// ---------------------------------------------------------------------------------------------
// Errors

// The errors this module makes, which are Node's native ones: their stacks start at the
// caller of the API function (see rethrow), like those of a C++ function.
const ownErrors = new WeakSet();

// Node's C++ throws plain errors with an own enumerable `code` (no "[CODE]" in the name).
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  ownErrors.add(err);
  return err;
}

function dataCloneError(message) {
  const err = lazyDOMException(message, 'DataCloneError');
  ownErrors.add(err);
  return err;
}

// Throws err; when this module made it, first drops the frames above fn (the API function)
// from its stack. Errors thrown by user code (getters, iterators) keep theirs.
function rethrow(err, fn) {
  if (typeof err === 'object' && err !== null && ownErrors.has(err)) {
    Error.captureStackTrace(err, fn);
  }
  throw err;
}

// What V8 writes for a value it cannot clone (Object::NoSideEffectsToString).
function describe(value) {
  if (typeof value === 'symbol') return ReflectApply(SymbolPrototypeToString, value, []);
  if (typeof value === 'function') {
    if (getInternalType(value) === 'Proxy') {
      const target = getProxyDetails(value, false);
      return typeof target === 'function' ? describe(target) : 'function () { [native code] }';
    }
    let source;
    try {
      source = ReflectApply(FunctionPrototypeToString, value, []);
    } catch {
      return 'function () { [native code] }';
    }
    // goja names a bound function's source after its target; V8 does not.
    if (source.startsWith('function bound ') && source.endsWith('() { [native code] }')) {
      return 'function () { [native code] }';
    }
    return source;
  }
  if (value === null || typeof value !== 'object') return String(value);
  const kind = getInternalType(value);
  if (kind === 'Proxy' || value === globalObject) return '#<Object>';
  const toString = getDataProperty(value, 'toString');
  if (kind === 'Error' || toString === ErrorPrototypeToString) {
    const name = getDataProperty(value, 'name');
    const message = getDataProperty(value, 'message');
    const n = name === undefined ? 'Error' : `${name}`;
    const m = message === undefined ? '' : `${message}`;
    if (n === '') return m;
    if (m === '') return n;
    return `${n}: ${m}`;
  }
  if (toString === ObjectPrototypeToString) {
    const ctor = getDataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const name = getDataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = getDataProperty(value, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : builtinTag(kind)}]`;
}

function builtinTag(kind) {
  switch (kind) {
    case 'Promise': case 'WeakMap': case 'WeakSet': case 'Arguments': case 'Map': case 'Set':
    case 'Date': case 'RegExp': case 'ArrayBuffer': case 'DataView':
      return kind;
    default:
      return 'Object';
  }
}

// A property's value when it is a data property somewhere on the prototype chain, without
// running getters (V8's GetDataProperty).
function getDataProperty(object, key) {
  for (let o = object; o !== null; o = ObjectGetPrototypeOf(o)) {
    if (getInternalType(o) === 'Proxy') return undefined;
    const desc = ObjectGetOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Hooks of other modules

// internal/worker/io sets { isPort(v), isDetached(port), standIn() → a new port not yet in use,
// transfer(port, standIn) → moves port's channel end to standIn and detaches port }.
let portHooks = null;
function setMessagePortHooks(hooks) {
  portHooks = hooks;
}

let BlobCtor = null;
let BlobPrototypeSlice = null;
let kBlobHandle;
// A Blob's handle is its own property: an object that merely inherits from a Blob is cloned as
// an ordinary object (Node brands Blobs with a private field, which is not inherited).
function isBlob(value) {
  if (BlobCtor === null) {
    const { Blob } = require('buffer');
    BlobCtor = typeof Blob === 'function' ? Blob : undefined;
    BlobPrototypeSlice = BlobCtor?.prototype?.slice;
    kBlobHandle = require('internal/buffer_blob').kHandle;
  }
  return BlobCtor !== undefined && ObjectHasOwn(value, kBlobHandle) && value instanceof BlobCtor;
}

// JS transferables (Node's makeTransferable / JSTransferable): objects that say themselves how
// they move. In a transfer list, [kTransferList]() names more objects to transfer with them (a
// MessagePort, say) and [kTransfer]() returns { data, deserializeInfo }; elsewhere in a message
// [kClone]() does the same, and without it the object must be in the transfer list. The copy
// is `new Ctor()` for deserializeInfo 'module:Ctor', given its cloned data through
// [kDeserialize](data) once the whole message is done.
const kTransfer = Symbol('messaging_transfer_symbol');
const kTransferList = Symbol('messaging_transfer_list_symbol');
const kClone = Symbol('messaging_clone_symbol');
const kDeserialize = Symbol('messaging_deserialize_symbol');
const jsTransferables = new WeakSet();

// A transferable object with obj's prototype and own properties (a new object, as in Node v20:
// the properties are copied, so both share the values they hold; a transferable object is
// copied again, since Node's check for one never matches an object with its own prototype).
function makeTransferable(obj) {
  const inst = Object.create(ObjectGetPrototypeOf(obj));
  Object.defineProperties(inst, Object.getOwnPropertyDescriptors(obj));
  jsTransferables.add(inst);
  return inst;
}

function isJSTransferable(value) {
  return jsTransferables.has(value);
}

function createDeserialized(deserializeInfo) {
  const info = `${deserializeInfo}`;
  const colon = info.indexOf(':');
  const Ctor = require(info.slice(0, colon))[info.slice(colon + 1)];
  return new Ctor();
}

// ArrayBuffers marked with worker_threads.markAsUntransferable(): a transfer copies them.
const untransferable = new WeakSet();

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return false;
  return untransferable.has(obj);
}

// ---------------------------------------------------------------------------------------------
// ArrayBuffer detach

const emulatedDetached = new WeakSet();

function detachArrayBuffer(buffer) {
  const detach = utilBinding.detachArrayBuffer;
  if (typeof detach === 'function') {
    detach(buffer);
    return;
  }
  emulatedDetached.add(buffer);
  ObjectDefineProperty(buffer, 'byteLength', {
    __proto__: null, value: 0, writable: false, enumerable: false, configurable: true,
  });
}

function isDetached(buffer) {
  if (emulatedDetached.has(buffer)) return true;
  if (ArrayBufferPrototypeGetByteLength(buffer) !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

function copyArrayBuffer(buffer) {
  const length = ArrayBufferPrototypeGetByteLength(buffer);
  const copy = new ArrayBuffer(length);
  if (length > 0) TypedArrayPrototypeSet(new Uint8Array(copy), new Uint8Array(buffer));
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Transfer lists

// Reads `list` the way Node's ReadIterable does: an array by index, otherwise through its
// iterator; returns undefined when list is not an iterable object.
function readIterable(list) {
  if (typeof list !== 'object' && typeof list !== 'function') return undefined;
  if (list === null) return undefined;
  if (ArrayIsArray(list)) {
    const length = list.length;
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = list[i];
    return out;
  }
  const method = list[SymbolIterator];
  if (typeof method !== 'function') return undefined;
  const iterator = ReflectApply(method, list, []);
  if ((typeof iterator !== 'object' && typeof iterator !== 'function') || iterator === null) return undefined;
  const next = iterator.next;
  if (typeof next !== 'function') return undefined;
  const out = [];
  for (;;) {
    const result = ReflectApply(next, iterator, []);
    if ((typeof result !== 'object' && typeof result !== 'function') || result === null) return undefined;
    if (result.done) break;
    out.push(result.value);
  }
  return out;
}

// Sorts a transfer list into buffers and ports, checking it as Node's Message::Serialize does.
// sourcePort is the port posting the message (MessagePort.postMessage), if any.
function prepareTransfer(sourceList, sourcePort) {
  let list = sourceList;
  const buffers = new Map(); // original → copy
  const ports = new Map(); // original → the port that stands for it in the clone
  const objects = new Map(); // JS transferable → true once transferred
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if ((typeof entry !== 'object' && typeof entry !== 'function') || entry === null) {
      throw nativeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    const kind = getInternalType(entry);
    if (kind === 'ArrayBuffer') {
      if (untransferable.has(entry)) continue; // copied instead
      if (buffers.has(entry)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      buffers.set(entry, null);
      continue;
    }
    if (portHooks !== null && portHooks.isPort(entry)) {
      if (sourcePort !== undefined && entry === sourcePort) {
        throw dataCloneError('Transfer list contains source port');
      }
      if (portHooks.isDetached(entry)) {
        throw dataCloneError('MessagePort in transfer list is already detached');
      }
      if (ports.has(entry)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      ports.set(entry, portHooks.standIn());
      continue;
    }
    if (kind === '' && isBlob(entry)) continue; // cloneable, not moved
    if (jsTransferables.has(entry)) {
      if (objects.has(entry)) continue;
      objects.set(entry, false);
      const nested = typeof entry[kTransferList] === 'function' ? entry[kTransferList]() : undefined;
      // The objects it brings along are transferred too (the list is read as it grows).
      if (nested !== undefined && nested !== null) {
        if (list === sourceList) list = list.slice();
        for (let j = 0; j < nested.length; j++) list.push(nested[j]);
      }
      continue;
    }
    throw nativeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
  }
  return { buffers, ports, objects };
}

// ---------------------------------------------------------------------------------------------
// The clone

const kInProgress = Symbol('kInProgress'); // an Error whose fields are still being copied

class Cloner {
  constructor(transfer) {
    this.memo = new Map();
    this.buffers = transfer === undefined ? null : transfer.buffers;
    this.ports = transfer === undefined ? null : transfer.ports;
    this.objects = transfer === undefined ? null : transfer.objects;
    this.deserializations = null; // [copy, data, ...] for the JS transferables met
    this.brokenReference = false;
  }

  clone(value) {
    if (typeof value !== 'object' || value === null) {
      if (typeof value === 'function') throw dataCloneError(`${describe(value)} could not be cloned.`);
      if (typeof value === 'symbol') throw dataCloneError(`${describe(value)} could not be cloned.`);
      return value;
    }
    const memo = this.memo;
    const seen = memo.get(value);
    if (seen !== undefined) {
      if (seen === kInProgress) {
        this.brokenReference = true;
        return undefined;
      }
      return seen;
    }
    const kind = getInternalType(value);
    switch (kind) {
      case '':
        break;
      case 'Date': {
        const copy = new Date(DatePrototypeGetTime(value));
        memo.set(value, copy);
        return copy;
      }
      case 'RegExp': {
        const copy = new RegExp(RegExpPrototypeGetSource(value), RegExpPrototypeGetFlags(value));
        memo.set(value, copy);
        return copy;
      }
      case 'NumberObject':
        return this.remember(value, Object(NumberPrototypeValueOf(value)));
      case 'StringObject':
        return this.remember(value, new String(StringPrototypeValueOf(value)));
      case 'BooleanObject':
        return this.remember(value, new Boolean(BooleanPrototypeValueOf(value)));
      case 'BigIntObject':
        return this.remember(value, Object(BigIntPrototypeValueOf(value)));
      case 'Map':
        return this.cloneMap(value);
      case 'Set':
        return this.cloneSet(value);
      case 'ArrayBuffer':
        return this.cloneArrayBuffer(value);
      case 'TypedArray':
        return this.cloneTypedArray(value);
      case 'DataView':
        return this.cloneDataView(value);
      case 'Error':
        if (!isDOMException(value)) return this.cloneError(value);
        break; // Node v20's DOMException is an ordinary object
      default:
        // Proxy, Promise, WeakMap, WeakSet, SymbolObject, Arguments, generators, iterators
        throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    if (ArrayIsArray(value)) return this.cloneArray(value);
    const proto = ObjectGetPrototypeOf(value);
    if (proto !== ObjectPrototype && proto !== null) {
      if (portHooks !== null && portHooks.isPort(value)) return this.clonePort(value);
      if (jsTransferables.has(value)) return this.cloneTransferable(value);
      if (isBlob(value)) {
        return this.remember(value, ReflectApply(BlobPrototypeSlice, value, [0, value.size, value.type]));
      }
      if ((WeakRefCtor !== undefined && value instanceof WeakRefCtor) ||
          (FinalizationRegistryCtor !== undefined && value instanceof FinalizationRegistryCtor)) {
        throw dataCloneError(`${describe(value)} could not be cloned.`);
      }
    }
    if (value === globalObject) throw dataCloneError(`${describe(value)} could not be cloned.`);
    return this.cloneObject(value);
  }

  remember(value, copy) {
    this.memo.set(value, copy);
    return copy;
  }

  cloneObject(value) {
    const copy = {};
    this.memo.set(value, copy);
    this.copyProperties(value, copy);
    return copy;
  }

  cloneArray(value) {
    const length = value.length;
    const copy = new Array(length);
    this.memo.set(value, copy);
    this.copyProperties(value, copy);
    // Indices that a getter removed while the array was read stay holes, as in V8, whose
    // copy keeps the length it read first.
    if (copy.length !== length) copy.length = length;
    return copy;
  }

  // Copies value's own enumerable string-keyed properties, cloned, onto copy.
  copyProperties(value, copy) {
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!ObjectHasOwn(value, key)) continue; // a getter deleted it
      let v = value[key];
      if (typeof v === 'object' || typeof v === 'function' || typeof v === 'symbol') v = this.clone(v);
      if (key === '__proto__') {
        ObjectDefineProperty(copy, key, {
          __proto__: null, value: v, writable: true, enumerable: true, configurable: true,
        });
      } else {
        copy[key] = v;
      }
    }
  }

  cloneMap(value) {
    const copy = new Map();
    this.memo.set(value, copy);
    const entries = [];
    for (const entry of MapPrototypeEntries(value)) entries.push(entry[0], entry[1]);
    for (let i = 0; i < entries.length; i += 2) {
      const k = this.clone(entries[i]);
      const v = this.clone(entries[i + 1]);
      MapPrototypeSet(copy, k, v);
    }
    return copy;
  }

  cloneSet(value) {
    const copy = new Set();
    this.memo.set(value, copy);
    const values = [];
    for (const v of SetPrototypeValues(value)) values.push(v);
    for (let i = 0; i < values.length; i++) SetPrototypeAdd(copy, this.clone(values[i]));
    return copy;
  }

  cloneArrayBuffer(value) {
    const buffers = this.buffers;
    if (buffers !== null && buffers.has(value)) {
      let copy = buffers.get(value);
      if (copy === null) {
        copy = copyArrayBuffer(value);
        buffers.set(value, copy);
      }
      this.memo.set(value, copy);
      return copy;
    }
    if (isDetached(value)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    return this.remember(value, copyArrayBuffer(value));
  }

  cloneTypedArray(value) {
    const buffer = TypedArrayPrototypeGetBuffer(value);
    if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const bufferCopy = this.clone(buffer);
    const Ctor = typedArrayConstructors[TypedArrayPrototypeGetSymbolToStringTag(value)];
    const copy = new Ctor(bufferCopy, TypedArrayPrototypeGetByteOffset(value), TypedArrayPrototypeGetLength(value));
    return this.remember(value, copy);
  }

  cloneDataView(value) {
    const buffer = DataViewPrototypeGetBuffer(value);
    if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const bufferCopy = this.clone(buffer);
    const copy = new DataView(bufferCopy, DataViewPrototypeGetByteOffset(value), DataViewPrototypeGetByteLength(value));
    return this.remember(value, copy);
  }

  cloneError(value) {
    this.memo.set(value, kInProgress);
    const messageDesc = ObjectGetOwnPropertyDescriptor(value, 'message');
    const causeDesc = ObjectGetOwnPropertyDescriptor(value, 'cause');
    const name = `${value.name}`;
    let message;
    if (messageDesc !== undefined && 'value' in messageDesc) message = `${messageDesc.value}`;
    const stack = value.stack;
    let cause;
    const hasCause = causeDesc !== undefined && 'value' in causeDesc;
    if (hasCause) cause = this.clone(causeDesc.value);

    const Ctor = errorConstructors[name] ?? Error;
    const copy = new Ctor();
    // Own properties in V8's order: stack, message, cause.
    if (ObjectHasOwn(copy, 'stack')) delete copy.stack;
    if (ObjectHasOwn(copy, 'message')) delete copy.message;
    ObjectDefineProperty(copy, 'stack', {
      __proto__: null, value: typeof stack === 'string' ? stack : undefined,
      writable: true, enumerable: false, configurable: true,
    });
    if (message !== undefined) {
      ObjectDefineProperty(copy, 'message', {
        __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
      });
    }
    if (hasCause) {
      ObjectDefineProperty(copy, 'cause', {
        __proto__: null, value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
    this.memo.set(value, copy);
    return copy;
  }

  cloneTransferable(value) {
    const objects = this.objects;
    let info;
    if (objects !== null && objects.has(value)) {
      objects.set(value, true);
      info = value[kTransfer]();
    } else if (typeof value[kClone] === 'function') {
      info = value[kClone]();
    } else {
      throw nativeError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
                        'Object that needs transfer was found in message but not listed in transferList');
    }
    const copy = createDeserialized(info.deserializeInfo);
    this.memo.set(value, copy);
    const data = this.clone(info.data);
    if (this.deserializations === null) this.deserializations = [];
    this.deserializations.push(copy, data);
    return copy;
  }

  clonePort(value) {
    const ports = this.ports;
    if (ports === null || !ports.has(value)) {
      throw nativeError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
                        'Object that needs transfer was found in message but not listed in transferList');
    }
    // The stand-in joins the channel only once the whole message is cloned.
    return this.remember(value, ports.get(value));
  }
}

let domExceptionPrototype;
function isDOMException(value) {
  if (domExceptionPrototype === undefined) {
    domExceptionPrototype = lazyDOMExceptionClass().prototype;
  }
  for (let o = ObjectGetPrototypeOf(value); o !== null; o = ObjectGetPrototypeOf(o)) {
    if (o === domExceptionPrototype) return true;
  }
  return false;
}

// Clones value with the given transfer list (an array, already read). Returns
// { value, ports, error } where ports lists the MessagePorts that moved, in transfer-list order
// (as MessageEvent.ports shows them). sourcePort: the port a message is posted from, if any.
// When the copy cannot be completed the way V8's deserializer fails (an Error's cause that
// refers back to it), structuredClone throws; a posted message (deferError) is still sent, as
// in Node, and the receiver gets a 'messageerror': the result's `error`.
function cloneMessage(value, transferList, sourcePort, deferError = false) {
  const transfer = transferList === undefined || transferList.length === 0 ?
    undefined : prepareTransfer(transferList, sourcePort);
  const cloner = new Cloner(transfer);
  let result = cloner.clone(value);
  let error;
  if (cloner.brokenReference) {
    error = new Error('Unable to deserialize cloned data.');
    ownErrors.add(error);
    if (!deferError) throw error;
    // Made on the receiving side in Node, where no JavaScript is on the stack.
    ObjectDefineProperty(error, 'stack', {
      __proto__: null, value: 'Error: Unable to deserialize cloned data.',
      writable: true, enumerable: false, configurable: true,
    });
    result = undefined;
  }
  const movedPorts = [];
  if (transfer !== undefined) {
    // The message is complete: only now do the transferred objects leave their owners.
    for (const { 0: buffer } of transfer.buffers) {
      if (!isDetached(buffer)) detachArrayBuffer(buffer);
    }
    for (const { 0: port, 1: standIn } of transfer.ports) {
      portHooks.transfer(port, standIn);
      movedPorts.push(standIn);
    }
    // Listed objects the message did not hold are transferred all the same, as in Node.
    for (const { 0: object, 1: done } of transfer.objects) {
      if (!done) object[kTransfer]();
    }
  }
  const deserializations = cloner.deserializations;
  if (deserializations !== null && error === undefined) {
    for (let i = 0; i < deserializations.length; i += 2) {
      deserializations[i][kDeserialize](deserializations[i + 1]);
    }
  }
  return { value: result, ports: movedPorts, error };
}

// structuredClone(value[, { transfer }]) — Node's global.
// A method: Node's is native, without a prototype.
const { structuredClone } = {
  structuredClone(...args) {
    try {
      return structuredCloneImpl(args);
    } catch (err) {
      rethrow(err, structuredClone);
    }
  },
};

function structuredCloneImpl(args) {
  if (args.length === 0) {
    throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  const options = args[1];
  let transferList;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'The options argument must be either an object or undefined');
    }
    const transfer = options.transfer;
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer !== 'object' && typeof transfer !== 'function') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          'Optional transferList argument must be an iterable');
      }
      transferList = readIterable(transfer); // a non-iterable object counts as an empty list
    }
  }
  return cloneMessage(args[0], transferList, undefined).value;
}

// Node's structuredClone is a native function of length 0.
ObjectDefineProperty(structuredClone, 'length', { __proto__: null, value: 0 });

module.exports = {
  cloneMessage,
  dataCloneError,
  isJSTransferable,
  isMarkedAsUntransferable,
  kClone,
  kDeserialize,
  kTransfer,
  kTransferList,
  makeTransferable,
  markAsUntransferable,
  nativeError,
  readIterable,
  rethrow,
  setMessagePortHooks,
  structuredClone,
};
