'use strict';

// internal/url — the WHATWG URL and URLSearchParams classes, and the helpers the url module
// exports with them (fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode).
//
// Parsing happens in Go (internalBinding('url'), the URL Standard's parser): a parse or a setter
// returns the serialized URL, href, and leaves the offsets of its parts in the shared
// urlComponents array. A URL keeps href and those offsets (its "context", laid out like Node's,
// which util.inspect shows with showHidden) and every getter is a slice of href.
//
// URLSearchParams keeps its pairs as a flat array [name, value, name, value, ...]. The one that
// belongs to a URL (url.searchParams) marks the URL dirty when it changes; the URL writes the new
// query into its href the next time it needs href (a getter that depends on the query, a setter,
// toString, inspect), so a series of appends costs one serialization.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { getConstructorOf } = require('internal/util');
const { validateFunction } = require('internal/validators');
const { encodeStr, hexTable, defaults: qsDefaults } = require('internal/querystring');
const path = require('path');

const binding = internalBinding('url');
const components = new Uint32Array(binding.urlComponents);
const bindingParse = binding.parse;
const bindingUpdate = binding.update;
const bindingParseParams = binding.parseParams;
const bindingCanParse = binding.canParse;

// setLength gives a function taking ...args the length Node's has (the arguments object
// would be slower in this engine: it is built on every call).
function setLength(fn, length) {
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
}

const isWindows = process.platform === 'win32';

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Protocol sets of the legacy url.parse()/url.format().
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);

// Setter kinds understood by binding.update.
const kProtocol = 0;
const kHost = 1;
const kHostname = 2;
const kPort = 3;
const kUsername = 4;
const kPassword = 5;
const kPathname = 6;
const kSearch = 7;
const kHash = 8;
const kHref = 9;

const kOmitted = 4294967295;
const kSchemeNotSpecial = 1;
const kSchemeHTTP = 0;
const kSchemeHTTPS = 2;
const kSchemeFile = 6;

// URLContext is what util.inspect shows of a URL with showHidden: href and the offsets of its
// parts (kOmitted when absent), as Node names them. A URL keeps the same values in private
// fields (cheaper to create in this engine than an object's properties) and builds a
// URLContext only for inspection.
class URLContext {
  constructor(href, offsets) {
    this.href = href;
    this.protocol_end = offsets[0];
    this.username_end = offsets[1];
    this.host_start = offsets[2];
    this.host_end = offsets[3];
    this.pathname_start = offsets[5];
    this.search_start = offsets[6];
    this.hash_start = offsets[7];
    this.port = offsets[4];
    this.scheme_type = offsets[8];
  }

  get hasPort() { return this.port !== kOmitted; }
  get hasSearch() { return this.search_start !== kOmitted; }
  get hasHash() { return this.hash_start !== kOmitted; }
}

// toUSV replaces lone surrogates with U+FFFD (String.prototype.toWellFormed).
const surrogateRe = /[\uD800-\uDFFF]/;
function toUSV(str) {
  if (!surrogateRe.test(str)) return str;
  const out = [];
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        i++;
        continue;
      }
    }
    out.push(str.slice(last, i), '\uFFFD');
    last = i + 1;
  }
  out.push(str.slice(last));
  return out.join('');
}

