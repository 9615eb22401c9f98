'use strict';

// internal/assert/utils — assert.ok's failure message.
//
// When assert(value) / assert.ok(value) fails without a message, Node quotes the call from the
// caller's source file:
//
//   The expression evaluated to a falsy value:
//
//     assert.ok(typeof value === 'string')
//
// The call site comes from the stack (file, line, column of the call); the file is read and the
// call expression that starts on that line and covers that column is cut out of it: the callee
// chain (`assert.ok`, `t.assert`, `a().b.ok`) and its parenthesised arguments. Continuation lines
// are re-indented relative to the call's column, and control characters other than tab and
// newline are escaped. When the source cannot be read or the call not found, the message falls
// back to `<value> == true`. Results are cached per call site.

const AssertionError = require('internal/assert/assertion_error');
const { isError } = require('internal/util/inspect');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

const ErrorCaptureStackTrace = Error.captureStackTrace;

// filename + line + column -> message (or undefined when none could be made).
const messageCache = new Map();

// ---------------------------------------------------------------------------------------------
// Call site

// The first frame below fn: a V8-style CallSite (getFileName, getLineNumber, getColumnNumber).
function callSiteOf(fn) {
  const limitWritable = isErrorStackTraceLimitWritable();
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  if (limitWritable) Error.stackTraceLimit = 1;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    const holder = {};
    ErrorCaptureStackTrace(holder, fn);
    const frames = holder.stack;
    return Array.isArray(frames) ? frames[0] : undefined;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
}

let builtinModuleNames;
function isBuiltinModule(name) {
  if (builtinModuleNames === undefined) {
    builtinModuleNames = new Set(require('module').builtinModules);
  }
  return builtinModuleNames.has(name);
}

function readSource(filename) {
  if (filename.startsWith('file://')) {
    filename = decodeURIComponent(filename.slice(7));
  }
  return internalBinding('modules').readFile(filename);
}

// ---------------------------------------------------------------------------------------------
// A small JavaScript tokenizer: enough to find where a call expression begins and ends.

const kName = 1;
const kPunct = 2;
const kLiteral = 3; // number, string, template, regular expression

// Names after which a `/` starts a regular expression, and after which `(` does not make a
// call (`if (x)`, `return (x)`).
const kKeywords = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import',
  'in', 'instanceof', 'let', 'new', 'of', 'return', 'switch', 'throw', 'try', 'typeof', 'var',
  'void', 'while', 'with', 'yield',
]);

const kPunctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
  '%=', '&=', '|=', '^=', '<<', '>>', '**',
];

function isIdentifierChar(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
    c === '_' || c === '$' || c === '\\' || c > '\u007f';
}

function isDigit(c) {
  return c >= '0' && c <= '9';
}

function isWhitespace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' ||
    c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029' ||
    (c > '\u007f' && /\s/.test(c));
}

// End of the string literal that starts at i (code[i] is the quote).
function skipString(code, i) {
  const quote = code[i++];
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
    } else if (c === quote) {
      return i + 1;
    } else if (c === '\n') {
      return -1;
    } else {
      i++;
    }
  }
  return -1;
}

// End of the template chunk that starts at i (just after a backtick or the `}` closing a
// substitution): past the closing backtick (closed: true) or past the next `${`.
function scanTemplateChunk(code, i) {
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '`') {
      return { end: i + 1, closed: true };
    } else if (c === '$' && code[i + 1] === '{') {
      return { end: i + 2, closed: false };
    } else {
      i++;
    }
  }
  return null;
}

// End of the regular expression literal that starts at i.
function skipRegExp(code, i) {
  i++;
  let inClass = false;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '\n') return -1;
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      i++;
      while (i < code.length && isIdentifierChar(code[i])) i++;
      return i;
    }
    i++;
  }
  return -1;
}

// Whether a `/` after token `previous` begins a regular expression (rather than a division).
function regExpAllowedAfter(previous) {
  if (previous === null) return true;
  if (previous.type === kLiteral) return previous.value.endsWith('${');
  if (previous.type === kName) return kKeywords.has(previous.value);
  return previous.value !== ')' && previous.value !== ']' && previous.value !== '}';
}

