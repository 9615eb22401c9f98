'use strict';
// Random nested values (a fixed seed, so node and gonode build the same ones),
// each printed with util.inspect under random options. Compare the outputs:
//   node fuzz.js > a; gonode fuzz.js > b; node _tools/compare.js a b
const util = require('util');

let seed = Number(process.argv[2] || 12345);
function rand() {
  // xorshift32
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const int = (n) => Math.floor(rand() * n);

const words = ['a', 'id', 'name', 'value', 'x', 'longPropertyName', 'with space', 'it\'s', 'ünï', '中文', '', '0', '12', 'key-with-dash', 'nested'];
const strings = ['', 'short', 'a bit longer string value', 'it\'s', 'quote "double"', 'both \' and "', 'line1\nline2', 'tab\there', 'x'.repeat(90), 'multi\nline\nstring that is long enough to wrap past the break length limit\n', '中文字符', '😀 emoji'];

function value(depth) {
  const r = rand();
  if (depth > 4 || r < 0.35) return primitive();
  switch (int(12)) {
    case 0:
    case 1:
    case 2: {
      const o = {};
      const n = int(8);
      for (let i = 0; i < n; i++) o[pick(words) + (rand() < 0.3 ? i : '')] = value(depth + 1);
      return o;
    }
    case 3:
    case 4: {
      const n = pick([0, 1, 3, 6, 7, 12, 27, 40]);
      const kind = int(3);
      return Array.from({ length: n }, (_, i) => (kind === 0 ? int(10 ** int(7)) - 5 : kind === 1 ? pick(strings.slice(0, 6)) : value(depth + 1)));
    }
    case 5:
      return new Map(Array.from({ length: int(5) }, () => [primitive(), value(depth + 1)]));
    case 6:
      return new Set(Array.from({ length: int(6) }, () => value(depth + 1)));
    case 7: {
      class Thing {
        constructor() {
          this.prop = value(depth + 1);
        }
      }
      return new Thing();
    }
    case 8: {
      const a = [];
      a[int(5)] = value(depth + 1);
      a.length += int(3);
      return a;
    }
    case 9:
      return Object.assign(Object.create(null), { np: value(depth + 1) });
    case 10:
      return new Float64Array(Array.from({ length: int(12) }, () => int(1000) / 8));
    default: {
      const o = { self: null, other: value(depth + 1) };
      o.self = o;
      return o;
    }
  }
}

function primitive() {
  switch (int(9)) {
    case 0: return int(1000) - 500;
    case 1: return int(100000) / 7;
    case 2: return pick(strings);
    case 3: return pick([true, false]);
    case 4: return pick([null, undefined]);
    case 5: return BigInt(int(1e6));
    case 6: return pick([NaN, -0, Infinity, 1e21, 0.1]);
    case 7: return new Date(int(2e12));
    default: return pick(strings);
  }
}

function options() {
  const o = {};
  if (rand() < 0.3) o.depth = pick([0, 1, 3, Infinity, null]);
  if (rand() < 0.3) o.compact = pick([false, true, 1, 2, 4]);
  if (rand() < 0.3) o.breakLength = pick([20, 40, 60, 100, Infinity]);
  if (rand() < 0.2) o.maxArrayLength = pick([0, 2, 5]);
  if (rand() < 0.2) o.maxStringLength = pick([3, 10]);
  if (rand() < 0.2) o.sorted = true;
  if (rand() < 0.15) o.showHidden = true;
  if (rand() < 0.2) o.colors = true;
  if (rand() < 0.1) o.numericSeparator = true;
  return o;
}

const count = Number(process.argv[3] || 400);
for (let i = 0; i < count; i++) {
  const v = value(0);
  const o = options();
  process.stdout.write(`#${i} fuzz/${JSON.stringify(o).replace(/ /g, '')} o\n${util.inspect(v, o)}\n`);
}
