'use strict';

// internal/readline/interface — the Interface shared by readline and readline/promises.
//
// Without a terminal, input 'data' is decoded as UTF-8 and split into 'line' events at \n, \r\n
// and \r (a \r at the end of one chunk and a \n at the start of the next, within
// crlfDelay ms, are one line ending); what is left when the input ends is the last line. In
// terminal mode the input's 'keypress' events (emitKeypressEvents) edit `line` at `cursor`,
// and the prompt and line are redrawn on the output with ANSI control sequences as Node draws
// them. The methods that subclasses or users may replace are symbol-keyed here; readline's
// legacy Interface maps them to the old underscore names.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { inspect, getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSawKeyPress,
  kSubstringSearch,
  ESCAPE_CODE_TIMEOUT,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');

let emitKeypressEvents;
let kFirstEventParam;

const kEmptyObject = Object.freeze({ __proto__: null });
const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMincrlfDelay = 100;
// Longest the kill ring gets (blocks of deleted text that ctrl+y yanks back).
const kMaxLengthOfKillRing = 32;

// A line ends at \r\n, \n, or \r not followed by \n (Node 20 does not end lines at U+2028 or
// U+2029). Written without a lookahead (\r\n is tried before \r) so that the engine can use its
// fast matcher.
const kLineEnding = /\r\n|\n|\r/;
const kLineEndingGlobal = /\r\n|\n|\r/g;

const kLineObjectStream = Symbol('line object stream');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');
const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');

// onAbort(signal, fn) calls fn once when signal aborts; the result removes the listener.
function onAbort(signal, fn) {
  signal.addEventListener('abort', fn, { __proto__: null, once: true });
  return () => signal.removeEventListener('abort', fn);
}

// reverseString(s) reverses s by code points (word motions match from the cursor leftwards).
function reverseString(s) {
  return Array.from(s).reverse().join('');
}

// readOptions fills `opts` from createInterface's options object (the first argument when it
// has an `input`), validating as Node does, and returns the input stream.
function readOptions(self, options, opts) {
  opts.output = options.output;
  opts.completer = options.completer;
  opts.terminal = options.terminal;
  opts.history = options.history;
  opts.historySize = options.historySize;
  opts.signal = options.signal;
  if (options.tabSize !== undefined) {
    validateUint32(options.tabSize, 'tabSize', true);
    self.tabSize = options.tabSize;
  }
  opts.removeHistoryDuplicates = options.removeHistoryDuplicates;
  if (options.prompt !== undefined) opts.prompt = options.prompt;
  if (options.escapeCodeTimeout !== undefined) {
    if (!Number.isFinite(options.escapeCodeTimeout)) {
      throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', self.escapeCodeTimeout);
    }
    self.escapeCodeTimeout = options.escapeCodeTimeout;
  }
  if (opts.signal) validateAbortSignal(opts.signal, 'options.signal');
  opts.crlfDelay = options.crlfDelay;
  return options.input;
}

