'use strict';

// readline/promises — readline's Interface whose question() returns a promise (rejected with
// an AbortError when options.signal aborts, or when ctrl+c / ctrl+d close the interface), and
// the Readline class for cursor actions.

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  Interface: _Interface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
  onAbort,
} = require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');

const kEmptyObject = Object.freeze({ __proto__: null });

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // question(query[, options]) resolves with the next line.
  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          return reject(new AbortError(undefined, { cause: signal.reason }));
        }
        const remove = onAbort(signal, () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        });
        cb = (answer) => {
          remove();
          resolve(answer);
        };
      }
      this[kQuestionReject] = reject;
      this[kQuestion](query, cb);
    });
  }
}

// createInterface(input, output, completer, terminal) or createInterface(options).
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
