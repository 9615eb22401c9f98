'use strict';

// readline — line-by-line reading of a stream (Node's callback API). Interface is a plain
// function (callable without new) whose prototype adds the callback form of question() and the
// underscore names of the internal methods that old code overrides (_writeToOutput,
// _ttyWrite, ...): the interface calls its internal methods through getters that return the
// underscore-named ones, so an override on the instance or a subclass takes effect.

const {
  Interface: _Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
  onAbort,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const promises = require('readline/promises');

const kEmptyObject = Object.freeze({ __proto__: null });

// Interface(input, output, completer, terminal) or Interface(options). A completer that does
// not take two arguments is synchronous; it is wrapped into the callback form.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = _ttyWriteDumb.bind(this);
}

Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

// question(query[, options], cb) writes query and calls cb with the next line.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const remove = onAbort(options.signal, () => this[kQuestionCancel]());
    const originalCb = cb;
    cb = typeof originalCb === 'function' ? (answer) => {
      remove();
      return originalCb(answer);
    } : remove;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) resolves with the answer, and rejects with an AbortError when
// options.signal aborts.
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] =
  function question(query, options) {
    if (options === null || typeof options !== 'object') options = kEmptyObject;
    const signal = options.signal;
    if (signal && signal.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const remove = onAbort(signal, () => {
          reject(new AbortError(undefined, { cause: signal.reason }));
        });
        cb = (answer) => {
          remove();
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  };

// The instance state under its old names.
function defineStateAlias(name, symbol) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
    enumerable: false,
    configurable: true,
  });
}
defineStateAlias('_decoder', kDecoder);
defineStateAlias('_line_buffer', kLine_buffer);
defineStateAlias('_oldPrompt', kOldPrompt);
defineStateAlias('_previousKey', kPreviousKey);
defineStateAlias('_prompt', kPrompt);
defineStateAlias('_questionCallback', kQuestionCallback);
defineStateAlias('_sawKeyPress', kSawKeyPress);
defineStateAlias('_sawReturnAt', kSawReturnAt);

// The internal methods under their old names; the symbol now reads the old name, so that
// overriding `_x` changes what the interface calls.
const kMethodAliases = [
  ['_setRawMode', kSetRawMode],
  ['_onLine', kOnLine],
  ['_writeToOutput', kWriteToOutput],
  ['_addHistory', kAddHistory],
  ['_refreshLine', kRefreshLine],
  ['_normalWrite', kNormalWrite],
  ['_insertString', kInsertString],
  ['_tabComplete', kTabComplete],
  ['_wordLeft', kWordLeft],
  ['_wordRight', kWordRight],
  ['_deleteLeft', kDeleteLeft],
  ['_deleteRight', kDeleteRight],
  ['_deleteWordLeft', kDeleteWordLeft],
  ['_deleteWordRight', kDeleteWordRight],
  ['_deleteLineLeft', kDeleteLineLeft],
  ['_deleteLineRight', kDeleteLineRight],
  ['_line', kLine],
  ['_historyNext', kHistoryNext],
  ['_historyPrev', kHistoryPrev],
  ['_getDisplayPos', kGetDisplayPos],
  ['_moveCursor', kMoveCursor],
  ['_ttyWrite', kTtyWrite],
];
for (const [name, symbol] of kMethodAliases) {
  Object.defineProperty(Interface.prototype, symbol, {
    __proto__: null,
    get() { return this[name]; },
    enumerable: false,
    configurable: false,
  });
}
for (const [name, symbol] of kMethodAliases) {
  Interface.prototype[name] = _Interface.prototype[symbol];
  if (name === '_getDisplayPos') {
    Interface.prototype._getCursorPos = _Interface.prototype.getCursorPos;
  }
}

// The legacy completer takes a callback instead of returning a promise.
Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

// With TERM=dumb keys are not edited: characters are echoed and appended, return and enter
// end the line, ctrl+c and ctrl+d close.
function _ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) {
        this.emit('SIGINT');
      } else {
        this.close();
      }
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

// createInterface(input, output, completer, terminal) or createInterface(options).
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
