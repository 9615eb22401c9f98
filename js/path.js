'use strict';

// path — Node v20's path module: the POSIX and the Windows flavour of every
// function, with require('path') being the one for this platform.
//
// join/resolve/normalize run on every require() and in hot npm code. goja
// runs String.prototype methods (indexOf, split, slice) natively but a
// charCodeAt loop op by op, so the common cases take fast paths built on
// those methods, char codes are only read at a few fixed places, and no
// function grows a string with += in a loop (quadratic in goja).

const { validateObject, validateString } = require('internal/validators');

const SLASH = 47; // '/'
const BSLASH = 92; // '\\'
const DOT = 46; // '.'
const COLON = 58; // ':'
const QMARK = 63; // '?'

const isWindowsPlatform = process.platform === 'win32';

function isWinSep(c) {
  return c === SLASH || c === BSLASH;
}

function isDriveLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// True when path starts with a drive designator ("C:").
function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

// ---------------------------------------------------------------------------
// Shared helpers.

// Canonicalises path[start:]: empty and '.' segments vanish, 'x/..' pairs
// fold, and a '..' that would climb above the start is kept only when
// allowAbove (otherwise dropped). The result has no leading or trailing
// separator; segments are joined with '\' when win, else '/'. On win32 both
// slashes separate.
function normalizeSegments(path, start, allowAbove, win) {
  const len = path.length;
  const sep = win ? BSLASH : SLASH;
  // Fast path: no doubled separator, no segment starting with '.', and on
  // Windows no '/', so nothing folds: strip the outer separators.
  if (path.indexOf(win ? '\\\\' : '//', start) === -1 &&
      path.indexOf(win ? '\\.' : '/.', start) === -1 &&
      path.charCodeAt(start) !== DOT &&
      (!win || path.indexOf('/', start) === -1)) {
    let s = start;
    if (path.charCodeAt(s) === sep) s++;
    let e = len;
    if (e > s && path.charCodeAt(e - 1) === sep) e--;
    return s < e ? path.slice(s, e) : '';
  }
  // Slow path: split natively, fold the components.
  let body = start === 0 ? path : path.slice(start);
  if (win && body.indexOf('/') !== -1) body = body.split('/').join('\\');
  const parts = body.split(win ? '\\' : '/');
  const n = parts.length;
  let out = 0; // parts[0..out) is the result so far
  let ups = 0; // leading '..' in it
  for (let i = 0; i < n; i++) {
    const p = parts[i];
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out > ups) {
        out--;
      } else if (allowAbove) {
        parts[out++] = p;
        ups++;
      }
      continue;
    }
    parts[out++] = p;
  }
  if (out === 0) return '';
  if (out === 1) return parts[0];
  parts.length = out;
  return parts.join(win ? '\\' : '/');
}

// Index of the last separator in path[0, before), or -1.
function lastSep(path, before, win) {
  if (before <= 0) return -1;
  const i = path.lastIndexOf('/', before - 1);
  if (!win) return i;
  const j = path.lastIndexOf('\\', before - 1);
  return i > j ? i : j;
}

// The last path component of path[lo:], per basename()'s rules, as the
// bounds [start, end) where end excludes trailing separators; end === -1
// when there is no component (only separators, or nothing). start is left
// in lcStart.
function lastComponent(path, lo, win) {
  let end = path.length;
  while (end > lo) {
    const c = path.charCodeAt(end - 1);
    if (c !== SLASH && (!win || c !== BSLASH)) break;
    end--;
  }
  if (end === lo) return -1;
  const i = lastSep(path, end, win);
  lcStart = i < lo ? lo : i + 1;
  return end;
}
let lcStart = 0;

function basenameImpl(path, suffix, lo, win) {
  const len = path.length;
  const end = lastComponent(path, lo, win);
  if (suffix === undefined || suffix.length === 0 || suffix.length > len) {
    return end === -1 ? '' : path.slice(lcStart, end);
  }
  if (suffix === path) return '';
  if (end === -1) return path.slice(lo);
  const start = lcStart;
  const sl = suffix.length;
  if (end - start >= sl) {
    // The component ends with the suffix: drop it, unless that is all of it.
    if (path.startsWith(suffix, end - sl)) {
      const cut = end - sl;
      return cut === start ? path.slice(start, end) : path.slice(start, cut);
    }
    return path.slice(start, end);
  }
  // The whole component matched the suffix's tail: Node then keeps the
  // trailing separators too.
  const comp = path.slice(start, end);
  if (suffix.endsWith(comp)) return path.slice(start, len);
  return comp;
}

// extname() on the last component of path[lo:].
function extnameImpl(path, lo, win) {
  const end = lastComponent(path, lo, win);
  if (end === -1) return '';
  const start = lcStart;
  const dot = path.lastIndexOf('.', end - 1);
  if (dot <= start) return '';
  // '..' has no extension.
  if (end - start === 2 && dot === start + 1 && path.charCodeAt(start) === DOT) return '';
  return path.slice(dot, end);
}

// Fills ret.base/name/ext from the component [start, end); partStart is
// where Node considers the component to begin for its '..' rule.
function splitBase(ret, path, start, end, partStart) {
  const dot = path.lastIndexOf('.', end - 1);
  const base = path.slice(start, end);
  ret.base = base;
  if (dot <= start ||
      (dot === end - 1 && dot === partStart + 1 && path.charCodeAt(start) === DOT && end - start === 2)) {
    ret.name = base;
    return;
  }
  ret.name = path.slice(start, dot);
  ret.ext = path.slice(dot, end);
}

function makeFormat(sep) {
  function _format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
  }
  // Node's format is a bound function: name 'bound _format', length 1.
  return _format.bind(null);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// ---------------------------------------------------------------------------
// POSIX

function posixCwd() {
  const cwd = `${process.cwd()}`;
  if (isWindowsPlatform) {
    // A Windows cwd seen as a POSIX path: from its first separator, with
    // forward slashes.
    const parts = cwd.split('\\');
    const joined = parts.length > 1 ? parts.join('/') : cwd;
    return joined.slice(joined.indexOf('/'));
  }
  return cwd;
}