// InterfaceConstructor(input, output, completer, terminal) sets up an interface; `input` may
// instead be an options object. A plain function so that readline's legacy Interface can call
// it on `this`.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  // Whether tab runs the completer (only for the last character of an input chunk).
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  EventEmitter.call(this);

  const opts = {
    __proto__: null,
    output,
    completer,
    terminal,
    history: undefined,
    historySize: undefined,
    removeHistoryDuplicates: false,
    crlfDelay: undefined,
    prompt: '> ',
    signal: undefined,
  };
  if (input?.input) input = readOptions(this, input, opts);
  ({ output, completer, terminal } = opts);

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  let { history, historySize } = opts;
  if (history === undefined) {
    history = [];
  } else {
    validateArray(history, 'history');
  }
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, the output's isTTY decides.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!opts.removeHistoryDuplicates;
  this.crlfDelay = opts.crlfDelay ? Math.max(kMincrlfDelay, opts.crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(opts.prompt);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;

  attachInput(this, input, output);
  if (opts.signal) attachSignal(this, opts.signal);

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

// attachInput listens to the input (and the output's 'resize' in terminal mode) until the
// interface closes.
function attachInput(self, input, output) {
  const onerror = (err) => self.emit('error', err);
  input.on('error', onerror);

  if (!self.terminal) {
    const ondata = (data) => self[kNormalWrite](data);
    const onend = () => {
      const rest = self[kLine_buffer];
      if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
      self.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    self[kDecoder] = new StringDecoder('utf8');
    return;
  }

  const onkeypress = (s, key) => {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair: redraw so that the whole character shows once complete.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  };
  const ontermend = () => {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  };
  const onresize = () => self[kRefreshLine]();

  emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
  emitKeypressEvents(input, self);
  input.on('keypress', onkeypress);
  input.on('end', ontermend);
  self[kSetRawMode](true);
  self.terminal = true;
  self.cursor = 0;
  self.historyIndex = -1;
  if (output != null) output.on('resize', onresize);
  self.once('close', () => {
    input.removeListener('keypress', onkeypress);
    input.removeListener('error', onerror);
    input.removeListener('end', ontermend);
    if (output != null) output.removeListener('resize', onresize);
  });
}

// attachSignal closes the interface when the signal aborts (on the next tick if it has).
function attachSignal(self, signal) {
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    self.once('close', onAbort(signal, onAborted));
  }
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  // prompt(preserveCursor) writes the prompt (and, on a terminal, redraws the line).
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  // Adds the current line to the history and returns the line to deliver (a 'history'
  // listener may have changed it).
  [kAddHistory]() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this.historySize === 0) return line;
    if (line.trim().length === 0) return line;
    const history = this.history;
    if (history.length === 0 || history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const dup = history.indexOf(line);
        if (dup !== -1) history.splice(dup, 1);
      }
      history.unshift(line);
      if (history.length > this.historySize) history.pop();
    }
    this.historyIndex = -1;
    const added = this.history[0];
    this.emit('history', this.history);
    return added;
  }

  // Redraws the prompt and the line: up to the first row, column 0, clear the screen below,
  // write, then put the cursor back where it belongs.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // At a full row's end the terminal only wraps when something more is written.
    if (dispPos.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // write(data[, key]) feeds data (or a key) as if it came from the input.
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](d, key);
    } else {
      this[kNormalWrite](d);
    }
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \n of a \r\n split across chunks.
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    // Look for a line ending in the new part only (the buffered part has none). Without a \r
    // a plain split at \n does, and is much faster than the regexp.
    const hasCR = string.indexOf('\r') !== -1;
    if (!hasCR && string.indexOf('\n') === -1) {
      if (string) {
        const pending = this[kLine_buffer];
        this[kLine_buffer] = pending ? pending + string : string;
      }
      return;
    }
    const pending = this[kLine_buffer];
    if (pending) {
      string = pending + string;
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = hasCR && string.endsWith('\r') ? Date.now() : 0;
    const lines = hasCR ? string.split(kLineEnding) : string.split('\n');
    // The unfinished part waits for the next chunk; set before the 'line' listeners run, as
    // they may write more.
    this[kLine_buffer] = lines.pop();
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Part of a paste: no redraw per character.
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      const line = this.line;
      this.line = line.slice(0, this.cursor) + c + line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) {
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](c);
    }
  }

  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // Applies a completer's result [completions, completeOn]: the completions' common prefix
  // replaces the word; a second tab in a row lists them all in columns.
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);
    this[kWriteToOutput](formatCompletions(completions, this.columns));
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      const reversed = reverseString(this.line.slice(0, this.cursor));
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reverseString(leading));
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  [kYankPop]() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const ring = this[kKillRing];
    const lastYank = ring[this[kKillRingCursor]];
    this[kKillRingCursor]++;
    if (this[kKillRingCursor] >= ring.length) this[kKillRingCursor] = 0;
    const currentYank = ring[this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + currentYank + tail;
    this.cursor = head.length + currentYank.length;
    this[kRefreshLine]();
  }

  // clearLine() moves to the end of the line and starts a new one (the line is done).
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) {
      this[kUndoStack].shift();
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // Down: the next newer history entry that starts with the text typed before the first up
  // or down, skipping entries equal to the current line; past the newest, that text again.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index--;
    }
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Up: the next older matching history entry (see kHistoryNext).
  [kHistoryPrev]() {
    if (this.historyIndex >= this.history.length || !this.history.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index++;
    }
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // The row and column after writing str from column 0, with this.columns columns: tabs
  // align to tabSize, wide characters take two columns and do not split across rows.
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  // getCursorPos() is the cursor's row and column relative to the start of the prompt.
  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  // Moves the cursor dx units right (left when negative), within the line.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) {
      this.cursor = 0;
    } else if (this.cursor > this.line.length) {
      this.cursor = this.line.length;
    }
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // Handles one key from the terminal.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;
    // Any key but meta+y ends a run of yank pops.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;
    trackSubstringSearch(this, key);

    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }
    // The escape key alone does nothing.
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      ctrlShiftKey(this, key);
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      metaKey(this, key);
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  // for await (const line of rl): the lines from now on, until 'close'.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      kFirstEventParam ??= require('internal/events/symbols').kFirstEventParam;
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWaterMark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// Up and down without modifiers search the history for what was typed before the first of
// them; any other key ends the search.
function trackSubstringSearch(self, key) {
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (self[kSubstringSearch] === null) {
      self[kSubstringSearch] = self.line.slice(0, self.cursor);
    }
  } else if (self[kSubstringSearch] !== null) {
    self[kSubstringSearch] = null;
    if (self.history.length === self.historyIndex) self.historyIndex = -1;
  }
}