// The token at i: { type, value, start, end }; type 0 for whitespace and comments. null at a
// character that cannot start a token.
function readToken(code, i, previous) {
  const c = code[i];
  if (isWhitespace(c)) {
    let j = i + 1;
    while (j < code.length && isWhitespace(code[j])) j++;
    return { type: 0, value: '', start: i, end: j };
  }
  if (c === '/' && code[i + 1] === '/') {
    let j = code.indexOf('\n', i);
    if (j === -1) j = code.length;
    return { type: 0, value: '', start: i, end: j };
  }
  if (c === '/' && code[i + 1] === '*') {
    const j = code.indexOf('*/', i + 2);
    if (j === -1) return null;
    return { type: 0, value: '', start: i, end: j + 2 };
  }
  if (c === '#' && code[i + 1] === '!' && i === 0) {
    let j = code.indexOf('\n');
    if (j === -1) j = code.length;
    return { type: 0, value: '', start: i, end: j };
  }
  if (c === '"' || c === '\'') {
    const end = skipString(code, i);
    return end < 0 ? null : { type: kLiteral, value: c, start: i, end };
  }
  if (c === '`') {
    const chunk = scanTemplateChunk(code, i + 1);
    if (chunk === null) return null;
    return { type: kLiteral, value: chunk.closed ? '`' : '`${', start: i, end: chunk.end };
  }
  if (isDigit(c) || (c === '.' && isDigit(code[i + 1] || ''))) {
    let j = i + 1;
    while (j < code.length) {
      const d = code[j];
      if (isIdentifierChar(d) || d === '.' ||
          ((d === '+' || d === '-') && /[eE]/.test(code[j - 1]) && !/^0[xX]/.test(code.slice(i, j)))) {
        j++;
      } else {
        break;
      }
    }
    return { type: kLiteral, value: code.slice(i, j), start: i, end: j };
  }
  if (isIdentifierChar(c) || c === '#') {
    let j = i + 1;
    while (j < code.length && isIdentifierChar(code[j])) j++;
    return { type: kName, value: code.slice(i, j), start: i, end: j };
  }
  if (c === '/' && regExpAllowedAfter(previous)) {
    const end = skipRegExp(code, i);
    return end < 0 ? null : { type: kLiteral, value: '/', start: i, end };
  }
  for (let k = 0; k < kPunctuators.length; k++) {
    const p = kPunctuators[k];
    if (code.startsWith(p, i)) {
      // `?.5` is a conditional followed by a number.
      if (p === '?.' && isDigit(code[i + 2] || '')) break;
      return { type: kPunct, value: p, start: i, end: i + p.length };
    }
  }
  if ('{}()[];,<>+-*/%&|^!~?:=@.'.includes(c)) {
    return { type: kPunct, value: c, start: i, end: i + 1 };
  }
  return null;
}

// The significant tokens of code, as far as the end of the call whose argument list opens
// after offset. Template literals are split at their substitutions, which are tokenized too.
function tokenize(code, offset) {
  const tokens = [];
  // One entry per open `{`: true for the `${` of a template substitution.
  const braces = [];
  let previous = null;
  let depth = 0;
  let i = 0;
  while (i < code.length) {
    let token = readToken(code, i, previous);
    if (token === null) break;
    if (token.type === 0) {
      i = token.end;
      continue;
    }
    if (token.type === kLiteral && token.value === '`${') {
      braces.push(true);
    } else if (token.type === kPunct && token.value === '{') {
      braces.push(false);
    } else if (token.type === kPunct && token.value === '}' && braces.length > 0 && braces.pop()) {
      // The end of a substitution: the template goes on.
      const chunk = scanTemplateChunk(code, i + 1);
      if (chunk === null) break;
      if (!chunk.closed) braces.push(true);
      token = { type: kLiteral, value: chunk.closed ? '}`' : '}${', start: i, end: chunk.end };
    }
    i = token.end;
    tokens.push(token);
    previous = token;
    if (token.start >= offset && token.type === kPunct) {
      const v = token.value;
      if (v === '(' || v === '[' || v === '{') {
        depth++;
      } else if (v === ')' || v === ']' || v === '}') {
        depth--;
        if (depth <= 0 && v === ')') break;
      }
    }
  }
  return tokens;
}

const kOpening = { ')': '(', ']': '[', '}': '{' };
const kClosing = { '(': ')', '[': ']', '{': '}' };

function matchingOpen(tokens, j) {
  const close = tokens[j].value;
  const open = kOpening[close];
  let depth = 0;
  for (; j >= 0; j--) {
    const t = tokens[j];
    if (t.type !== kPunct) continue;
    if (t.value === close) depth++;
    else if (t.value === open && --depth === 0) return j;
  }
  return -1;
}

function matchingClose(tokens, j) {
  const open = tokens[j].value;
  const close = kClosing[open];
  let depth = 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.type !== kPunct) continue;
    if (t.value === open) depth++;
    else if (t.value === close && --depth === 0) return j;
  }
  return -1;
}

// A literal or a name that is not a keyword (this and super are operands).
function isOperand(token) {
  return token.type === kLiteral || (token.type === kName && !kKeywords.has(token.value));
}

// Whether token can be the last token of a callee (`f`, `a.b`, `a[b]`, `f()`).
function endsCallee(token) {
  return isOperand(token) ||
    (token.type === kPunct && (token.value === ')' || token.value === ']'));
}

