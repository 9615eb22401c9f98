'use strict';

// internal/readline/promises — the Readline class of readline/promises: cursor actions on a
// writable stream, queued until commit() (or written on the next tick with autoCommit).

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { CSI, moveCursorSequence } = require('internal/readline/utils');
const { isWritable } = require('internal/streams/utils');

const { kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown } = CSI;

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  // Queues data, or writes it on the next tick with autoCommit.
  #add(data) {
    if (this.#autoCommit) {
      process.nextTick(() => this.#stream.write(data));
    } else {
      this.#todo.push(data);
    }
  }

  // cursorTo(x[, y]) moves the cursor to column x (and row y).
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  // moveCursor(dx, dy) moves the cursor relative to where it is.
  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#add(moveCursorSequence(dx, dy));
    }
    return this;
  }

  // clearLine(dir) clears left of the cursor (-1), right of it (1) or the whole line (0).
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#add(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }

  // clearScreenDown() clears from the cursor to the end of the screen.
  clearScreenDown() {
    this.#add(kClearScreenDown);
    return this;
  }

  // commit() writes the queued actions in one write; the promise settles when it is flushed.
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  // rollback() drops the queued actions.
  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = {
  Readline,
};
