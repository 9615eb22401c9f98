'use strict';

// internal/assert/assertion_error — assert's AssertionError and the messages it generates.
//
// Node v20's message formats:
//
// - strictEqual / deepStrictEqual: a line diff of the two values as util.inspect prints them
//   (one property per line, keys sorted, getters shown), `+` for actual and `-` for expected:
//
//     Expected values to be strictly deep-equal:
//     + actual - expected
//
//       {
//     +   a: 1
//     -   a: 2
//       }
//
//   Lines are compared index by index. Identical runs are shortened (`...` marks skipped lines
//   and the header then ends in `... Lines skipped`), trailing identical lines are kept (three of
//   them at most), a line that differs only by a trailing comma counts as identical, and output
//   stops after about 50 lines. Two short primitives read `1 !== 2`; a single line longer than
//   that gets a `^` under the first differing column when both fit in 80 columns (the terminal's
//   width on a TTY). Values that print the same but are not equal read `Values have same
//   structure but are not reference-equal:`. A custom message replaces the first line only.
// - notStrictEqual / notDeepStrictEqual: the value once, after `Expected "actual" ...`.
// - deepEqual / notDeepEqual: both values (512 characters each at most) around
//   `should loosely deep-equal` / `should not loosely deep-equal`.
// - anything else (==, !=, fail's operators): `actual <operator> expected`.
//
// Colors appear only when stderr is a terminal that supports them (see internal/util/colors).

const { inspect, removeColors } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

const ObjectAssign = Object.assign;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ErrorCaptureStackTrace = Error.captureStackTrace;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two primitives whose inspected forms add up to at most this many characters print as
// `a !== b`.
const kMaxShortLength = 12;
// Past this many printed diff lines the rest is cut.
const kMaxPrintedLines = 50;

// ---------------------------------------------------------------------------------------------
// Colors

const colors = { blue: '', green: '', red: '', white: '' };
let colorsChecked = false;

// Re-reads whether stderr takes colors (only a TTY stderr changes the answer, as in Node).
function refreshColors() {
  colorsChecked = true;
  const stderr = process.stderr;
  if (!stderr || !stderr.isTTY) return;
  const on = require('internal/util/colors').shouldColorize(stderr);
  colors.blue = on ? '\u001b[34m' : '';
  colors.green = on ? '\u001b[32m' : '';
  colors.red = on ? '\u001b[31m' : '';
  colors.white = on ? '\u001b[39m' : '';
}

// ---------------------------------------------------------------------------------------------
// Helpers

// The value as the diff shows it: every property on its own line, keys sorted, getters
// evaluated, no depth or length limit, independent of inspect.defaultOptions.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A stack-less stand-in for an Error, so its stack does not show up in the diff.
function copyError(source) {
  const copy = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(copy, 'message', { __proto__: null, value: source.message });
  return copy;
}

function firstLine(operator, message) {
  return message || kReadableOperator[operator];
}

// At most 47 lines: the first 46 and `...` (for values that are printed on their own).
function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = `${colors.blue}...${colors.white}`;
    lines.length = 47;
  }
  return lines;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// ---------------------------------------------------------------------------------------------
// The diff

// State of one diff being written: res collects the output, pending holds `-` lines that wait
// until the current run of differing lines ends (so the output reads +++--- rather than +-+-).
class DiffWriter {
  constructor() {
    this.res = '';
    this.pending = '';
    this.printed = 0;
    this.identical = 0;
    this.skipped = false;
  }

  // Before a differing line: show the tail of the identical run that precedes it. Up to
  // three lines are shown as they are; a run of five shows four lines; longer runs show the
  // last three after a `...` line. (The first two lines of the run were printed already.)
  closeIdenticalRun(lines, i) {
    const n = this.identical;
    if (n > 2) {
      if (n > 3) {
        if (n > 4) {
          if (n === 5) {
            this.line(`  ${lines[i - 3]}`);
          } else {
            this.res += `\n${colors.blue}...${colors.white}`;
            this.skipped = true;
          }
        }
        this.line(`  ${lines[i - 2]}`);
      }
      this.line(`  ${lines[i - 1]}`);
    }
    this.identical = 0;
  }

  line(text) {
    this.res += `\n${text}`;
    this.printed++;
  }
}