// decodeURIComponentV8 decodes percent-escapes, throwing V8's URIError message ('URI malformed') for
// malformed input, as Node's url functions do (the engine's own message differs).
function decodeURIComponentV8(s) {
  if (typeof s === 'string') {
    const decoded = binding.decodeURIComponent(s);
    if (decoded === undefined) throw new URIError('URI malformed');
    return decoded;
  }
  try {
    return decodeURIComponent(s);
  } catch (e) {
    if (e instanceof URIError) throw new URIError('URI malformed');
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// application/x-www-form-urlencoded

const hexPairRe = /%\+*[0-9A-Fa-f]\+*[0-9A-Fa-f]/;
const plusRe = /\+/g;

let querystring;
function decodeFormPart(raw) {
  // Node decodes a part only when it saw a %XX escape in it ('+' signs do not interrupt one),
  // through querystring.unescape, whose fallback decodes byte-wise.
  const escaped = raw.includes('%') && hexPairRe.test(raw);
  const s = raw.includes('+') ? raw.replace(plusRe, ' ') : raw;
  if (!escaped) return s;
  querystring ??= require('querystring');
  return querystring.unescape(s);
}

// parseParams parses a query (a leading '?' is skipped) into a flat [name, value, ...] list: in
// Go, unless querystring.unescape or unescapeBuffer (which Node's parser calls) were replaced.
function parseParams(qs) {
  querystring ??= require('querystring');
  if (querystring.unescape === qsDefaults.unescape &&
      querystring.unescapeBuffer === qsDefaults.unescapeBuffer) {
    return bindingParseParams(qs);
  }
  const out = [];
  if (qs.length > 0 && qs.charCodeAt(0) === 63) qs = qs.slice(1);
  if (qs.length === 0) return out;
  const pairs = qs.split('&');
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    if (eq === -1) {
      out.push(decodeFormPart(pair), '');
    } else {
      out.push(decodeFormPart(pair.slice(0, eq)), decodeFormPart(pair.slice(eq + 1)));
    }
  }
  return out;
}

// The form serializer leaves only A-Z a-z 0-9 * - . _ and writes space as '+'.
// encodeURIComponent also leaves ! ' ( ) ~, which are escaped afterwards.
const formExtraRe = /[!'()~]|%20/g;
const formExtra = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '~': '%7E', '%20': '+' };
const formNoEscape = new Int8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') {
  formNoEscape[ch.charCodeAt(0)] = 1;
}
const formHexTable = hexTable.slice();
formHexTable[0x20] = '+';
const formSafeRe = /^[A-Za-z0-9*\-._]*$/;

function formEncode(s) {
  if (formSafeRe.test(s)) return s;
  let e;
  try {
    e = encodeURIComponent(s);
  } catch {
    return encodeStr(s, formNoEscape, formHexTable);
  }
  return e.replace(formExtraRe, (m) => formExtra[m]);
}

function serializeParams(list) {
  const len = list.length;
  if (len === 0) return '';
  // Appended to a string, moved to `chunks` every 64 pairs (long concatenations are slow).
  let out = `${formEncode(list[0])}=${formEncode(list[1])}`;
  let chunks = null;
  for (let i = 2; i < len; i += 2) {
    out += `&${formEncode(list[i])}=${formEncode(list[i + 1])}`;
    if ((i & 127) === 0) {
      (chunks ??= []).push(out);
      out = '';
    }
  }
  return chunks === null ? out : chunks.join('') + out;
}

// ---------------------------------------------------------------------------------------------
// URLSearchParams

// Accessors into the private state of the classes below, set up in their static blocks.
let paramsList; // (params) → its flat list
let setParamsList; // (params, list)
let paramsIsBrand; // (value) → is a URLSearchParams
let attachParams; // (params, url)
let markDirty; // (url) → the url's query must be re-serialized from its searchParams

