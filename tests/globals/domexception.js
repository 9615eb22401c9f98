'use strict';
// DOMException: names, legacy codes and constants, options { name, cause }, prototype chain,
// shape, stack and util.inspect.

const util = require('util');

const names = [
  'IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError',
  'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError', 'TransactionInactiveError',
  'ReadOnlyError', 'VersionError', 'OperationError', 'NotAllowedError', 'Error', 'TypeError',
  'abortError', '',
];
for (const name of names) {
  const e = new DOMException('m', name);
  console.log(`${JSON.stringify(name)} -> code ${e.code}, name ${JSON.stringify(e.name)}`);
}

// The constants, on the constructor and the prototype.
const constants = Object.getOwnPropertyNames(DOMException).filter((k) => /^[A-Z_]+$/.test(k));
console.log('constants', constants.length);
for (const k of constants) {
  const d = Object.getOwnPropertyDescriptor(DOMException, k);
  const p = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  console.log(`  ${k}=${d.value} writable ${d.writable} enumerable ${d.enumerable} configurable ${d.configurable}` +
              ` proto ${p.value === d.value && !p.writable && p.enumerable && !p.configurable}`);
}
console.log('instance constant', new DOMException().ABORT_ERR, new DOMException().DATA_CLONE_ERR);

// Defaults and conversions.
const d0 = new DOMException();
console.log('defaults', JSON.stringify(d0.message), d0.name, d0.code);
console.log('undefined args', new DOMException(undefined, undefined).name, JSON.stringify(new DOMException(undefined).message));
console.log('conversions', new DOMException(5).message, new DOMException(null).message, new DOMException({}).message,
            new DOMException('m', null).name, new DOMException('m', 0).name, new DOMException('m', 5).name,
            new DOMException('m', false).name);
try {
  new DOMException(Symbol('s'));
} catch (err) {
  console.log('symbol message', err.name);
}

// Options.
const withCause = new DOMException('with cause', { name: 'DataCloneError', cause: 42 });
console.log('options', withCause.name, withCause.code, withCause.message, withCause.cause);
console.log('cause descriptor', Object.getOwnPropertyDescriptor(withCause, 'cause'));
const noCause = new DOMException('m', { name: 'AbortError' });
console.log('no cause', 'cause' in noCause, noCause.name, noCause.code);
const undefinedCause = new DOMException('m', { name: 'AbortError', cause: undefined });
console.log('undefined cause', 'cause' in undefinedCause, Object.prototype.hasOwnProperty.call(undefinedCause, 'cause'));
console.log('options without name', new DOMException('m', {}).name, new DOMException('m', { name: undefined }).name);
console.log('options name conversion', new DOMException('m', { name: 12 }).name);
console.log('function as options', typeof new DOMException('m', function NotFoundError() {}).name);

// Prototype chain and shape.
const e = new DOMException('msg', 'TimeoutError');
console.log('instanceof', e instanceof DOMException, e instanceof Error, Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
            Object.getPrototypeOf(DOMException) === Function.prototype);
console.log('own names', Object.getOwnPropertyNames(e), Object.keys(e));
console.log('prototype names', Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4).join(','));
for (const k of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  console.log(`  ${k}: get ${typeof d.get} set ${typeof d.set} enumerable ${d.enumerable} configurable ${d.configurable}`);
}
console.log('toStringTag', Object.prototype.toString.call(e), Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag));
console.log('toString', String(e), `${new DOMException('')}`, Error.prototype.toString.call(new DOMException('a', 'B')));
console.log('length', DOMException.length, DOMException.name, typeof DOMException);
console.log('stack', typeof e.stack, e.stack.split('\n')[0], /\n    at /.test(e.stack));
console.log('stack of empty message', new DOMException('', 'AbortError').stack.split('\n')[0]);

// Getters on other receivers.
for (const k of ['name', 'message', 'code']) {
  try {
    Object.getOwnPropertyDescriptor(DOMException.prototype, k).get.call({});
  } catch (err) {
    console.log(`${k} on {}:`, err.name, err.code, err.message, err instanceof TypeError);
  }
}
try {
  Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call(new Error('x'));
} catch (err) {
  console.log('name on Error:', err.code, String(err));
}

// Subclasses.
class NotFound extends DOMException {
  constructor(message) {
    super(message, 'NotFoundError');
    this.extra = true;
  }
}
const nf = new NotFound('sub');
console.log('subclass', nf.name, nf.code, nf.message, nf.extra, nf instanceof DOMException, nf instanceof Error,
            Object.prototype.toString.call(nf));

// Thrown and caught.
try {
  throw new DOMException('thrown', 'InvalidStateError');
} catch (err) {
  console.log('caught', err.name, err.code, err.message, err.constructor === DOMException);
}

// util.inspect: the first line, and properties after the stack.
const firstLine = (v) => util.inspect(v).split('\n')[0];
console.log(firstLine(new DOMException('hello', 'NotFoundError')));
console.log(firstLine(new DOMException('hello')));
console.log(firstLine(new DOMException('', 'AbortError')));
console.log(firstLine(new DOMException('x', { name: 'DataCloneError', cause: 1 })));
console.log(firstLine(nf));
const tagged = new DOMException('tagged', 'SyntaxError');
tagged.info = 'extra';
const lines = util.inspect(tagged).split('\n');
console.log(lines[0], '...', lines[lines.length - 1]);
console.log(util.inspect({ e: new DOMException('nested', 'AbortError') }, { depth: 0 }).split('\n')[0]);
console.log(util.inspect(DOMException).split('\n')[0]);