function createErrDiff(actual, expected, operator, message = '') {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  // Two objects (or two functions) that are not the same reference.
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // Counts the common prefix of single-line values and then the identical trailing lines.
  let i = 0;
  let indicator = '';

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const withColors = inspect.defaultOptions.colors;
    const actualRaw = withColors ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = withColors ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${firstLine(operator, message)}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = process.stderr;
      const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        // A mismatch within the first characters is visible without a marker.
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Identical trailing lines are taken off both sides: the last three are kept for the end of
  // the output, the first of the rest too, with `...` in between when five or more matched.
  let end = '';
  let firstOfTail = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const lineText = actualLines[actualLines.length - 1];
    if (i++ < 3) {
      end = `\n  ${lineText}${end}`;
    } else {
      firstOfTail = lineText;
    }
    actualLines.pop();
    expectedLines.pop();
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Nothing differs in print: equal-looking values that are not equal (e.g. two symbols with
    // the same description).
    const lines = truncateLines(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const out = new DiffWriter();
  if (i >= 5) {
    end = `\n${colors.blue}...${colors.white}${end}`;
    out.skipped = true;
  }
  if (firstOfTail !== '') end = `\n  ${firstOfTail}${end}`;

  const header = `${firstLine(operator, message)}\n` +
    `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  const skippedNote = ` ${colors.blue}...${colors.white} Lines skipped`;

  // Lines past the end of the shorter side are all added (actual) or removed (expected).
  let longer = actualLines;
  let longerSign = `${colors.green}+${colors.white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    longer = expectedLines;
    longerSign = `${colors.red}-${colors.white}`;
    shorterLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      out.closeIdenticalRun(longer, i);
      if (longer === actualLines) {
        out.res += `\n${longerSign} ${longer[i]}`;
      } else {
        out.pending += `\n${longerSign} ${longer[i]}`;
      }
      out.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma are the same line.
      let differ = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differ && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differ = false;
        actualLine += ',';
      }
      if (differ) {
        out.closeIdenticalRun(actualLines, i);
        out.res += `\n${colors.green}+${colors.white} ${actualLine}`;
        out.pending += `\n${colors.red}-${colors.white} ${expectedLine}`;
        out.printed += 2;
      } else {
        out.res += out.pending;
        out.pending = '';
        out.identical++;
        // The first two lines of an identical run are shown right away.
        if (out.identical <= 2) out.line(`  ${actualLine}`);
      }
    }
    if (out.printed > kMaxPrintedLines && i < maxLines - 2) {
      return `${header}${skippedNote}\n${out.res}\n${colors.blue}...${colors.white}${out.pending}\n` +
        `${colors.blue}...${colors.white}`;
    }
  }

  return `${header}${out.skipped ? skippedNote : ''}\n${out.res}${out.pending}${end}${indicator}`;
}

// The message of a notStrictEqual / notDeepStrictEqual failure: the value once.
function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = truncateLines(inspectValue(actual).split('\n'));
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

// deepEqual, notDeepEqual and the operators without a readable form.
function createOtherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const readable = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${readable}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${readable}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function createMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator);
  }
  return createOtherMessage(actual, expected, operator);
}

// For util.inspect of an AssertionError: a long string actual/expected is cut to 10 lines
// (or, past 512 characters, to what follows the 512th character, as Node does).
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
}

// ---------------------------------------------------------------------------------------------
// AssertionError

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // The older name of stackStartFn.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    // The stack is captured below, from stackStartFn; none is needed from super().
    const limit = Error.stackTraceLimit;
    const limitWritable = isErrorStackTraceLimitWritable();
    if (limitWritable) Error.stackTraceLimit = 0;

    if (message != null) {
      if (!colorsChecked) refreshColors();
      // A custom message replaces the first line of the diff of the strict comparisons.
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(createErrDiff(actual, expected, operator, message));
      } else {
        super(String(message));
      }
    } else {
      refreshColors();
      // Two errors are shown (and kept as actual/expected) without their stacks.
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(createMessage(actual, expected, operator));
    }

    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    ErrorCaptureStackTrace(this, stackStartFn || stackStartFunction);
    // The stack header is written now, while the name still carries the code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // actual and expected are shown one level deep only: the message already has them in full.
  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = AssertionError;