// Index of the first token of the member/call chain that ends at token j (`a.b(c)[d].e`).
function chainStart(tokens, j) {
  for (;;) {
    const t = tokens[j];
    if (t.type === kPunct && (t.value === ')' || t.value === ']')) {
      const open = matchingOpen(tokens, j);
      if (open < 0) return -1;
      const before = tokens[open - 1];
      // A call or an element access continues the chain; otherwise this is a parenthesised
      // expression or an array literal, where the chain begins.
      if (before !== undefined &&
          (isOperand(before) || (before.type === kPunct &&
            (before.value === ')' || before.value === ']' || before.value === '?.')))) {
        j = before.value === '?.' ? open - 2 : open - 1;
        if (j < 0) return open;
        continue;
      }
      j = open;
    } else if (!isOperand(t)) {
      return -1;
    }
    const dot = tokens[j - 1];
    if (dot !== undefined && dot.type === kPunct && (dot.value === '.' || dot.value === '?.') &&
        j >= 2) {
      j -= 2;
      continue;
    }
    return j;
  }
}

// [start, source text] of the call expression whose callee ends with the token at offset.
function findCall(code, offset) {
  const tokens = tokenize(code, offset);
  let k = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start <= offset && offset < tokens[i].end) {
      k = i;
      break;
    }
  }
  if (k === -1) return undefined;
  const t = tokens[k];
  if (t.type === kPunct && t.value === '(') {
    // The call site is the argument list itself (`a[b](x)`, `a?.(x)`, `f(y)(x)`).
    let calleeEnd = k - 1;
    if (calleeEnd >= 0 && tokens[calleeEnd].value === '?.' && tokens[calleeEnd].type === kPunct) calleeEnd--;
    if (calleeEnd < 0) return undefined;
    const before = tokens[k - 1];
    if (before.type === kPunct && before.value === ')' && before.end >= offset) {
      // A call right before the argument list ends at the call site, so it is the innermost
      // call covering it.
      const open = matchingOpen(tokens, k - 1);
      let innerEnd = open - 1;
      if (innerEnd >= 0 && tokens[innerEnd].type === kPunct && tokens[innerEnd].value === '?.') innerEnd--;
      if (open > 0 && innerEnd >= 0 && endsCallee(tokens[innerEnd])) {
        const innerFirst = chainStart(tokens, innerEnd);
        if (innerFirst >= 0) {
          const start = tokens[innerFirst].start;
          return [start, code.slice(start, before.end)];
        }
      }
    }
    const first = chainStart(tokens, calleeEnd);
    const close = matchingClose(tokens, k);
    if (first < 0 || close < 0) return undefined;
    const start = tokens[first].start;
    return [start, code.slice(start, tokens[close].end)];
  }
  const first = chainStart(tokens, k);
  if (first < 0) return undefined;
  // Forward to the argument list: `.name`, `?.name` and `[...]` may still follow.
  let j = k + 1;
  for (;;) {
    const t = tokens[j];
    if (t === undefined || t.type !== kPunct) return undefined;
    if (t.value === '(') break;
    if (t.value === '?.' && tokens[j + 1] !== undefined && tokens[j + 1].value === '(') {
      j++;
      break;
    }
    if ((t.value === '.' || t.value === '?.') && tokens[j + 1] !== undefined &&
        tokens[j + 1].type === kName) {
      j += 2;
    } else if (t.value === '[') {
      const close = matchingClose(tokens, j);
      if (close < 0) return undefined;
      j = close + 1;
    } else {
      return undefined;
    }
  }
  const close = matchingClose(tokens, j);
  if (close < 0) return undefined;
  const start = tokens[first].start;
  return [start, code.slice(start, tokens[close].end)];
}

const kControlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControlChar(c) {
  const code = c.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// The message for a failed assert.ok called from the frame below fn, or `fallback`.
function getErrMessage(fallback, fn) {
  const site = callSiteOf(fn);
  if (site === undefined) return fallback;
  const filename = site.getFileName();
  if (!filename) return fallback;
  const line = site.getLineNumber() - 1;
  const column = site.getColumnNumber() - 1;
  const key = `${filename}${line}${column}`;
  if (filename.startsWith('node:') && isBuiltinModule(filename.slice(5))) {
    messageCache.set(key, undefined);
    return undefined;
  }
  if (messageCache.has(key)) return messageCache.get(key);

  let message;
  try {
    const source = readSource(filename);
    let lineStart = 0;
    for (let n = 0; n < line; n++) {
      const nl = source.indexOf('\n', lineStart);
      if (nl === -1) throw new Error('line not found');
      lineStart = nl + 1;
    }
    const found = findCall(source.slice(lineStart), column);
    if (found !== undefined) {
      const start = found[0];
      const lines = found[1].replace(kControlChars, escapeControlChar).split('\n');
      let text = lines[0];
      for (let n = 1; n < lines.length; n++) {
        const frame = lines[n];
        let pos = 0;
        while (pos < start && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
        text += `\n  ${frame.slice(pos)}`;
      }
      message = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
    }
  } catch {
    message = undefined;
  }
  messageCache.set(key, message);
  return message;
}

// assert.ok(value, message) and assert(value, message); fn is the function the user called.
function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(message, fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk,
};
