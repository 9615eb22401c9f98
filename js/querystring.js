'use strict';

// querystring — Node's URL query string utilities: parse/decode, stringify/encode, escape,
// unescape and unescapeBuffer, with Node's handling of malformed input (an unescape that falls
// back to a byte-wise decoder, maxKeys counting empty pairs, multi-character separators).

const internalQS = require('internal/querystring');
const { encodeStr, hexTable, decodeUTF8 } = internalQS;

const binding = internalBinding('url');

// Code units that escape() leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( ) — the same set
// encodeURIComponent keeps, so the engine's encodeURIComponent is the fast path.
const noEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
  noEscape[ch.charCodeAt(0)] = 1;
}

function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// unescapeToBytes decodes %XX escapes (and '+' when decodeSpaces) into an array of octets.
// Like Node, other code units are stored truncated to 8 bits, and a '%' in the last two
// positions is never treated as an escape.
function unescapeToBytes(value, decodeSpaces, out) {
  // A non-string is read as Node reads it: its own length, the code units of String(value).
  const len = value.length;
  const s = typeof value === 'string' ? value : `${value}`;
  let n = 0;
  let sawHex = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < len - 2) {
      const hi = hexDigit(s.charCodeAt(i + 1));
      if (hi < 0) {
        // Not an escape: keep the '%' and look at the next code unit normally.
        out[n++] = 37;
        continue;
      }
      const lo = hexDigit(s.charCodeAt(i + 2));
      if (lo < 0) {
        out[n++] = 37;
        continue;
      }
      out[n++] = hi * 16 + lo;
      sawHex = true;
      i += 2;
      continue;
    }
    out[n++] = c & 0xFF;
  }
  return { n, sawHex };
}

function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const out = Buffer.allocUnsafe(s.length);
  const { n, sawHex } = unescapeToBytes(s, decodeSpaces, out);
  // Node hands back the whole allocation when nothing was decoded.
  return sawHex ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  // decodeURIComponent, in Go so that lone surrogates pass through as in V8.
  const decoded = typeof s === 'string' ? binding.decodeURIComponent(s) : undefined;
  if (decoded !== undefined) return decoded;
  try {
    return decodeURIComponent(s);
  } catch {
    // A non-string goes through unescapeBuffer as in Node (which checks its length first).
    if (QueryString.unescapeBuffer !== unescapeBuffer || typeof s !== 'string') {
      return QueryString.unescapeBuffer(s, decodeSpaces).toString();
    }
    const bytes = [];
    const { n } = unescapeToBytes(`${s}`, decodeSpaces, bytes);
    return decodeUTF8(bytes, 0, n);
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    str = typeof str === 'object' ? String(str) : str + '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    // Lone surrogates: Node's own encoder pairs them with the next code unit.
    return encodeStr(str, noEscape, hexTable);
  }
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
  }
  return '';
}

// With the default encoder numbers below 1e21 need no escaping (their text has no '+').
function convertDefault(v, encode) {
  switch (typeof v) {
    case 'string': return v.length === 0 ? '' : encode(v);
    case 'number':
      if (!Number.isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
  }
  return '';
}

function convertCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? convertDefault : convertCustom;
  if (obj === null || typeof obj !== 'object') return '';

  // Fields are appended to a string, moved to `chunks` every 64 so that a large object does
  // not make repeated concatenation quadratic.
  let out = '';
  let chunks = null;
  let n = 0;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const prefix = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        if (n++ > 0) out += sep;
        out += prefix + convert(v[j], encode);
        if ((n & 63) === 0) {
          (chunks ??= []).push(out);
          out = '';
        }
      }
    } else {
      if (n++ > 0) out += sep;
      out += prefix + convert(v, encode);
      if ((n & 63) === 0) {
        (chunks ??= []).push(out);
        out = '';
      }
    }
  }
  return chunks === null ? out : chunks.join('') + out;
}

function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function store(obj, key, value) {
  const cur = obj[key];
  if (cur === undefined) {
    obj[key] = value;
  } else if (cur.pop) {
    cur[cur.length] = value;
  } else {
    obj[key] = [cur, value];
  }
}

// parse scans qs in Go (internalBinding('url').parseQS) with Node's rules: separators are
// matched code unit by code unit without backtracking, empty pairs count against maxKeys, and
// a key or value is only decoded when a %XX escape was seen in it (always, with a custom
// decoder, which also sees '+' as '%20').
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  // A budget that never reaches zero when counted down by one (NaN, Infinity, 1.5) is none.
  if (!Number.isInteger(pairs)) pairs = -1;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  const decodeInGo = !custom && QueryString.unescapeBuffer === unescapeBuffer;

  const flat = binding.parseQS(qs, sep ? String(sep) : '&', eq ? String(eq) : '=', pairs,
                               !custom, custom, decodeInGo);
  if (decodeInGo) {
    for (let i = 0; i < flat.length; i += 2) store(obj, flat[i], flat[i + 1]);
    return obj;
  }
  for (let i = 0; i < flat.length; i += 3) {
    let key = flat[i];
    let value = flat[i + 1];
    const flags = flat[i + 2];
    if ((flags & 1) && key.length > 0) key = decodeComponent(key, decode);
    if ((flags & 2) && value.length > 0) value = decodeComponent(value, decode);
    store(obj, key, value);
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

// URLSearchParams decodes in Go too, as long as these two are not replaced.
internalQS.defaults.unescape = qsUnescape;
internalQS.defaults.unescapeBuffer = unescapeBuffer;
