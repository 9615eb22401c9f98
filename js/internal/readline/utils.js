'use strict';

// internal/readline/utils — helpers shared by readline's pieces: the CSI tag for terminal
// control sequences, UTF-16 character lengths around a position, the common prefix of
// completions, and the keypress decoder (a generator that turns characters into keypress events).

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');
const kUTF16SurrogateThreshold = 0x10000; // 2 ** 16
// Set on an interface by emitKeypressEvents: whether the last chunk was a single key press.
const kSawKeyPress = Symbol('_sawKeyPress');
// GNU readline's keyseq-timeout default: how long an ESC waits for the rest of its sequence.
const ESCAPE_CODE_TIMEOUT = 500;

// CSI`${n}G` is the control sequence ESC [ n G: the template's parts with the values between them.
function CSI(strings, ...args) {
  const parts = [`${kEscape}[`];
  for (let i = 0; i < strings.length; i++) {
    parts.push(strings[i]);
    if (i < args.length) parts.push(args[i]);
  }
  return parts.join('');
}

CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// moveCursorSequence(dx, dy) is the control sequence that moves the cursor dx columns right
// (left when negative) and dy rows down (up when negative); '' when both are 0.
function moveCursorSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return data;
}

// charLengthAt(str, i) is the number of UTF-16 units of the character that starts at i (1 past
// the end, so that moving right at the end still moves).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= kUTF16SurrogateThreshold ? 2 : 1;
}

// charLengthLeft(str, i) is the number of UTF-16 units of the character that ends at i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= kUTF16SurrogateThreshold) ||
      str.codePointAt(i - 1) >= kUTF16SurrogateThreshold) {
    return 2;
  }
  return 1;
}

// commonPrefix(strings) is the longest prefix that all the strings share.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  for (let i = 0; i < first.length; i++) {
    if (first[i] !== last[i]) return first.slice(0, i);
  }
  return first;
}

// Key names of the escape sequences, by their code (the part after ESC without digits of the
// modifier). Each entry is [name, ctrl, shift] for the sequences that imply a modifier.
const kKeyNames = {
  __proto__: null,
  // xterm/gnome ESC [ letter, ESC O letter, xterm/rxvt ESC [ number ~, Cygwin/libuv ESC [ [ letter
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', // putty
  '[7~': 'home', '[8~': 'end', // rxvt
};
// Sequences that carry a modifier in their last character (rxvt).
const kShiftKeys = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home',
  '[8$': 'end', '[Z': 'tab',
};
const kCtrlKeys = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home',
  '[8^': 'end',
};

const kNumTilde = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const kLetter = /^((\d;)?(\d))?([A-Za-z])$/;
const kAlnum = /^[0-9A-Za-z]$/;
const kUpper = /^[A-Z]$/;

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

// nameEscapeKey sets key.name (and the modifiers the code implies) from an escape code.
function nameEscapeKey(key, code) {
  const name = kKeyNames[code];
  if (name !== undefined) {
    key.name = name;
  } else if (kShiftKeys[code] !== undefined) {
    key.name = kShiftKeys[code];
    key.shift = true;
  } else if (kCtrlKeys[code] !== undefined) {
    key.name = kCtrlKeys[code];
    key.ctrl = true;
  } else {
    key.name = 'undefined';
  }
}

// nameSingleKey sets key's name and modifiers for one character (after an optional ESC).
function nameSingleKey(key, ch, escaped) {
  switch (ch) {
    case '\r': key.name = 'return'; key.meta = escaped; return;
    case '\n': key.name = 'enter'; key.meta = escaped; return;
    case '\t': key.name = 'tab'; key.meta = escaped; return;
    case '\b':
    case '\x7f': key.name = 'backspace'; key.meta = escaped; return;
    case kEscape: key.name = 'escape'; key.meta = escaped; return;
    case ' ': key.name = 'space'; key.meta = escaped; return;
  }
  if (!escaped && ch <= '\x1a') {
    // ctrl+letter
    key.name = String.fromCharCode(ch.charCodeAt(0) + 0x60);
    key.ctrl = true;
  } else if (kAlnum.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = kUpper.test(ch);
    key.meta = escaped;
  } else if (escaped) {
    // The escape sequence timed out (ch is '') or ESC came before another character.
    key.name = ch.length ? undefined : 'escape';
    key.meta = true;
  }
}

// emitKeys(stream) is a generator fed one character at a time (next(ch)); for every complete
// key it emits 'keypress' (string or undefined, key) on stream. Escape sequences span several
// characters; '' ends one that timed out.
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, ESC O modifier letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ letter, ESC [ modifier letter, ESC [ [ modifier letter, ESC [ [ num char
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        // Read just enough for a complete sequence: up to three digits, then ;modifier, then
        // the final character.
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let match;
        if ((match = kNumTilde.exec(cmd)) !== null) {
          if (match[4]) {
            code += match[4];
          } else {
            code += match[1] + match[3];
            modifier = (match[2] || 1) - 1;
          }
        } else if ((match = kLetter.exec(cmd)) !== null) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      nameEscapeKey(key, code);
    } else {
      nameSingleKey(key, ch, escaped);
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      // A named key or an escape sequence.
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // One unnamed character, such as '.'.
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

module.exports = {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kSawKeyPress,
  kSubstringSearch,
  CSI,
  ESCAPE_CODE_TIMEOUT,
  moveCursorSequence,
};
