'use strict';

// internal/querystring — percent-encoding helpers shared by querystring, url and URLSearchParams.
//
// encodeStr(str, noEscapeTable, hexTable) writes str as UTF-8 and percent-encodes every byte
// whose noEscapeTable entry is not 1, with Node's handling of lone surrogates: a surrogate
// (high or low) takes the low 10 bits of the next code unit whatever it is, and a surrogate at
// the very end throws ERR_INVALID_URI.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// hexTable[b] is '%XX' (upper case) for every byte.
const hexTable = new Array(256);
for (let b = 0; b < 256; b++) {
  hexTable[b] = `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
}

// isHexTable[c] is 1 for the code units of hex digits.
const isHexTable = new Int8Array(256);
for (const ch of '0123456789ABCDEFabcdef') isHexTable[ch.charCodeAt(0)] = 1;

function encodeStr(str, noEscapeTable, table) {
  const len = str.length;
  if (len === 0) return '';
  let i = 0;
  // Fast scan for the first code unit that changes.
  while (i < len) {
    const c = str.charCodeAt(i);
    if (c >= 0x80 || noEscapeTable[c] !== 1) break;
    i++;
  }
  if (i === len) return str;

  const parts = [str.slice(0, i)];
  let runStart = i;
  for (; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && noEscapeTable[c] === 1) continue;
    if (runStart < i) parts.push(str.slice(runStart, i));
    if (c < 0x80) {
      parts.push(table[c]);
    } else if (c < 0x800) {
      parts.push(table[0xC0 | (c >> 6)], table[0x80 | (c & 0x3F)]);
    } else if (c < 0xD800 || c > 0xDFFF) {
      parts.push(table[0xE0 | (c >> 12)], table[0x80 | ((c >> 6) & 0x3F)], table[0x80 | (c & 0x3F)]);
    } else {
      if (i + 1 >= len) throw new ERR_INVALID_URI();
      i++;
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      parts.push(table[0xF0 | (c >> 18)], table[0x80 | ((c >> 12) & 0x3F)],
                 table[0x80 | ((c >> 6) & 0x3F)], table[0x80 | (c & 0x3F)]);
    }
    runStart = i + 1;
  }
  if (runStart < len) parts.push(str.slice(runStart));
  return parts.join('');
}

// decodeUTF8(bytes, start, end) decodes bytes (an array-like of octets) the way the Encoding
// Standard's UTF-8 decoder does: each maximal invalid subsequence becomes one U+FFFD.
function decodeUTF8(bytes, start = 0, end = bytes.length) {
  const units = [];
  const parts = [];
  let i = start;
  while (i < end) {
    const b = bytes[i];
    let cp = 0xFFFD;
    let need = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1; cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0x0F;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x07;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    }
    i++;
    if (need > 0) {
      let ok = true;
      for (let k = 0; k < need; k++) {
        const n = i < end ? bytes[i] : -1;
        if (n < lower || n > upper) {
          ok = false;
          break;
        }
        lower = 0x80;
        upper = 0xBF;
        cp = (cp << 6) | (n & 0x3F);
        i++;
      }
      if (!ok) cp = 0xFFFD;
    }
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      units.push(0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF));
    } else {
      units.push(cp);
    }
    if (units.length >= 4096) {
      parts.push(String.fromCharCode.apply(null, units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, units));
  return parts.join('');
}

// The querystring module's own unescape and unescapeBuffer (set when it loads), so that users
// of the Go decoder can tell whether they were replaced.
const defaults = { unescape: null, unescapeBuffer: null };

module.exports = {
  decodeUTF8,
  defaults,
  encodeStr,
  hexTable,
  isHexTable,
};
