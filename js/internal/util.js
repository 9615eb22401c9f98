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
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

module.exports = {
  lazyDOMException,
  lazyDOMExceptionClass,
};
