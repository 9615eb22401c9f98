'use strict';

// url — the WHATWG URL API (from internal/url) and Node's legacy API: url.parse() with its
// Url objects, url.format(), url.resolve() and url.resolveObject(). The legacy parser is not a
// standard one; its results (property order, auth decoding, hostname lowercasing and IDNA,
// backslashes, the characters it escapes, the path it keeps for hostless protocols) are Node's.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { encodeStr, hexTable } = require('internal/querystring');
const querystring = require('querystring');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL: pathToFileURLInternal,
  urlToHttpOptions,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
  decodeURIComponentV8,
} = require('internal/url');

const binding = internalBinding('url');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolRe = /^[a-z0-9.+-]+:/i;
const portRe = /:[0-9]*$/;
// user@server after '//' always means a host, even without a protocol.
const authorityRe = /^\/\/[^@/]+@[^@/]+/;
// A plain path with an optional query (the common case, parsed without the full machinery):
// one or two slashes (not three), no whitespace.
const whitespaceRe = /\s/;
function isSimplePath(rest) {
  if (rest.charCodeAt(0) !== 47) return false;
  if (rest.charCodeAt(1) === 47 && rest.charCodeAt(2) === 47) return false;
  return !whitespaceRe.test(rest);
}
const hostnameMaxLen = 255;