function ctrlShiftKey(self, key) {
  switch (key.name) {
    case 'backspace':
      self[kDeleteLineLeft]();
      break;
    case 'delete':
      self[kDeleteLineRight]();
      break;
  }
}

function ctrlKey(self, key) {
  switch (key.name) {
    case 'c':
      if (self.listenerCount('SIGINT') > 0) {
        self.emit('SIGINT');
      } else {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
      }
      break;
    case 'h':
      self[kDeleteLeft]();
      break;
    case 'd':
      // End of input on an empty line, else delete right.
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (self.cursor < self.line.length) {
        self[kDeleteRight]();
      }
      break;
    case 'u':
      self[kDeleteLineLeft]();
      break;
    case 'k':
      self[kDeleteLineRight]();
      break;
    case 'a':
      self[kMoveCursor](-Infinity);
      break;
    case 'e':
      self[kMoveCursor](+Infinity);
      break;
    case 'b':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      break;
    case 'f':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      break;
    case 'l':
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[kRefreshLine]();
      break;
    case 'n':
      self[kHistoryNext]();
      break;
    case 'p':
      self[kHistoryPrev]();
      break;
    case 'y':
      self[kYank]();
      break;
    case 'z':
      suspend(self);
      break;
    case 'w':
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'left':
      self[kWordLeft]();
      break;
    case 'right':
      self[kWordRight]();
      break;
  }
}

// ctrl+z: 'SIGTSTP' when someone listens, else stop the process for real and, once it
// continues, pause, emit 'SIGCONT' and redraw.
function suspend(self) {
  if (process.platform === 'win32') return;
  if (self.listenerCount('SIGTSTP') > 0) {
    self.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    if (!self.paused) {
      self.pause();
      self.emit('SIGCONT');
    }
    self[kSetRawMode](true);
    self[kRefreshLine]();
  });
  self[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

function metaKey(self, key) {
  switch (key.name) {
    case 'b':
      self[kWordLeft]();
      break;
    case 'f':
      self[kWordRight]();
      break;
    case 'd':
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'y':
      self[kYankPop]();
      break;
  }
}

function plainKey(self, s, key, previousKey) {
  // The \r of a \r\n only matters if the \n comes next.
  if (self[kSawReturnAt] && key.name !== 'enter') self[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      self[kSawReturnAt] = Date.now();
      self[kLine]();
      return;
    case 'enter':
      // A \n long enough after a \r is a line of its own.
      if (self[kSawReturnAt] === 0 || Date.now() - self[kSawReturnAt] > self.crlfDelay) {
        self[kLine]();
      }
      self[kSawReturnAt] = 0;
      return;
    case 'backspace':
      self[kDeleteLeft]();
      return;
    case 'delete':
      self[kDeleteRight]();
      return;
    case 'left':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      return;
    case 'right':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      return;
    case 'home':
      self[kMoveCursor](-Infinity);
      return;
    case 'end':
      self[kMoveCursor](+Infinity);
      return;
    case 'up':
      self[kHistoryPrev]();
      return;
    case 'down':
      self[kHistoryNext]();
      return;
    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        self[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) insertText(self, s);
}

// insertText inserts typed or written text; each line ending in it completes a line.
function insertText(self, s) {
  kLineEndingGlobal.lastIndex = 0;
  let lastIndex = 0;
  let match;
  while ((match = kLineEndingGlobal.exec(s)) !== null) {
    self[kInsertString](s.slice(lastIndex, match.index));
    lastIndex = kLineEndingGlobal.lastIndex;
    self[kLine]();
    // A 'line' listener may have used the regexp too.
    kLineEndingGlobal.lastIndex = lastIndex;
  }
  self[kInsertString](s.slice(lastIndex));
}

// formatCompletions lays out completions in columns as wide as the widest plus two; an empty
// completion starts a new group.
function formatCompletions(completions, columns) {
  const widths = completions.map((e) => getStringWidth(e));
  const width = Math.max(...widths) + 2;
  let maxColumns = Math.floor(columns / width) || 1;
  if (maxColumns === Infinity) maxColumns = 1;
  const out = ['\r\n'];
  let lineIndex = 0;
  let whitespace = 0;
  for (let i = 0; i < completions.length; i++) {
    const completion = completions[i];
    if (completion === '' || lineIndex === maxColumns) {
      out.push('\r\n');
      lineIndex = 0;
      whitespace = 0;
    } else {
      out.push(' '.repeat(whitespace));
    }
    if (completion !== '') {
      out.push(completion);
      whitespace = width - widths[i];
      lineIndex++;
    } else {
      out.push('\r\n');
    }
  }
  if (lineIndex !== 0) out.push('\r\n\r\n');
  return out.join('');
}

module.exports = {
  Interface,
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
  kQuestionReject,
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
};
