'use strict';

// querystring.unescapeBuffer returns a Buffer of the decoded bytes (code units above 0xFF are
// truncated to their low byte; '+' becomes a space only when asked), and unescape falls back
// to it when decodeURIComponent throws.

const qs = require('querystring');

for (const s of ['', 'abc', 'a%20b', 'a+b', '%zz', '%', '%4', '%41%', '%E2%82%AC', '%E2%82', '%FF',
  'é%41', '€', '%41€%zz', 'a%2', '%%41', '%4g', '%g4']) {
  const b = qs.unescapeBuffer(s);
  const c = qs.unescapeBuffer(s, true);
  console.log(JSON.stringify(s), Buffer.isBuffer(b), b.length, JSON.stringify([...b]), JSON.stringify([...c]), JSON.stringify(b.toString()));
}

// A replaced unescapeBuffer is what unescape's fallback uses.
const orig = qs.unescapeBuffer;
qs.unescapeBuffer = (s) => Buffer.from(`<${s}>`);
console.log(qs.unescape('%zz'), qs.unescape('%41'));
qs.unescapeBuffer = orig;
console.log(qs.unescape('%zz'));