// Hostname characters that could only have come from IDNA mapping (see parse).
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
// Characters that end the host at once, and ones that are never part of it.
const hostEndRe = /[#/?]/;
const nonHostRe = /[ "%';<>\\^`{|}]/;
const tabNewlineRe = /[\t\n\r]/g;
const queryOrHashRe = /[?#]/;
const backslashRe = /\\/g;
const encodedColonRe = /%3A/g;
const pathEscapeRe = /[#?]/g;
const hashRe = /#/g;
const fileProtocolRe = /^file:?$/;
// Characters that cannot be in a legacy hostname (the first one cuts it).
const hostnameStopRe = /[/\\#?:]/;
const hasTabNewlineRe = /[\t\n\r]/;
// Characters that parse() always escapes in the rest of the URL.
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;
const autoEscapes = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};

function isLegacyWhitespace(c) {
  return c < 33 || c === 0xA0 || c === 0xFEFF;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

let parseWarned = false;
let pendingDeprecationSet;
// --pending-deprecation, from the command line, NODE_OPTIONS or NODE_PENDING_DEPRECATION=1;
// read once, like Node's options.
function pendingDeprecation() {
  if (pendingDeprecationSet === undefined) {
    const env = process.env;
    pendingDeprecationSet = process.execArgv.includes('--pending-deprecation') ||
      env.NODE_PENDING_DEPRECATION === '1' ||
      (typeof env.NODE_OPTIONS === 'string' && /(^|\s)--pending-deprecation(\s|$)/.test(env.NODE_OPTIONS));
  }
  return pendingDeprecationSet;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && pendingDeprecation()) {
    parseWarned = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.',
      'DeprecationWarning',
      'DEP0169',
    );
  }
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

let invalidPortWarned = false;

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  // Trim whitespace (any code unit below '!', NBSP and BOM) and, as browsers do, turn
  // backslashes before the query or fragment into slashes.
  let start = 0;
  let end = url.length;
  while (start < end && isLegacyWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isLegacyWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = start === 0 && end === url.length ? url : url.slice(start, end);
  const split = rest.search(queryOrHashRe);
  const head = split === -1 ? rest : rest.slice(0, split);
  const hasAt = head.includes('@');
  const hasHash = split !== -1 && rest.includes('#', split);
  if (head.includes('\\')) rest = head.replace(backslashRe, '/') + rest.slice(head.length);

  if (!slashesDenoteHost && !hasHash && !hasAt && isSimplePath(rest)) {
    // A path with an optional query: no protocol, host or escaping to deal with.
    const q = rest.indexOf('?');
    this.path = rest;
    this.href = rest;
    this.pathname = q === -1 ? rest : rest.slice(0, q);
    if (q !== -1) {
      this.search = rest.slice(q);
      this.query = parseQueryString ? querystring.parse(rest.slice(q + 1)) : rest.slice(q + 1);
    } else if (parseQueryString) {
      this.search = null;
      this.query = { __proto__: null };
    }
    return this;
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || authorityRe.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // Note: the slashed-protocol check uses the protocol as written, so 'HTTP:' counts as a
  // protocol without slashes here (as in Node).
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The authority runs to the first '#', '/' or '?'; tabs and newlines in it are dropped.
    // Within it, user info goes up to the last '@', and the host stops at the first character
    // that can never be in a host.
    const endAt = rest.search(hostEndRe);
    let authority = endAt === -1 ? rest : rest.slice(0, endAt);
    if (hasTabNewlineRe.test(authority)) {
      const tail = rest.slice(authority.length);
      authority = authority.replace(tabNewlineRe, '');
      rest = authority + tail;
    }
    const atSign = authority.lastIndexOf('@');
    let hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponentV8(authority.slice(0, atSign));
      hostStart = atSign + 1;
    }
    let hostStop = authority.slice(hostStart).search(nonHostRe);
    if (hostStop !== -1) hostStop += hostStart;
    else if (endAt !== -1) hostStop = authority.length;
    if (hostStop === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, hostStop);
      rest = rest.slice(hostStop);
    }

    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) rest = splitHostname(this, rest, hostname, url);

    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = '';
    } else {
      this.hostname = this.hostname.toLowerCase();
    }

    if (this.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw new ERR_INVALID_URL(url);
      } else {
        // IDNA: an empty result, or a character the checks above would have stopped at, can
        // only come from the mapping — a spoofing attempt; refuse the URL.
        this.hostname = binding.toASCII(this.hostname);
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) {
          throw new ERR_INVALID_URL(url);
        }
      }
    }

    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) {
    rest = rest.replace(autoEscapeRe, (c) => autoEscapes[c]);
  }

  const hashIdx = rest.indexOf('#');
  let questionIdx = rest.indexOf('?');
  if (hashIdx !== -1 && questionIdx > hashIdx) questionIdx = -1;
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  if (questionIdx !== -1) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, queryEnd);
    this.query = rest.slice(questionIdx + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

// splitHostname cuts the hostname at a character that cannot be in one (in practice a ':' that
// did not start a port) and moves the remainder into the path.
function splitHostname(self, rest, hostname, url) {
  const i = hostname.search(hostnameStopRe);
  if (i === -1) return rest;
  if (hostname.charCodeAt(i) === 58 && !invalidPortWarned) {
    invalidPortWarned = true;
    process.emitWarning(
      `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
      'DeprecationWarning', 'DEP0170');
  }
  self.hostname = hostname.slice(0, i);
  return `/${hostname.slice(i)}${rest}`;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portRe.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Auth is escaped like encodeURIComponent except that ':' stays.
const authNoEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'():") {
  authNoEscape[ch.charCodeAt(0)] = 1;
}
function encodeAuth(auth) {
  if (typeof auth !== 'string') return encodeStr(auth, authNoEscape, hexTable);
  try {
    return encodeURIComponent(auth).replace(encodedColonRe, ':');
  } catch {
    return encodeStr(auth, authNoEscape, hexTable);
  }
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeAuth(auth) + '@';

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (hostname.includes(':') && !isIpv6Hostname(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }
  let search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  if (typeof pathname === 'string' && (pathname.includes('#') || pathname.includes('?'))) {
    pathname = pathname.replace(pathEscapeRe, (c) => (c === '#' ? '%23' : '%3F'));
  }

  // Only the slashed protocols get '//' (mailto:, xmpp: do not), unless they had it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  if (typeof search !== 'string' || search.includes('#')) search = search.replace(hashRe, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return binding.format(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function joinPathSearch(result) {
  return (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

// splitAuthFromHost moves 'user@' out of a host that came back from the path of a hostless URL.
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }

  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;

  // An empty reference changes nothing but the fragment.
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // A network-path reference (//host/path) keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: nothing of the base survives. For a protocol without slashes the
    // reference is taken as it is.
    if (!slashedProtocol.has(relative.protocol)) {
      Object.assign(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !fileProtocolRe.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      // http:foo/bar → host foo, path /bar
      const segments = (relative.pathname || '').split('/');
      while (segments.length && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = joinPathSearch(result);
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const sourceIsAbs = result.pathname && result.pathname.charAt(0) === '/';
  const relativeIsAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = relativeIsAbs || sourceIsAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const hostless = result.protocol && !slashedProtocol.has(result.protocol);

  // For protocols without slashes (mailto:) the "host" is really the first path segment.
  if (hostless) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (relativeIsAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the base.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the base path.
    if (hostless) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) result.path = joinPathSearch(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // Resolve '.' and '..' segments from the end; a trailing '.', '..' or '' keeps a final slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    for (; up > 0; up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (hostless) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length === 0) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  if (result.pathname !== null || result.search !== null) result.path = joinPathSearch(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function pathToFileURL(path, options) {
  validateString(path, 'path');
  return pathToFileURLInternal(path, options);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
