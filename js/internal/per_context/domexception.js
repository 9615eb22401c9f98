'use strict';

// internal/per_context/domexception — WebIDL's DOMException, shaped like Node v20's.
//
// `new DOMException(message = '', nameOrOptions = 'Error')`: the second argument is a name, or an
// options object { name, cause }. name, message and code live in private fields and are read
// through enumerable accessors on the prototype (an instance's only own properties are `stack`
// and, when given, `cause`). The prototype chain goes to Error.prototype, so `instanceof Error`
// holds and util.inspect prints `DOMException [AbortError]: message` with the stack.
//
// `code` is the legacy numeric code of the name (AbortError → 20), 0 for names without one; the
// legacy constants (INDEX_SIZE_ERR = 1 … DATA_CLONE_ERR = 25) are read-only, enumerable,
// non-configurable properties of both the constructor and the prototype.
//
// The accessors throw, on a receiver that is not a DOMException, a TypeError whose message is
// `Value of "this" must be of DOMException` (Node words it that way: this file cannot use
// internal/errors' ERR_INVALID_THIS, whose text says "of type").

// [legacy constant, name, code]; the codes are the table's positions.
const kLegacyCodes = [
  ['INDEX_SIZE_ERR', 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 'DOMStringSizeError'],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 'NoDataAllowedError'],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 'InvalidStateError'],
  ['SYNTAX_ERR', 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError'],
  ['NAMESPACE_ERR', 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError'],
  ['VALIDATION_ERR', 'ValidationError'],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError'],
  ['SECURITY_ERR', 'SecurityError'],
  ['NETWORK_ERR', 'NetworkError'],
  ['ABORT_ERR', 'AbortError'],
  ['URL_MISMATCH_ERR', 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError'],
  ['TIMEOUT_ERR', 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 'DataCloneError'],
];

// Names the spec lists as disused keep their constant but map to code 0.
const kDisusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

const nameToCode = new Map();
for (let i = 0; i < kLegacyCodes.length; i++) {
  const name = kLegacyCodes[i][1];
  if (!kDisusedNames.has(name)) nameToCode.set(name, i + 1);
}

function throwInvalidThis() {
  const err = new TypeError();
  Object.defineProperties(err, {
    message: {
      __proto__: null,
      value: 'Value of "this" must be of DOMException',
      enumerable: false,
      writable: true,
      configurable: true,
    },
    toString: {
      __proto__: null,
      value() { return `${this.name} [${this.code}]: ${this.message}`; },
      enumerable: false,
      writable: true,
      configurable: true,
    },
  });
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    let hasCause = false;
    let cause;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      this.#name = `${options}`;
    }
    // After the fields: the stack's first line is `${name}: ${message}`.
    Error.captureStackTrace(this);
    if (hasCause) {
      Object.defineProperty(this, 'cause', {
        __proto__: null, value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
  }

  get name() {
    if (!(#name in this)) throwInvalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throwInvalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throwInvalidThis();
    const code = nameToCode.get(this.#name);
    return code === undefined ? 0 : code;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

{
  const accessor = { __proto__: null, enumerable: true, configurable: true };
  Object.defineProperties(DOMException.prototype, {
    [Symbol.toStringTag]: { __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true },
    name: accessor,
    message: accessor,
    code: accessor,
  });
  for (let i = 0; i < kLegacyCodes.length; i++) {
    const desc = { __proto__: null, value: i + 1, writable: false, enumerable: true, configurable: false };
    Object.defineProperty(DOMException, kLegacyCodes[i][0], desc);
    Object.defineProperty(DOMException.prototype, kLegacyCodes[i][0], desc);
  }
}

module.exports = { DOMException };
