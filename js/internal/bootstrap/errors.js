'use strict';

// The JavaScript half of V8's stack trace API (host/stack.go has the rest): CallSite objects for
// Error.prepareStackTrace, and the receiver lookups V8 does to name a method frame
// ("Type.method [as alias]"). Loaded lazily by the host the first time a stack needs either.

const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const FunctionPrototypeToString = Function.prototype.toString;
const SymbolToStringTag = Symbol.toStringTag;

// The value of a data property found on obj or its prototypes; getters are not run.
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = ObjectGetPrototypeOf(o)) {
    const desc = ObjectGetOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

function ownName(fn) {
  const name = dataProperty(fn, 'name');
  return typeof name === 'string' ? name : '';
}

function isClass(fn) {
  try {
    const src = FunctionPrototypeToString.call(fn);
    return src.startsWith('class') && (src.length === 5 || !/[\w$]/.test(src[5]));
  } catch {
    return false;
  }
}

// V8's constructor name of a receiver: the constructor that made it, its Symbol.toStringTag, or
// the engine's class name.
function typeName(receiver) {
  const obj = Object(receiver);
  const ctor = dataProperty(obj, 'constructor');
  const ctorName = typeof ctor === 'function' ? ownName(ctor) : '';
  if (ctorName !== '' && ctorName !== 'Object') return ctorName;
  const tag = dataProperty(obj, SymbolToStringTag);
  if (typeof tag === 'string' && tag !== '') return tag;
  if (ctorName !== '') return ctorName;
  return typeof obj === 'function' ? 'Function' : 'Object';
}

function holds(desc, fn) {
  return desc !== undefined && (desc.value === fn || desc.get === fn || desc.set === fn);
}

// The property of receiver (or its prototypes) that holds fn, as V8 finds it: first the function's
// own name (without a "get "/"set " prefix), else the one key whose value, getter or setter is fn;
// null when there is none or more than one.
function methodName(receiver, fn, name) {
  const obj = Object(receiver);
  if (name.startsWith('get ') || name.startsWith('set ')) name = name.slice(4);
  if (name !== '') {
    for (let o = obj; o !== null; o = ObjectGetPrototypeOf(o)) {
      const desc = ObjectGetOwnPropertyDescriptor(o, name);
      if (desc !== undefined) {
        if (holds(desc, fn)) return name;
        break;
      }
    }
  }
  let found = null;
  for (let o = obj; o !== null; o = ObjectGetPrototypeOf(o)) {
    const keys = ObjectGetOwnPropertyNames(o);
    for (let i = 0; i < keys.length; i++) {
      if (holds(ObjectGetOwnPropertyDescriptor(o, keys[i]), fn)) {
        if (found !== null && found !== keys[i]) return null;
        found = keys[i];
      }
    }
  }
  return found;
}

// describe(receiver, fn, name) → [typeName, methodName, typeName for the printed frame]: the last
// differs for static methods, where V8 prints the class's name rather than "Function".
function describe(receiver, fn, name) {
  try {
    const type = typeName(receiver);
    const method = typeof fn === 'function' ? methodName(receiver, fn, name) : null;
    let shown = type;
    if (typeof receiver === 'function' && isClass(receiver)) {
      const cls = ownName(receiver);
      if (cls !== '') shown = cls;
    }
    return [type, method, shown];
  } catch {
    // A Proxy trap or an exotic object threw: name the frame without the receiver.
    return [null, null, null];
  }
}

// One frame of Error.prepareStackTrace's second argument. The host fills the record:
// { receiver, function, functionName, typeName, methodName, fileName, lineNumber, columnNumber,
//   evalOrigin, isToplevel, isConstructor, isAsync, text }. Methods are in V8's order.
class CallSite {
  #f;
  constructor(frame) {
    this.#f = frame;
  }
  getColumnNumber() { return this.#f.columnNumber; }
  getEnclosingColumnNumber() { return this.#f.lineNumber === null ? null : 1; }
  getEnclosingLineNumber() { return this.#f.lineNumber === null ? null : 1; }
  getEvalOrigin() { return this.#f.evalOrigin; }
  getFileName() { return this.#f.fileName; }
  getFunction() { return this.#f.function; }
  getFunctionName() { return this.#f.functionName; }
  getLineNumber() { return this.#f.lineNumber; }
  getMethodName() { return this.#f.methodName; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  getScriptNameOrSourceURL() { return this.#f.fileName; }
  getScriptHash() { return ''; }
  getThis() { return this.#f.receiver; }
  getTypeName() { return this.#f.typeName; }
  isAsync() { return this.#f.isAsync; }
  isConstructor() { return this.#f.isConstructor; }
  isEval() { return this.#f.evalOrigin !== undefined; }
  isNative() { return false; }
  isPromiseAll() { return false; }
  isToplevel() { return this.#f.isToplevel; }
  toString() { return this.#f.text; }
}

function makeCallSites(records) {
  const sites = new Array(records.length);
  for (let i = 0; i < records.length; i++) sites[i] = new CallSite(records[i]);
  return sites;
}

module.exports = { describe, makeCallSites };