function checkParams(self) {
  if (typeof self !== 'object' || self === null || !paramsIsBrand(self)) {
    throw new ERR_INVALID_THIS('URLSearchParams');
  }
}

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  static isIterator(v) { return typeof v === 'object' && v !== null && #target in v; }

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (!URLSearchParamsIterator.isIterator(this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = paramsList(this.#target);
    const i = this.#index;
    if (i >= list.length) return { value: undefined, done: true };
    this.#index = i + 2;
    let value;
    if (this.#kind === 'key') value = list[i];
    else if (this.#kind === 'value') value = list[i + 1];
    else value = [list[i], list[i + 1]];
    return { value, done: false };
  }

  [kInspect](recurseTimes, ctx) {
    if (!URLSearchParamsIterator.isIterator(this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = lazyInspect();
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes - 1;
    const list = paramsList(this.#target);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') items.push(list[i]);
      else if (this.#kind === 'value') items.push(list[i + 1]);
      else items.push([list[i], list[i + 1]]);
    }
    const multiline = inspect(items, opts).includes('\n');
    const strs = items.map((item) => inspect(item, opts));
    const body = multiline ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
  next: { __proto__: null, enumerable: true },
});

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    paramsList = (p) => p.#list;
    setParamsList = (p, list) => { p.#list = list; };
    paramsIsBrand = (v) => #list in v;
    attachParams = (p, url) => { p.#url = url; };
  }

  constructor(init = undefined) {
    if (init == null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = this.#list;
        for (const pair of init) {
          if (pair == null) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          if (Array.isArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            list.push(toUSV(`${pair[0]}`), toUSV(`${pair[1]}`));
            continue;
          }
          if ((typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          let n = 0;
          for (const element of pair) {
            n++;
            list.push(toUSV(`${element}`));
          }
          if (n !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        }
      } else {
        // A record: own enumerable keys; a repeated (after USV conversion) key keeps its first
        // position and takes the last value.
        const seen = new Map();
        const list = this.#list;
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSV(`${key}`);
          const value = toUSV(`${init[key]}`);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at] = value;
          } else {
            seen.set(name, list.push(name, value) - 1);
          }
        }
      }
    } else {
      const str = toUSV(`${init}`);
      this.#list = str ? parseParams(str) : [];
    }
  }

  #changed() {
    if (this.#url !== null) markDirty(this.#url);
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(...args) {
    checkParams(this);
    if (args.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSV(`${args[0]}`), toUSV(`${args[1]}`));
    this.#changed();
  }

  delete(...args) {
    checkParams(this);
    if (args.length < 1) throw new ERR_MISSING_ARGS('name');
    const name = toUSV(`${args[0]}`);
    let value = args[1];
    const list = this.#list;
    let w = 0;
    if (value !== undefined) {
      value = toUSV(`${value}`);
      for (let r = 0; r < list.length; r += 2) {
        if (list[r] === name && list[r + 1] === value) continue;
        list[w++] = list[r];
        list[w++] = list[r + 1];
      }
    } else {
      for (let r = 0; r < list.length; r += 2) {
        if (list[r] === name) continue;
        list[w++] = list[r];
        list[w++] = list[r + 1];
      }
    }
    list.length = w;
    this.#changed();
  }

  get(...args) {
    checkParams(this);
    if (args.length < 1) throw new ERR_MISSING_ARGS('name');
    const name = toUSV(`${args[0]}`);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(...args) {
    checkParams(this);
    if (args.length < 1) throw new ERR_MISSING_ARGS('name');
    const name = toUSV(`${args[0]}`);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(...args) {
    checkParams(this);
    if (args.length < 1) throw new ERR_MISSING_ARGS('name');
    const name = toUSV(`${args[0]}`);
    let value = args[1];
    if (value !== undefined) value = toUSV(`${value}`);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(...args) {
    checkParams(this);
    if (args.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const name = toUSV(`${args[0]}`);
    const value = toUSV(`${args[1]}`);
    const list = this.#list;
    let found = false;
    let w = 0;
    for (let r = 0; r < list.length; r += 2) {
      if (list[r] === name) {
        if (found) continue;
        found = true;
        list[w++] = name;
        list[w++] = value;
        continue;
      }
      list[w++] = list[r];
      list[w++] = list[r + 1];
    }
    list.length = w;
    if (!found) list.push(name, value);
    this.#changed();
  }

  // sort orders the pairs by name, comparing code units; pairs with equal names keep their order.
  sort() {
    checkParams(this);
    const list = this.#list;
    const n = list.length / 2;
    if (n > 1) {
      const order = new Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => {
        const ka = list[2 * a];
        const kb = list[2 * b];
        if (ka < kb) return -1;
        if (ka > kb) return 1;
        return a - b;
      });
      const sorted = new Array(list.length);
      for (let i = 0; i < n; i++) {
        sorted[2 * i] = list[2 * order[i]];
        sorted[2 * i + 1] = list[2 * order[i] + 1];
      }
      for (let i = 0; i < sorted.length; i++) list[i] = sorted[i];
    }
    this.#changed();
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    // The list is re-read on every step: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeParams(this.#list);
  }

  [kInspect](recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect, removeColors } = lazyInspect();
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes - 1;
    const list = this.#list;
    const entries = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const entry = `${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`;
      entries.push(entry);
      width += removeColors(entry).length + 2;
    }
    const name = this.constructor.name;
    if (width > ctx.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    if (entries.length > 0) return `${name} { ${entries.join(', ')} }`;
    return `${name} {}`;
  }
}

for (const [name, length] of [['append', 2], ['delete', 1], ['get', 1], ['getAll', 1], ['has', 1], ['set', 2]]) {
  setLength(URLSearchParams.prototype[name], length);
}

const kEnumerable = { __proto__: null, enumerable: true };
Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  getAll: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  size: kEnumerable,
  sort: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  toString: kEnumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: {
    __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries,
  },
});

// ---------------------------------------------------------------------------------------------
// URL

const contextForInspect = Symbol('context');
const kParseOnly = Symbol('kParseOnly');

class URL {
  // href and the offsets of its parts, as the binding published them.
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = 0;
  #pathnameStart = 0;
  #searchStart = 0;
  #hashStart = 0;
  #schemeType = 1;
  #searchParams = null;
  #dirty = false; // #searchParams changed since href was last written

  static {
    markDirty = (url) => { url.#dirty = true; };
  }

  constructor(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('url');
    const input = `${args[0]}`;
    let base = args[1];
    if (base !== undefined) base = `${base}`;
    const href = bindingParse(input, base);
    if (href === undefined) {
      if (args[2] === kParseOnly) return;
      // The binding saw the input as UTF-8: lone surrogates became U+FFFD.
      throw new ERR_INVALID_URL(toUSV(input), base === undefined ? base : toUSV(base));
    }
    this.#fill(href);
  }

  static parse(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('url');
    const url = new URL(args[0], args[1], kParseOnly);
    return url.#href ? url : null;
  }

  static canParse(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('url');
    const input = `${args[0]}`;
    const base = args[1];
    if (base !== undefined) return bindingCanParse(input, `${base}`);
    return bindingCanParse(input);
  }

  // #fill takes href and the offsets the binding just published.
  #fill(href) {
    const c = components;
    this.#href = href;
    this.#protocolEnd = c[0];
    this.#usernameEnd = c[1];
    this.#hostStart = c[2];
    this.#hostEnd = c[3];
    this.#port = c[4];
    this.#pathnameStart = c[5];
    this.#searchStart = c[6];
    this.#hashStart = c[7];
    this.#schemeType = c[8];
  }

  // #flush writes a changed searchParams into href.
  #flush() {
    if (!this.#dirty) return;
    this.#dirty = false;
    const query = serializeParams(paramsList(this.#searchParams));
    this.#fill(bindingUpdate(this.#href, kSearch, query));
  }

  // #set applies a setter through the binding.
  #set(action, value) {
    this.#flush();
    const href = bindingUpdate(this.#href, action, value);
    if (href === false) return false;
    this.#fill(href);
    return true;
  }

  #search() {
    const start = this.#searchStart;
    if (start === kOmitted) return '';
    const end = this.#hashStart === kOmitted ? this.#href.length : this.#hashStart;
    if (end - start <= 1) return '';
    return this.#href.slice(start, end);
  }

  // #queryReplaced re-reads searchParams after href or search was set.
  #queryReplaced() {
    if (this.#searchParams !== null) {
      setParamsList(this.#searchParams, parseParams(this.#search()));
    }
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = lazyInspect();
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) {
      obj[contextForInspect] = new URLContext(this.#href, [
        this.#protocolEnd, this.#usernameEnd, this.#hostStart, this.#hostEnd, this.#port,
        this.#pathnameStart, this.#searchStart, this.#hashStart, this.#schemeType,
      ]);
    }
    return `${constructor.name} ${inspect(obj, opts)}`;
  }

  toString() {
    this.#flush();
    return this.#href;
  }

  get href() {
    this.#flush();
    return this.#href;
  }

  set href(value) {
    value = `${value}`;
    this.#flush();
    const href = bindingUpdate(this.#href, kHref, value);
    if (href === false) throw new ERR_INVALID_URL(toUSV(value));
    this.#fill(href);
    this.#queryReplaced();
  }

  get origin() {
    const type = this.#schemeType;
    if (type !== kSchemeNotSpecial) {
      if (type === kSchemeFile) return 'null';
      return `${this.#href.slice(0, this.#protocolEnd)}//${this.host}`;
    }
    if (this.#href.startsWith('blob:')) {
      const inner = this.pathname;
      if (inner.length > 0) {
        const url = URL.parse(inner);
        if (url !== null) {
          const t = url.#schemeType;
          if (t === kSchemeHTTP || t === kSchemeHTTPS) return `${url.protocol}//${url.host}`;
        }
      }
    }
    return 'null';
  }

  get protocol() {
    return this.#href.slice(0, this.#protocolEnd);
  }

  set protocol(value) {
    this.#set(kProtocol, `${value}`);
  }

  get username() {
    const start = this.#protocolEnd + 2;
    if (start < this.#usernameEnd) return this.#href.slice(start, this.#usernameEnd);
    return '';
  }

  set username(value) {
    this.#set(kUsername, `${value}`);
  }

  get password() {
    if (this.#hostStart - this.#usernameEnd > 0) {
      return this.#href.slice(this.#usernameEnd + 1, this.#hostStart);
    }
    return '';
  }

  set password(value) {
    this.#set(kPassword, `${value}`);
  }

  get host() {
    let start = this.#hostStart;
    if (this.#href.charCodeAt(start) === 64) start++; // '@'
    if (start === this.#hostEnd) return '';
    return this.#href.slice(start, this.#pathnameStart);
  }

  set host(value) {
    this.#set(kHost, `${value}`);
  }

  get hostname() {
    let start = this.#hostStart;
    if (this.#href.charCodeAt(start) === 64) start++;
    return this.#href.slice(start, this.#hostEnd);
  }

  set hostname(value) {
    this.#set(kHostname, `${value}`);
  }

  get port() {
    return this.#port === kOmitted ? '' : `${this.#port}`;
  }

  set port(value) {
    this.#set(kPort, `${value}`);
  }

  get pathname() {
    let end;
    if (this.#searchStart !== kOmitted) end = this.#searchStart;
    else if (this.#hashStart !== kOmitted) end = this.#hashStart;
    else end = this.#href.length;
    return this.#href.slice(this.#pathnameStart, end);
  }

  set pathname(value) {
    this.#set(kPathname, `${value}`);
  }

  get search() {
    this.#flush();
    return this.#search();
  }

  set search(value) {
    if (this.#set(kSearch, toUSV(`${value}`))) this.#queryReplaced();
  }

  get searchParams() {
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      const search = this.#search();
      if (search !== '') setParamsList(params, parseParams(search));
      attachParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const start = this.#hashStart;
    if (start === kOmitted || this.#href.length - start <= 1) return '';
    return this.#href.slice(start);
  }

  set hash(value) {
    this.#set(kHash, `${value}`);
  }

  toJSON() {
    this.#flush();
    return this.#href;
  }
}

setLength(URL, 1);
setLength(URL.parse, 1);
setLength(URL.canParse, 1);

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerable,
  href: kEnumerable,
  origin: kEnumerable,
  protocol: kEnumerable,
  username: kEnumerable,
  password: kEnumerable,
  host: kEnumerable,
  hostname: kEnumerable,
  port: kEnumerable,
  pathname: kEnumerable,
  search: kEnumerable,
  searchParams: kEnumerable,
  hash: kEnumerable,
  toJSON: kEnumerable,
});

// Blob URLs: blob:nodedata:<uuid>, registered with internal/buffer_blob (which resolves them for
// buffer.resolveObjectURL), valid in this process only.
function randomUUID() {
  try {
    return require('crypto').randomUUID();
  } catch {
    const bytes = [];
    for (let i = 0; i < 16; i++) bytes.push(Math.floor(Math.random() * 256));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const h = bytes.map((b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

function createObjectURL(obj) {
  const blob = require('internal/buffer_blob');
  if (!blob.isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = randomUUID();
  blob.registerObjectURL(id, obj);
  return `blob:nodedata:${id}`;
}

function revokeObjectURL(...args) {
  if (args.length === 0) throw new ERR_MISSING_ARGS('url');
  const url = URL.parse(`${args[0]}`);
  if (url === null || url.protocol !== 'blob:') return;
  const parts = url.pathname.split(':');
  if (parts.length !== 2 || parts[0] !== 'nodedata') return;
  require('internal/buffer_blob').revokeObjectURL(parts[1]);
}
setLength(revokeObjectURL, 1);

Object.defineProperties(URL, {
  canParse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  parse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  createObjectURL: {
    __proto__: null, configurable: true, writable: true, enumerable: true, value: createObjectURL,
  },
  revokeObjectURL: {
    __proto__: null, configurable: true, writable: true, enumerable: true, value: revokeObjectURL,
  },
});

// ---------------------------------------------------------------------------------------------
// Helpers exported by the url module

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function urlToHttpOptions(url) {
  if (url === undefined || url === null) {
    // V8's message for the destructuring below (goja's differs).
    throw new TypeError(`Cannot destructure property 'hostname' of 'url' as it is ${url}.`);
  }
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponentV8(username)}:${decodeURIComponentV8(password)}`;
  }
  return options;
}

// encodedSlashRe finds %2F (and, for Windows, %5C) in any case.
const encodedSlashPosix = /%2f/i;
const encodedSlashWin = /%2f|%5c/i;

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (encodedSlashWin.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponentV8(pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    // A UNC path: \\server\share\...
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname.charAt(2) !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (encodedSlashPosix.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponentV8(pathname);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? isWindows) ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

// Characters a file path may hold that the URL parser would otherwise drop or misread.
// '%' goes first so that the escapes added afterwards are not escaped again.
const pathEscapes = [
  ['%', /%/g, '%25'], ['\t', /\t/g, '%09'], ['\n', /\n/g, '%0A'], ['\r', /\r/g, '%0D'],
  [' ', / /g, '%20'], ['"', /"/g, '%22'], ['#', /#/g, '%23'], ['?', /\?/g, '%3F'],
  ['[', /\[/g, '%5B'], ['\\', /\\/g, '%5C'], [']', /]/g, '%5D'], ['^', /\^/g, '%5E'],
  ['|', /\|/g, '%7C'], ['~', /~/g, '%7E'],
];

const pathNeedsEscapeRe = /[%\t\n\r "#?[\\\]^|~]/;
function encodePathChars(filepath, windows) {
  if (!pathNeedsEscapeRe.test(filepath)) return filepath;
  for (let i = 0; i < pathEscapes.length; i++) {
    const [ch, re, esc] = pathEscapes[i];
    if (windows && ch === '\\') continue;
    if (filepath.includes(ch)) filepath = filepath.replace(re, esc);
  }
  return filepath;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (windows && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\path or \\?\UNC\server\share\path
    const url = new URL('file://');
    const prefix = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefix);
    if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    url.hostname = domainToASCII(filepath.slice(prefix, hostEnd));
    url.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), windows);
    return url;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  // A trailing separator survives (path.resolve drops it); like Node, the check for one already
  // there compares with the host's separator.
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

module.exports = {
  URL,
  URLSearchParams,
  URLContext,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  encodeStr,
  hostlessProtocol,
  slashedProtocol,
  unsafeProtocol,
  toUSV,
  decodeURIComponentV8,
};
