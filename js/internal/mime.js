'use strict';

// internal/mime — util.MIMEType and util.MIMEParams, following the WHATWG MIME Sniffing
// parser the way Node v20 does it:
//   - type and subtype are HTTP tokens, lowercased (ASCII only); leading HTTP whitespace of the
//     input and trailing whitespace of the subtype are ignored;
//   - parameters are `;`-separated `name=value`; names are lowercased, a name that is not a
//     token, a value with characters outside the quoted-string range (tab, U+0020–U+007E,
//     U+0080–U+00FF), an empty value, a parameter without '=' and a repeated name are skipped;
//     a value may be a quoted string (backslash escapes; an unterminated one runs to the end);
//   - toString() quotes (and escapes) values that are empty or not tokens.
// Invalid types, subtypes and MIMEParams.set() input throw ERR_INVALID_MIME_SYNTAX, with the
// index of the first bad character when there is one.

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/;

const isWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function toASCIILower(str) {
  return str.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

// Index of the first non-whitespace character of str at or after start (str.length if none).
function skipWhitespace(str, start) {
  let i = start;
  while (i < str.length && isWhitespace(str[i])) i++;
  return i;
}

// str without its trailing HTTP whitespace.
function trimEnd(str) {
  let end = str.length;
  while (end > 0 && isWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function parseTypeAndSubtype(str) {
  let position = skipWhitespace(str, 0);
  const typeEnd = str.indexOf('/', position);
  const rawType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = rawType.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (rawType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
    throw new ERR_INVALID_MIME_SYNTAX('type', str, invalidTypeIndex);
  }
  position = typeEnd + 1;
  const type = toASCIILower(rawType);

  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const trimmedSubtype = trimEnd(rawSubtype);
  const invalidSubtypeIndex = trimmedSubtype.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, invalidSubtypeIndex);
  }
  return { type, subtype: toASCIILower(trimmedSubtype), parametersStringIndex: position };
}

// Reads the parameters of str from position into map (name → value).
function parseParameters(str, position, map) {
  const end = trimEnd(str).length;
  while (position < end) {
    position = skipWhitespace(str, position);
    // The name runs to '=' or ';' (or the end).
    let nameEnd = position;
    while (nameEnd < str.length && str[nameEnd] !== '=' && str[nameEnd] !== ';') nameEnd++;
    const name = toASCIILower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < end) {
      const c = str[position];
      position++;
      if (c === ';') continue; // no value
    }
    if (position >= end) break;

    let value;
    if (str[position] === '"') {
      // A quoted string: up to the closing quote or the end, backslash escapes one character
      // (a backslash at the very end stays).
      position++;
      value = '';
      while (position < str.length) {
        const c = str[position];
        if (c === '"') {
          position++;
          break;
        }
        if (c === '\\') {
          if (position + 1 < str.length) {
            value += str[position + 1];
            position += 2;
          } else {
            value += '\\';
            position++;
          }
          continue;
        }
        value += c;
        position++;
      }
    } else {
      const valueEnd = str.indexOf(';', position);
      const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
      position += rawValue.length;
      value = trimEnd(rawValue);
      if (value === '') continue;
    }

    if (name !== '' && !NOT_HTTP_TOKEN_CODE_POINT.test(name) &&
        !NOT_HTTP_QUOTED_STRING_CODE_POINT.test(value) && !map.has(name)) {
      map.set(name, value);
    }
    position++;
  }
}

// A parameter value as toString() writes it.
function encode(value) {
  if (value.length === 0) return '""';
  if (!NOT_HTTP_TOKEN_CODE_POINT.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

let paramsData; // (params) → its Map, for MIMEType

class MIMEParams {
  #data = new Map();

  static {
    paramsData = (params) => params.#data;
  }

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = name.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (name.length === 0 || invalidNameIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidNameIndex);
    }
    const invalidValueIndex = value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValueIndex);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    const parts = [];
    for (const { 0: key, 1: value } of this.#data) parts.push(`${key}=${encode(value)}`);
    return parts.join(';');
  }
}

Object.defineProperties(MIMEParams.prototype, {
  [Symbol.iterator]: {
    __proto__: null, value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
  },
  toJSON: {
    __proto__: null, value: MIMEParams.prototype.toString, writable: true, enumerable: false, configurable: true,
  },
});

const MIMEParamsToString = MIMEParams.prototype.toString;

class MIMEType {
  #type;
  #subtype;
  #parameters;
  #essence;

  constructor(string) {
    string = `${string}`;
    const data = parseTypeAndSubtype(string);
    this.#type = data.type;
    this.#subtype = data.subtype;
    this.#parameters = new MIMEParams();
    this.#essence = `${this.#type}/${this.#subtype}`;
    parseParameters(string, data.parametersStringIndex, paramsData(this.#parameters));
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalidTypeIndex = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidTypeIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', v, invalidTypeIndex);
    }
    this.#type = toASCIILower(v);
    this.#essence = `${this.#type}/${this.#subtype}`;
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalidSubtypeIndex = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidSubtypeIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', v, invalidSubtypeIndex);
    }
    this.#subtype = toASCIILower(v);
    this.#essence = `${this.#type}/${this.#subtype}`;
  }

  get essence() {
    return this.#essence;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const essence = `${this.#type}/${this.#subtype}`;
    const params = Reflect.apply(MIMEParamsToString, this.#parameters, []);
    return params.length ? `${essence};${params}` : essence;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null, value: MIMEType.prototype.toString, writable: true, enumerable: false, configurable: true,
});

module.exports = {
  MIMEParams,
  MIMEType,
};
