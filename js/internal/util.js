'use strict';

// internal/util — small helpers that several built-ins share (Node keeps these in a module of
// the same name).

let DOMException;

// The DOMException class, loaded on first use so that a module that only throws one in a rare
// case does not load it at start-up.
function lazyDOMExceptionClass() {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return DOMException;
}

function lazyDOMException(message, name) {
  return new (lazyDOMExceptionClass())(message, name);
}

// The nearest constructor on obj's prototype chain that has a name (as
// util.inspect and the WHATWG classes' inspect name an object), or null.
function getConstructorOf(obj) {
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
      return desc.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

module.exports = {
  getConstructorOf,
  lazyDOMException,
  lazyDOMExceptionClass,
};