function posixNormalize(path) {
  const len = path.length;
  if (len === 0) return '.';
  const isAbs = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(len - 1) === SLASH;
  let body = normalizeSegments(path, 0, !isAbs, false);
  if (body.length === 0) {
    if (isAbs) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body = `${body}/`;
  return isAbs ? `/${body}` : body;
}

// relative() for two canonical absolute POSIX paths, component-wise: the
// same answer as the character scan below, without a per-char loop.
function relativeAbsolute(from, to) {
  const f = from.length === 1 ? [] : from.slice(1).split('/');
  const t = to.length === 1 ? [] : to.slice(1).split('/');
  const n = f.length < t.length ? f.length : t.length;
  let i = 0;
  while (i < n && f[i] === t[i]) i++;
  const ups = f.length - i;
  if (ups === 0) return t.slice(i).join('/');
  let up = ups === 1 ? '..' : `..${'/..'.repeat(ups - 1)}`;
  if (i < t.length) up = `${up}/${t.slice(i).join('/')}`;
  return up;
}

const posix = {
  resolve(...args) {
    let parts = null;
    let single = '';
    let isAbs = false;
    for (let i = args.length - 1; i >= -1 && !isAbs; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        if (typeof path !== 'string') validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else {
        path = posixCwd();
        if (path.length === 0) continue;
      }
      if (parts !== null) parts.push(path);
      else if (single === '') single = path;
      else parts = [single, path];
      isAbs = path.charCodeAt(0) === SLASH;
    }
    let joined = single;
    if (parts !== null) joined = parts.reverse().join('/');
    const body = normalizeSegments(joined, 0, !isAbs, false);
    if (isAbs) return `/${body}`;
    return body.length > 0 ? body : '.';
  },

  normalize(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return posixNormalize(path);
  },

  isAbsolute(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    const n = args.length;
    if (n === 0) return '.';
    let first;
    let parts = null;
    for (let i = 0; i < n; i++) {
      const arg = args[i];
      if (typeof arg !== 'string') validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (first === undefined) first = arg;
      else if (parts === null) parts = [first, arg];
      else parts.push(arg);
    }
    if (first === undefined) return '.';
    return posixNormalize(parts === null ? first : parts.join('/'));
  },

  relative(from, to) {
    if (typeof from !== 'string') validateString(from, 'from');
    if (typeof to !== 'string') validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    if (from.charCodeAt(0) === SLASH && to.charCodeAt(0) === SLASH) return relativeAbsolute(from, to);
    // Compare after the first character (the root, when absolute), and
    // remember the last separator the two share.
    const fromLen = from.length - 1;
    const toLen = to.length - 1;
    const n = fromLen < toLen ? fromLen : toLen;
    let common = -1;
    let i = 0;
    for (; i < n; i++) {
      const c = from.charCodeAt(1 + i);
      if (c !== to.charCodeAt(1 + i)) break;
      if (c === SLASH) common = i;
    }
    if (i === n) {
      if (toLen > n) {
        // from is a directory prefix of to (or the root).
        if (to.charCodeAt(1 + i) === SLASH) return to.slice(i + 2);
        if (i === 0) return to.slice(1);
      } else if (fromLen > n) {
        // to is a directory prefix of from (or the root).
        if (from.charCodeAt(1 + i) === SLASH) common = i;
        else if (i === 0) common = 0;
      }
    }
    // One '..' per component of from after the common part.
    let ups = 0;
    for (let j = common + 2; j <= from.length; j++) {
      if (j === from.length || from.charCodeAt(j) === SLASH) ups++;
    }
    const rest = to.slice(1 + common);
    if (ups === 0) return rest;
    return `${ups === 1 ? '..' : `..${'/..'.repeat(ups - 1)}`}${rest}`;
  },

  toNamespacedPath(path) {
    // Non-op on POSIX systems.
    return path;
  },

  dirname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let i = len - 1;
    while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
    // i is on the last component's last char (or < 1): find its separator.
    if (i >= 1) i = path.lastIndexOf('/', i);
    if (i < 1) return hasRoot ? '/' : '.';
    if (hasRoot && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined && typeof suffix !== 'string') validateString(suffix, 'suffix');
    if (typeof path !== 'string') validateString(path, 'path');
    return basenameImpl(path, suffix, 0, false);
  },

  extname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return extnameImpl(path, 0, false);
  },

  format: makeFormat('/'),

  parse(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const isAbs = path.charCodeAt(0) === SLASH;
    const lo = isAbs ? 1 : 0;
    if (isAbs) ret.root = '/';
    const end = lastComponent(path, lo, false);
    // Node's component start counts from 0 even when the root is skipped.
    let partStart = 0;
    if (end !== -1) {
      const start = lcStart;
      if (start > lo) partStart = start;
      splitBase(ret, path, start, end, partStart);
      if (partStart > 0) ret.dir = path.slice(0, partStart - 1);
      else if (isAbs) ret.dir = '/';
      return ret;
    }
    if (isAbs) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------
// Windows

// Root of a path for normalize() and resolve(), which also understand the
// device namespaces \\.\ and \\?\. Sets rDevice (undefined when none),
// rRootEnd and rAbs; returns false, or true when path is exactly a UNC root
// (\\server\share), in which case rDevice holds it.
let rDevice;
let rRootEnd = 0;
let rAbs = false;

function win32Root(path) {
  const len = path.length;
  rDevice = undefined;
  rRootEnd = 0;
  rAbs = false;
  if (len === 0) return false;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    rAbs = true;
    rRootEnd = 1;
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        let k = j;
        while (k < len && isWinSep(path.charCodeAt(k))) k++;
        if (k < len) {
          if (server === '.' || server === '?') {
            // \\.\device or \\?\path: the namespace prefix is the root.
            rDevice = `\\\\${server}`;
            rRootEnd = k;
            return false;
          }
          let m = k;
          while (m < len && !isWinSep(path.charCodeAt(m))) m++;
          rDevice = `\\\\${server}\\${path.slice(k, m)}`;
          rRootEnd = m;
          return m === len;
        }
      }
    }
    return false;
  }
  if (len > 1 && path.charCodeAt(1) === COLON && isDriveLetter(c0)) {
    rDevice = path.slice(0, 2);
    rRootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      rAbs = true;
      rRootEnd = 3;
    }
  }
  return false;
}

// Root length for the purely lexical functions (dirname, parse): a UNC root
// \\server\share\ with its trailing separator, a drive with its separator,
// or one leading separator.
function win32RootLength(path) {
  const len = path.length;
  if (len === 0) return 0;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        let k = j;
        while (k < len && isWinSep(path.charCodeAt(k))) k++;
        if (k < len) {
          let m = k;
          while (m < len && !isWinSep(path.charCodeAt(m))) m++;
          return m === len ? len : m + 1;
        }
      }
    }
    return 1;
  }
  if (len > 1 && path.charCodeAt(1) === COLON && isDriveLetter(c0)) {
    return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  }
  return 0;
}

// Windows reserved device names, which Node protects in normalize(): a
// relative path 'CON:...' must not turn into a device reference.
const reservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

function win32Normalize(path) {
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return path.charCodeAt(0) === SLASH ? '\\' : path;
  if (win32Root(path)) return `${rDevice}\\`;
  let device = rDevice;
  let rootEnd = rRootEnd;
  const isAbs = rAbs;
  // Node checks the text before the first ':' (or, with no ':', all but
  // the last character) against the reserved names.
  const colon = path.indexOf(':');
  const prefixLen = colon === -1 ? len - 1 : colon;
  const reserved = prefixLen >= 3 && prefixLen <= 4 && reservedNames.has(path.slice(0, prefixLen).toUpperCase());
  if (reserved && rootEnd === 0 && colon !== -1) {
    device = path.slice(0, colon + 1);
    rootEnd = colon + 1;
  }
  let tail = rootEnd < len ? normalizeSegments(path, rootEnd, !isAbs, true) : '';
  if (tail.length === 0 && !isAbs) tail = '.';
  if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail = `${tail}\\`;
  if (reserved) return `.\\${device === undefined ? '' : device}${tail}`;
  if (device === undefined) {
    if (isAbs) return `\\${tail}`;
    // A relative result must not read as drive-relative ('c:x') or as an
    // alternate data stream / device ('x:\...', 'name:').
    if (colon !== -1) {
      if (hasDrive(tail)) return `.\\${tail}`;
      for (let i = colon; i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    return tail;
  }
  return isAbs ? `${device}\\${tail}` : `${device}${tail}`;
}

function relativeByComponents(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const fl = fromParts.length;
  const tl = toParts.length;
  const n = fl < tl ? fl : tl;
  let i = 0;
  while (i < n && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === n) {
    if (tl > n) return toParts.slice(i).join('\\');
    if (fl > n) return `${'..\\'.repeat(fl - 1 - i)}..`;
    return '';
  }
  return `${'..\\'.repeat(fl - i)}${toParts.slice(i).join('\\')}`;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let tails = null; // tail pieces, innermost first
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        if (typeof path !== 'string') validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = `${process.cwd()}`;
      } else {
        // Windows keeps a cwd per drive in the hidden env var '=X:'; fall
        // back to the drive root when that names another drive.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path !== undefined) path = `${path}`;
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      win32Root(path);
      const device = rDevice === undefined ? '' : rDevice;
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        const piece = rRootEnd === 0 ? path : path.slice(rRootEnd);
        if (tails === null) tails = [piece];
        else tails.push(piece);
        resolvedAbsolute = rAbs;
        if (rAbs && resolvedDevice.length > 0) break;
      }
    }
    let joined = '';
    if (tails !== null) joined = tails.length === 1 ? tails[0] : tails.reverse().join('\\');
    const tail = normalizeSegments(joined, 0, !resolvedAbsolute, true);
    if (resolvedAbsolute) return `${resolvedDevice}\\${tail}`;
    return `${resolvedDevice}${tail}` || '.';
  },

  normalize(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return win32Normalize(path);
  },

  isAbsolute(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) ||
      (len > 2 && isDriveLetter(c0) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    const n = args.length;
    if (n === 0) return '.';
    let first;
    let parts = null;
    for (let i = 0; i < n; i++) {
      const arg = args[i];
      if (typeof arg !== 'string') validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (first === undefined) first = arg;
      else if (parts === null) parts = [first, arg];
      else parts.push(arg);
    }
    if (first === undefined) return '.';
    let joined = parts === null ? first : parts.join('\\');
    // A leading run of two or more separators would read as a UNC root
    // unless the first argument itself clearly is one: exactly two
    // separators followed by a name.
    const fl = first.length;
    const explicitUNC = fl > 2 && isWinSep(first.charCodeAt(0)) && isWinSep(first.charCodeAt(1)) &&
      !isWinSep(first.charCodeAt(2));
    if (!explicitUNC) {
      let s = 0;
      while (s < joined.length && isWinSep(joined.charCodeAt(s))) s++;
      if (s >= 2) joined = `\\${joined.slice(s)}`;
    }
    return win32Normalize(joined);
  },

  relative(from, to) {
    if (typeof from !== 'string') validateString(from, 'from');
    if (typeof to !== 'string') validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
      // Lower-casing changed a length ('İ' becomes two code units), so
      // offsets into the lower-cased strings do not fit the originals:
      // compare component by component instead.
      return relativeByComponents(fromOrig, toOrig);
    }

    // Compare without leading separators, and without the trailing ones a
    // UNC root keeps.
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const n = fromLen < toLen ? fromLen : toLen;
    let common = -1; // offset of the last common separator
    let i = 0;
    for (; i < n; i++) {
      const c = from.charCodeAt(fromStart + i);
      if (c !== to.charCodeAt(toStart + i)) break;
      if (c === BSLASH) common = i;
    }
    if (i !== n) {
      // Different roots: no relative path exists.
      if (common === -1) return toOrig;
    } else {
      if (toLen > n) {
        if (to.charCodeAt(toStart + i) === BSLASH) return toOrig.slice(toStart + i + 1);
        // from is a drive root ('c:\') that to extends.
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > n) {
        if (from.charCodeAt(fromStart + i) === BSLASH) common = i;
        else if (i === 2) common = 3;
      }
      if (common === -1) common = 0;
    }

    let ups = 0;
    for (let j = fromStart + common + 1; j <= fromEnd; j++) {
      if (j === fromEnd || from.charCodeAt(j) === BSLASH) ups++;
    }
    let restStart = toStart + common;
    if (ups > 0) {
      const up = ups === 1 ? '..' : `..${'\\..'.repeat(ups - 1)}`;
      return `${up}${toOrig.slice(restStart, toEnd)}`;
    }
    if (toOrig.charCodeAt(restStart) === BSLASH) restStart++;
    return toOrig.slice(restStart, toEnd);
  },

  toNamespacedPath(path) {
    // Only strings that name something get the long-path prefix.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const c0 = resolved.charCodeAt(0);
    if (c0 === BSLASH) {
      if (resolved.charCodeAt(1) === BSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== QMARK && c2 !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(c0) && resolved.charCodeAt(1) === COLON && resolved.charCodeAt(2) === BSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const rootLen = win32RootLength(path);
    if (rootLen === len) return path;
    let i = len - 1;
    while (i >= rootLen && isWinSep(path.charCodeAt(i))) i--;
    while (i >= rootLen && !isWinSep(path.charCodeAt(i))) i--;
    if (i < rootLen) return rootLen === 0 ? '.' : path.slice(0, rootLen);
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined && typeof suffix !== 'string') validateString(suffix, 'suffix');
    if (typeof path !== 'string') validateString(path, 'path');
    return basenameImpl(path, suffix, hasDrive(path) ? 2 : 0, true);
  },

  extname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return extnameImpl(path, hasDrive(path) ? 2 : 0, true);
  },

  format: makeFormat('\\'),

  parse(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    if (len === 1) {
      if (isWinSep(path.charCodeAt(0))) {
        ret.root = ret.dir = path;
      } else {
        ret.base = ret.name = path;
      }
      return ret;
    }
    const rootLen = win32RootLength(path);
    if (rootLen > 0) ret.root = path.slice(0, rootLen);
    if (rootLen === len) {
      ret.dir = ret.root;
      return ret;
    }
    const end = lastComponent(path, rootLen, true);
    if (end === -1) {
      ret.dir = ret.root;
      return ret;
    }
    const start = lcStart;
    splitBase(ret, path, start, end, start);
    ret.dir = start > 0 && start !== rootLen ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// join, normalize and resolve of ASCII strings run in Go (bindings/path); the functions
// above handle every other input and give the same results.
{
  const fast = internalBinding('path');
  posix.join = fast.makeJoin(posix.join);
  posix.normalize = fast.makeNormalize(posix.normalize);
  posix.resolve = fast.makeResolve(posix.resolve);
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

// ---------------------------------------------------------------------------
// matchesGlob: minimatch semantics with the options Node passes (paths
// without escapes, no negation, no comments, optimisation level 2,
// case-insensitive only for magic parts on macOS and Windows).

let warnedGlob = false;

function matchesGlobImpl(path, pattern, windows) {
  if (!warnedGlob) {
    warnedGlob = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  if (typeof path !== 'string') validateString(path, 'path');
  if (typeof pattern !== 'string') validateString(pattern, 'pattern');
  return lazyGlob().match(path, pattern, windows);
}

let globModule;
function lazyGlob() {
  if (globModule === undefined) globModule = makeGlob();
  return globModule;
}

// makeGlob builds the glob matcher on first use.
function makeGlob() {
  const MAX_PATTERN_LENGTH = 64 * 1024;
  const GLOBSTAR = { globstar: true };
  const nocaseHost = process.platform === 'darwin' || process.platform === 'win32';

  function assertValidPattern(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH) throw new TypeError('pattern is too long');
  }

  // ----- brace expansion (bash-like: {a,b}, {1..9..2}, {a..z}) -----

  // Placeholder for a '}' that must stay literal.
  const closeMark = `\0CLOSE${Math.random()}\0`;
  const openMark = `\0OPEN${Math.random()}\0`;

  // The first balanced {...} of str: [start, end] or null.
  function balancedRange(str) {
    let ai = str.indexOf('{');
    let bi = str.indexOf('}', ai + 1);
    if (ai < 0 || bi <= 0) return null;
    const begs = [];
    let left = str.length;
    let right = -1;
    let i = ai;
    let result = null;
    while (i >= 0 && result === null) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf('{', i + 1);
      } else if (begs.length === 1) {
        result = [begs.pop(), bi];
      } else {
        const beg = begs.pop();
        if (beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf('}', i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (result === null && begs.length) result = [left, right];
    return result;
  }

  function balanced(str) {
    const r = balancedRange(str);
    if (r === null) return null;
    return { pre: str.slice(0, r[0]), body: str.slice(r[0] + 1, r[1]), post: str.slice(r[1] + 1) };
  }

  function isDigit(c) {
    return c >= 48 && c <= 57;
  }

  // '-?\d+' from s[i]; returns the end index or -1.
  function scanInt(s, i) {
    if (s.charCodeAt(i) === 45) i++;
    const d = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    return i > d ? i : -1;
  }

  // Whether body is a sequence 'x..y' or 'x..y..step'.
  function sequenceKind(body) {
    // numeric: -?\d+\.\.-?\d+(\.\.-?\d+)?
    let i = scanInt(body, 0);
    if (i !== -1 && body.startsWith('..', i)) {
      i = scanInt(body, i + 2);
      if (i === body.length) return 'num';
      if (i !== -1 && body.startsWith('..', i)) {
        i = scanInt(body, i + 2);
        if (i === body.length) return 'num';
      }
    }
    // alphabetic: [a-zA-Z]\.\.[a-zA-Z](\.\.-?\d+)?
    if (body.length >= 4 && isDriveLetter(body.charCodeAt(0)) && body.startsWith('..', 1) &&
        isDriveLetter(body.charCodeAt(3))) {
      if (body.length === 4) return 'alpha';
      if (body.startsWith('..', 4)) {
        i = scanInt(body, 6);
        if (i === body.length) return 'alpha';
      }
    }
    return null;
  }

  function numeric(str) {
    const n = parseInt(str, 10);
    // eslint-disable-next-line eqeqeq
    return n == str ? n : str.charCodeAt(0);
  }

  function isPadded(el) {
    let i = 0;
    if (el.charCodeAt(0) === 45) i = 1;
    return el.charCodeAt(i) === 48 && isDigit(el.charCodeAt(i + 1));
  }

  function parseCommaParts(str) {
    if (!str) return [''];
    const m = balanced(str);
    if (m === null) return str.split(',');
    const p = m.pre.split(',');
    p[p.length - 1] += `{${m.body}}`;
    const postParts = parseCommaParts(m.post);
    if (m.post.length) {
      p[p.length - 1] += postParts.shift();
      for (const x of postParts) p.push(x);
    }
    return p;
  }

  // ',' followed (not by another ',') by anything and a later '}'.
  function hasCommaThenClose(post) {
    for (let i = post.indexOf(','); i !== -1; i = post.indexOf(',', i + 1)) {
      if (post.charCodeAt(i + 1) === 44) continue;
      const rest = post.slice(i + 1);
      const nl = firstLineBreak(rest);
      const close = rest.indexOf('}');
      if (close !== -1 && (nl === -1 || close < nl)) return true;
    }
    return false;
  }

  function firstLineBreak(s) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
    }
    return -1;
  }

  function expand(str, isTop) {
    const m = balanced(str);
    if (m === null) return [str];
    const out = [];
    const pre = m.pre;
    const post = m.post.length ? expand(m.post, false) : [''];
    if (pre.endsWith('$')) {
      for (const p of post) out.push(`${pre}{${m.body}}${p}`);
      return out;
    }
    const kind = sequenceKind(m.body);
    const isSequence = kind !== null;
    const isOptions = m.body.indexOf(',') >= 0;
    if (!isSequence && !isOptions) {
      if (hasCommaThenClose(m.post)) return expand(`${pre}{${m.body}${closeMark}${m.post}`);
      return [str];
    }
    let n;
    if (isSequence) {
      n = m.body.split('..');
    } else {
      n = parseCommaParts(m.body);
      if (n.length === 1) {
        n = expand(n[0], false).map((s) => `{${s}}`);
        if (n.length === 1) return post.map((p) => `${pre}${n[0]}${p}`);
      }
    }
    let N;
    if (isSequence) {
      const x = numeric(n[0]);
      const y = numeric(n[1]);
      const width = Math.max(n[0].length, n[1].length);
      let incr = n.length === 3 ? Math.abs(numeric(n[2])) : 1;
      if (incr === 0 || incr !== incr) throw new RangeError('Invalid array length');
      const reverse = y < x;
      if (reverse) incr = -incr;
      const pad = n.some(isPadded);
      N = [];
      for (let i = x; reverse ? i >= y : i <= y; i += incr) {
        let c;
        if (kind === 'alpha') {
          c = String.fromCharCode(i);
          if (c === '\\') c = '';
        } else {
          c = String(i);
          if (pad) {
            const need = width - c.length;
            if (need > 0) {
              const z = '0'.repeat(need);
              c = i < 0 ? `-${z}${c.slice(1)}` : `${z}${c}`;
            }
          }
        }
        N.push(c);
      }
    } else {
      N = [];
      for (const part of n) {
        for (const e of expand(part, false)) N.push(e);
      }
    }
    for (const a of N) {
      for (const p of post) {
        const e = `${pre}${a}${p}`;
        if (!isTop || isSequence || e) out.push(e);
      }
    }
    return out;
  }

  function unmark(s) {
    if (s.indexOf('\0') === -1) return s;
    return s.split(closeMark).join('}').split(openMark).join('{');
  }

  // Whether some '{' is followed by a '}' with neither another '{' nor a
  // line break in between.
  function hasBraceSet(pattern) {
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (c === 123) open = i;
      else if (c === 125 && open !== -1) return true;
      else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) open = -1;
    }
    return false;
  }

  function braceExpand(pattern) {
    assertValidPattern(pattern);
    if (!hasBraceSet(pattern)) return [pattern];
    let str = pattern;
    // A leading '{}' stays literal.
    if (str.startsWith('{}')) str = `${openMark}${closeMark}${str.slice(2)}`;
    return expand(str, true).map(unmark);
  }

  // ----- pattern preprocessing (optimisation level 2) -----

  // <pre>/<e>/<rest> -> <pre>/<rest> for an empty or '.' segment e (not the
  // leading one of '//'), and './.' or './' -> '.'. Returns whether parts changed.
  function dropDotSegments(parts) {
    let did = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') {
        did = true;
        parts.splice(i, 1);
        i--;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      did = true;
      parts.pop();
    }
    return did;
  }

  function firstPhase(globParts) {
    let did;
    do {
      did = false;
      for (let pi = 0; pi < globParts.length; pi++) {
        const parts = globParts[pi];
        // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
        let gs = -1;
        while ((gs = parts.indexOf('**', gs + 1)) !== -1) {
          let gss = gs;
          while (parts[gss + 1] === '**') gss++;
          if (gss > gs) parts.splice(gs + 1, gss - gs);
          const next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== '..') continue;
          if (!p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') continue;
          did = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = '**';
          globParts.push(other);
          gs--;
        }
        if (dropDotSegments(parts)) did = true;
        // <pre>/<p>/../<rest> -> <pre>/<rest>
        let dd = 0;
        while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
          const p = parts[dd - 1];
          if (p && p !== '.' && p !== '..' && p !== '**') {
            did = true;
            const needDot = dd === 1 && parts[dd + 1] === '**';
            if (needDot) parts.splice(dd - 1, 2, '.');
            else parts.splice(dd - 1, 2);
            if (parts.length === 0) parts.push('');
            dd -= 2;
          }
        }
      }
    } while (did);
    return globParts;
  }

  function partsMatch(a, b) {
    let ai = 0;
    let bi = 0;
    const result = [];
    let which = '';
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === 'b' ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === '*' && b[bi] && !b[bi].startsWith('.') && b[bi] !== '**') {
        if (which === 'b') return false;
        which = 'a';
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === '*' && a[ai] && !a[ai].startsWith('.') && a[ai] !== '**') {
        if (which === 'a') return false;
        which = 'b';
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }

  function secondPhase(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = partsMatch(globParts[i], globParts[j]);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }

  function optimizeFile(parts) {
    let did;
    do {
      did = dropDotSegments(parts);
      let dd = 0;
      while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
        const p = parts[dd - 1];
        if (p && p !== '.' && p !== '..' && p !== '**') {
          did = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (did);
    return parts.length === 0 ? [''] : parts;
  }

  // ----- one path portion -> literal string or matcher -----

  // Regular-expression building blocks (JavaScript syntax).
  const qmark = '[^/]';
  const star = `${qmark}*?`;
  const starNoEmpty = `${qmark}+?`;
  const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
  const startNoDot = '(?!\\.)';

  const reSpecialChars = '-[]{}()*+?.,\\^$|#';
  // What \s matches.
  function isSpace(c) {
    return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  }
  function isReSpecial(ch) {
    return reSpecialChars.indexOf(ch) !== -1 || isSpace(ch.charCodeAt(0));
  }
  function reEscape(s) {
    let out = null;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if (isReSpecial(ch)) {
        if (out === null) out = [s.slice(0, i)];
        out.push('\\', ch);
      } else if (out !== null) {
        out.push(ch);
      }
    }
    return out === null ? s : out.join('');
  }
  function classEscape(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      out += (ch === '[' || ch === ']' || ch === '\\' || ch === '-') ? `\\${ch}` : ch;
    }
    return out;
  }

  // Backslash escapes and one-char classes of a source, removed.
  function unescapeSrc(s) {
    return s.replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2').replace(/\\([^/])/g, '$1');
  }

  const posixClasses = [
    ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
    ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
    ['[:ascii:]', '\\x00-\\x7f', false, false],
    ['[:blank:]', '\\p{Zs}\\t', true, false],
    ['[:cntrl:]', '\\p{Cc}', true, false],
    ['[:digit:]', '\\p{Nd}', true, false],
    ['[:graph:]', '\\p{Z}\\p{C}', true, true],
    ['[:lower:]', '\\p{Ll}', true, false],
    ['[:print:]', '\\p{C}', true, false],
    ['[:punct:]', '\\p{P}', true, false],
    ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
    ['[:upper:]', '\\p{Lu}', true, false],
    ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
    ['[:xdigit:]', 'A-Fa-f0-9', false, false],
  ];

  // A bracket expression at glob[pos] ('['): [source, needsU, consumed, magic];
  // consumed is 0 when it is not one (the '[' is then literal).
  function parseClass(glob, pos) {
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    scan: while (i < glob.length) {
      const c = glob.charAt(i);
      if ((c === '!' || c === '^') && i === pos + 1) {
        negate = true;
        i++;
        continue;
      }
      if (c === ']' && sawStart && !escaping) {
        endPos = i + 1;
        break;
      }
      sawStart = true;
      if (c === '\\' && !escaping) {
        escaping = true;
        i++;
        continue;
      }
      if (c === '[' && !escaping) {
        for (const [cls, unip, u, neg] of posixClasses) {
          if (glob.startsWith(cls, i)) {
            if (rangeStart) return ['$.', false, glob.length - pos, true];
            i += cls.length;
            if (neg) negs.push(unip);
            else ranges.push(unip);
            uflag = uflag || u;
            continue scan;
          }
        }
      }
      escaping = false;
      if (rangeStart) {
        if (c > rangeStart) ranges.push(`${classEscape(rangeStart)}-${classEscape(c)}`);
        else if (c === rangeStart) ranges.push(classEscape(c));
        rangeStart = '';
        i++;
        continue;
      }
      if (glob.startsWith('-]', i + 1)) {
        ranges.push(classEscape(`${c}-`));
        i += 2;
        continue;
      }
      if (glob.startsWith('-', i + 1)) {
        rangeStart = c;
        i += 2;
        continue;
      }
      ranges.push(classEscape(c));
      i++;
    }
    if (endPos < i) return ['', false, 0, false];
    if (!ranges.length && !negs.length) return ['$.', false, glob.length - pos, true];
    if (negs.length === 0 && ranges.length === 1 && !negate) {
      const r0 = ranges[0];
      if (r0.length === 1 || (r0.length === 2 && r0[0] === '\\')) {
        const r = r0.length === 2 ? r0.slice(-1) : r0;
        return [reEscape(r), false, endPos - pos, false];
      }
    }
    const sranges = `[${negate ? '^' : ''}${ranges.join('')}]`;
    const snegs = `[${negate ? '' : '^'}${negs.join('')}]`;
    const comb = ranges.length && negs.length ? `(${sranges}|${snegs})` : ranges.length ? sranges : snegs;
    return [comb, uflag, endPos - pos, true];
  }

  // A plain run of glob text: [source, magic, needsU].
  function globText(glob, magic, noEmpty) {
    const re = [];
    let uflag = false;
    let escaping = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re.push(isReSpecial(c) ? `\\${c}` : c);
        continue;
      }
      if (c === '\\') {
        if (i === glob.length - 1) re.push('\\\\');
        else escaping = true;
        continue;
      }
      if (c === '[') {
        const cls = parseClass(glob, i);
        if (cls[2]) {
          re.push(cls[0]);
          uflag = uflag || cls[1];
          i += cls[2] - 1;
          magic = magic || cls[3];
          continue;
        }
      }
      if (c === '*') {
        // A run of '*' means the same as one.
        if (i > 0 && glob.charAt(i - 1) === '*') continue;
        re.push(noEmpty && glob === '*' ? starNoEmpty : star);
        magic = true;
        continue;
      }
      if (c === '?') {
        re.push(qmark);
        magic = true;
        continue;
      }
      re.push(reEscape(c));
    }
    return [re.join(''), !!magic, uflag];
  }

  // Syntax tree of one path portion: a node is plain (type null: a
  // sequence of strings and extglobs) or an extglob (type one of ! ? + * @,
  // its parts being the alternatives, each a plain node).
  class Node {
    constructor(type, parent) {
      this.type = type;
      this.parts = [];
      this.parent = parent;
      this.root = parent ? parent.root : this;
      this.negs = parent ? this.root.negs : [];
      this.filledNegs = false;
      this.index = parent ? parent.parts.length : 0;
      this.magic = !!type;
      this.uflag = false;
      this.emptyExt = false;
      this.str = undefined;
      if (type === '!' && !this.root.filledNegs) this.negs.push(this);
    }

    push(p) {
      if (p !== '') this.parts.push(p);
    }

    toString() {
      if (this.str !== undefined) return this.str;
      const inner = this.parts.map(String);
      this.str = this.type ? `${this.type}(${inner.join('|')})` : inner.join('');
      return this.str;
    }

    isStart() {
      if (this.root === this) return true;
      if (!this.parent.isStart()) return false;
      if (this.index === 0) return true;
      const pp = this.parent.parts;
      for (let i = 0; i < this.index; i++) {
        const q = pp[i];
        if (!(q instanceof Node && q.type === '!')) return false;
      }
      return true;
    }

    isEnd() {
      if (this.root === this) return true;
      if (this.parent.type === '!') return true;
      if (!this.parent.isEnd()) return false;
      if (!this.type) return true;
      return this.index === this.parent.parts.length - 1;
    }

    copyIn(part) {
      if (typeof part === 'string') this.push(part);
      else this.push(part.clone(this));
    }

    clone(parent) {
      const c = new Node(this.type, parent);
      for (const p of this.parts) c.copyIn(p);
      return c;
    }

    // Appends what follows each negation to its alternatives, so the
    // negative lookahead sees the rest of the portion.
    fillNegs() {
      if (this.filledNegs) return;
      this.toString();
      this.filledNegs = true;
      let n;
      while ((n = this.negs.pop())) {
        if (n.type !== '!') continue;
        let p = n;
        let pp = p.parent;
        while (pp) {
          for (let i = p.index + 1; !pp.type && i < pp.parts.length; i++) {
            for (const part of n.parts) part.copyIn(pp.parts[i]);
          }
          p = pp;
          pp = p.parent;
        }
      }
    }

    partsSource(dot) {
      const both = this.isStart() && this.isEnd();
      const out = [];
      for (const p of this.parts) {
        const r = p.source(dot);
        this.uflag = this.uflag || r[3];
        if (!both || r[0]) out.push(r[0]);
      }
      return out.join('|');
    }

    // [regexp source, unescaped body, magic, needsU]
    source(allowDot) {
      const dot = allowDot === undefined ? false : allowDot;
      if (this.root === this) this.fillNegs();
      if (!this.type) {
        const noEmpty = this.isStart() && this.isEnd() && !this.parts.some((s) => typeof s !== 'string');
        const srcs = [];
        for (const p of this.parts) {
          const r = typeof p === 'string' ? globText(p, this.magic, noEmpty) : p.source(allowDot);
          if (typeof p === 'string') {
            this.magic = this.magic || r[1];
            this.uflag = this.uflag || r[2];
          } else {
            this.magic = this.magic || r[2];
            this.uflag = this.uflag || r[3];
          }
          srcs.push(r[0]);
        }
        const src = srcs.join('');
        let start = '';
        if (this.isStart() && typeof this.parts[0] === 'string') {
          const dotsOnly = this.parts.length === 1 && (this.parts[0] === '.' || this.parts[0] === '..');
          if (!dotsOnly) {
            const c0 = src.charAt(0);
            const needNoTrav = (dot && (c0 === '[' || c0 === '.')) ||
              (src.startsWith('\\.') && (src.charAt(2) === '[' || src.charAt(2) === '.')) ||
              (src.startsWith('\\.\\.') && (src.charAt(4) === '[' || src.charAt(4) === '.'));
            const needNoDot = !dot && !allowDot && (c0 === '[' || c0 === '.');
            start = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : '';
          }
        }
        let end = '';
        if (this.isEnd() && this.root.filledNegs && this.parent && this.parent.type === '!') end = '(?:$|\\/)';
        this.magic = !!this.magic;
        return [start + src + end, unescapeSrc(src), this.magic, this.uflag];
      }

      const repeated = this.type === '*' || this.type === '+';
      const open = this.type === '!' ? '(?:(?!(?:' : '(?:';
      let body = this.partsSource(dot);
      if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
        // An empty extglob alone in the portion is plain text.
        const s = this.toString();
        this.parts = [s];
        this.type = null;
        this.magic = undefined;
        return [s, unescapeSrc(this.toString()), false, false];
      }
      let bodyDotAllowed = !repeated || allowDot || dot ? '' : this.partsSource(true);
      if (bodyDotAllowed === body) bodyDotAllowed = '';
      if (bodyDotAllowed) body = `(?:${body})(?:${bodyDotAllowed})*?`;
      let final;
      if (this.type === '!' && this.emptyExt) {
        final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
      } else {
        let close;
        if (this.type === '!') close = `))${this.isStart() && !dot && !allowDot ? startNoDot : ''}${star})`;
        else if (this.type === '@') close = ')';
        else if (this.type === '?') close = ')?';
        else if (this.type === '+' && bodyDotAllowed) close = ')';
        else if (this.type === '*' && bodyDotAllowed) close = ')?';
        else close = `)${this.type}`;
        final = open + body + close;
      }
      this.magic = !!this.magic;
      return [final, unescapeSrc(body), this.magic, this.uflag];
    }
  }

  function isExtType(c) {
    return c === '!' || c === '?' || c === '+' || c === '*' || c === '@';
  }

  // Parses str from pos into node; returns the index after what it used. At the top level
  // (node.type === null) it reads to the end; inside an extglob (pos at its '(') it reads
  // alternatives separated by '|' up to the closing ')'.
  function parseInto(str, node, pos) {
    const inExt = node.type !== null;
    let i = inExt ? pos + 1 : pos;
    let part = inExt ? new Node(null, node) : node;
    const alts = [];
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    let acc = [];
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === '\\') {
        escaping = !escaping;
        acc.push(c);
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === '^' || c === '!') braceNeg = true;
        } else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc.push(c);
        continue;
      } else if (c === '[') {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc.push(c);
        continue;
      }
      if (isExtType(c) && str.charAt(i) === '(') {
        part.push(acc.join(''));
        acc = [];
        const ext = new Node(c, part);
        i = parseInto(str, ext, i);
        part.push(ext);
        continue;
      }
      if (inExt && c === '|') {
        part.push(acc.join(''));
        acc = [];
        alts.push(part);
        part = new Node(null, node);
        continue;
      }
      if (inExt && c === ')') {
        if (acc.length === 0 && node.parts.length === 0) node.emptyExt = true;
        part.push(acc.join(''));
        acc = [];
        for (const a of alts) node.push(a);
        node.push(part);
        return i;
      }
      // A run of '*' means the same as one.
      if (c === '*' && acc.length > 0 && acc[acc.length - 1] === '*') continue;
      acc.push(c);
    }
    if (!inExt) {
      node.push(acc.join(''));
      return i;
    }
    // Never closed: not an extglob after all.
    node.type = null;
    node.magic = undefined;
    node.parts = [str.substring(pos - 1)];
    return i;
  }

  // Fast tests for common portion shapes, as minimatch has them.
  function fastTest(pattern, nocase) {
    const len = pattern.length;
    let stars = 0;
    while (stars < len && pattern.charCodeAt(stars) === 42) stars++;
    const plainRest = (from) => {
      for (let i = from; i < len; i++) {
        const c = pattern[i];
        if (c === '+' || c === '@' || c === '!' || c === '?' || c === '*' || c === '[' || c === '(') return false;
      }
      return true;
    };
    if (stars === len) {
      return (f) => f.length !== 0 && !f.startsWith('.');
    }
    if (stars > 0 && plainRest(stars)) {
      const ext = pattern.slice(stars);
      if (nocase) {
        const lext = ext.toLowerCase();
        return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(lext);
      }
      return (f) => !f.startsWith('.') && f.endsWith(ext);
    }
    let q = 0;
    while (q < len && pattern.charCodeAt(q) === 63) q++;
    if (q > 0 && plainRest(q)) {
      const ext = pattern.slice(q);
      const noext = (f) => f.length === len && !f.startsWith('.');
      if (!ext) return noext;
      if (nocase) {
        const lext = ext.toLowerCase();
        return (f) => noext(f) && f.toLowerCase().endsWith(lext);
      }
      return (f) => noext(f) && f.endsWith(ext);
    }
    if (stars > 0 && pattern.charCodeAt(stars) === DOT) {
      let s2 = stars + 1;
      const s2start = s2;
      while (s2 < len && pattern.charCodeAt(s2) === 42) s2++;
      if (s2 === len && s2 > s2start) return (f) => !f.startsWith('.') && f.includes('.');
    }
    if (len > 1 && pattern.charCodeAt(0) === DOT) {
      let s = 1;
      while (s < len && pattern.charCodeAt(s) === 42) s++;
      if (s === len) return (f) => f !== '.' && f !== '..' && f.startsWith('.');
    }
    return null;
  }

  // With the u flag, V8 rejects escapes of characters that are not regexp
  // syntax outside a class ('\-', '\,', '\#', '\ '); minimatch produces
  // such sources when a portion uses a POSIX class, and Node then throws.
  // goja accepts them, so reject them here the way V8 does.
  function checkUnicodeEscapes(src, flags) {
    let inClass = false;
    for (let i = 0; i < src.length; i++) {
      const c = src.charAt(i);
      if (c === '\\') {
        const e = src.charAt(++i);
        if (!inClass && '^$\\.*+?()[]{}|/dDwWsSbBpPux0'.indexOf(e) === -1) {
          throw new SyntaxError(`Invalid regular expression: /${src}/${flags}: Invalid escape`);
        }
      } else if (c === '[' && !inClass) {
        inClass = true;
      } else if (c === ']' && inClass) {
        inClass = false;
      }
    }
  }

  // One portion: '' and literal text stay strings, '**' is GLOBSTAR,
  // anything with magic becomes { test(f) }.
  function parsePortion(pattern, nocase) {
    assertValidPattern(pattern);
    if (pattern === '**') return GLOBSTAR;
    if (pattern === '') return '';
    const root = new Node(null, undefined);
    parseInto(pattern, root, 0);
    const r = root.source(undefined);
    if (!(r[2] || root.magic)) return r[1];
    const fast = fastTest(pattern, nocase);
    if (fast !== null) return { test: fast };
    const src = `^${r[0]}$`;
    const flags = (nocase ? 'i' : '') + (r[3] ? 'u' : '');
    if (!r[3]) return new RegExp(src, flags);
    checkUnicodeEscapes(src, flags);
    // The empty lookahead changes nothing, but keeps goja on its
    // backtracking engine, the one that implements \p{...} classes.
    return new RegExp(`^(?=)${r[0]}$`, flags);
  }

  // ----- the matcher -----

  function splitSlashes(p, windows) {
    // Runs of '/' separate; on Windows a leading '//name' keeps its UNC
    // marker as two empty portions.
    const out = [];
    let start = 0;
    const len = p.length;
    let i = 0;
    while (i <= len) {
      if (i === len || p.charCodeAt(i) === SLASH) {
        out.push(p.slice(start, i));
        if (i === len) break;
        while (i + 1 < len && p.charCodeAt(i + 1) === SLASH) i++;
        start = i + 1;
      }
      i++;
    }
    if (windows && len > 2 && p.charCodeAt(0) === SLASH && p.charCodeAt(1) === SLASH && p.charCodeAt(2) !== SLASH) {
      out.unshift('');
    }
    return out;
  }

  function isDriveString(s) {
    return typeof s === 'string' && s.length === 2 && s.charCodeAt(1) === COLON && isDriveLetter(s.charCodeAt(0));
  }

  function globMagic(s) {
    if (typeof s !== 'string') s = String(s);
    return /[?*]|[+@!]\(.*?\)|\[|\]/.test(s);
  }

  function compile(pattern, windows) {
    const nocase = nocaseHost;
    pattern = pattern.split('\\').join('/');
    const globSet = [...new Set(braceExpand(pattern))];
    let globParts = globSet.map((s) => splitSlashes(s, windows));
    globParts = secondPhase(firstPhase(globParts));
    const noMagicRoot = windows && nocase;
    const set = globParts.map((s) => {
      if (noMagicRoot) {
        const isUNC = s[0] === '' && s[1] === '' && (s[2] === '?' || !globMagic(s[2])) && !globMagic(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) return [...s.slice(0, 4), ...s.slice(4).map((ss) => parsePortion(ss, nocase))];
        if (isDrive) return [s[0], ...s.slice(1).map((ss) => parsePortion(ss, nocase))];
      }
      return s.map((ss) => parsePortion(ss, nocase));
    });
    if (windows) {
      for (let i = 0; i < set.length; i++) {
        const p = set[i];
        if (p[0] === '' && p[1] === '' && globParts[i][2] === '?' && isDriveString(p[3])) p[2] = '?';
      }
    }
    return set;
  }

  // Matches file[fi0:] against pattern[pi0:]. At the top (top === true)
  // the file is first folded like the pattern was ('a/../b' is 'b'); the
  // recursive calls for '**' work on suffixes of that folded file, which
  // folding leaves as they are.
  function matchOne(file, fi0, pattern, pi0, windows, top) {
    if (windows) {
      // '//?/c:/x' and 'c:/x' name the same file, and drive letters
      // compare case-insensitively.
      const fileDrive = isDriveString(file[fi0]);
      const fileUNC = !fileDrive && file[fi0] === '' && file[fi0 + 1] === '' && file[fi0 + 2] === '?' &&
        isDriveString(file[fi0 + 3]);
      const patternDrive = isDriveString(pattern[pi0]);
      const patternUNC = !patternDrive && pattern[pi0] === '' && pattern[pi0 + 1] === '' &&
        pattern[pi0 + 2] === '?' && isDriveString(pattern[pi0 + 3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : -1;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : -1;
      if (fdi !== -1 && pdi !== -1) {
        const fd = file[fi0 + fdi];
        if (fd.toLowerCase() === pattern[pi0 + pdi].toLowerCase()) {
          pattern = pattern.slice(pi0);
          pi0 = 0;
          pattern[pdi] = fd;
          if (pdi > fdi) pi0 = pdi;
          else if (fdi > pdi) fi0 += fdi;
        }
      }
    }
    if (top) {
      // In place when the file is whole, as minimatch does: a later
      // pattern of the set sees the folded file.
      file = optimizeFile(fi0 === 0 ? file : file.slice(fi0));
      fi0 = 0;
    }
    const fl = file.length;
    const pl = pattern.length;
    let fi = fi0;
    let pi = pi0;
    for (; fi < fl && pi < pl; fi++, pi++) {
      const p = pattern[pi];
      const f = file[fi];
      if (p === GLOBSTAR) {
        if (pi + 1 === pl) {
          // A trailing ** takes the rest, but never dot portions.
          for (; fi < fl; fi++) {
            const x = file[fi];
            if (x === '.' || x === '..' || x.charCodeAt(0) === DOT) return false;
          }
          return true;
        }
        for (let fr = fi; fr < fl; fr++) {
          if (matchOne(file, fr, pattern, pi + 1, windows, false)) return true;
          const swallowee = file[fr];
          if (swallowee === '.' || swallowee === '..' || swallowee.charCodeAt(0) === DOT) break;
        }
        return false;
      }
      const hit = typeof p === 'string' ? f === p : p.test(f);
      if (!hit) return false;
    }
    if (fi === fl && pi === pl) return true;
    if (fi === fl) return false;
    return fi === fl - 1 && file[fi] === '';
  }

  // Compiled patterns, per flavour; matchOne may rewrite a drive letter in
  // a pattern, so each match works on copies of the cached arrays.
  const cache = new Map();

  function match(path, pattern, windows) {
    assertValidPattern(pattern);
    if (pattern === '') return path === '';
    const key = (windows ? 'w' : 'p') + pattern;
    let set = cache.get(key);
    if (set === undefined) {
      set = compile(pattern, windows);
      if (cache.size >= 256) cache.clear();
      cache.set(key, set);
    }
    let f = path;
    if (windows) f = f.split('\\').join('/');
    const ff = splitSlashes(f, windows);
    for (const p of set) {
      if (matchOne(ff, 0, windows ? p.slice(0) : p, 0, windows, true)) return true;
    }
    return false;
  }

  return { match };
}

module.exports = isWindowsPlatform ? win32 : posix;
