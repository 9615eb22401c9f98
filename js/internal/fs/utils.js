'use strict';

// internal/fs/utils — what fs, fs/promises and the streams share: Stats, BigIntStats, StatFs,
// Dirent, flag strings, path/fd/options validation, and the errors the binding asks JS to build.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  hideStackFrames,
} = require('internal/errors');
const { isURL, fileURLToPath } = require('internal/url');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');

const constants = require('internal/fs/constants');
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

// makeError(kind, path, size): the non-system errors the binding reports.
function makeError(kind, path, size) {
  if (kind === 'EFBIG') return new ERR_FS_FILE_TOO_LARGE(size);
  if (kind === 'EISDIR') {
    return new ERR_FS_EISDIR({
      code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
    });
  }
  return new Error(kind);
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const nullCheck = hideStackFrames((path, propName, throwError = true) => {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = !pathIsString && path instanceof Uint8Array;
  if ((pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return undefined;
  }
  const err = new ERR_INVALID_ARG_VALUE(propName, path,
    'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
});

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName, true);
});

// getValidatedPath(path, name): a string or Buffer path (file: URLs converted).
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  if (typeof fileURLOrPath === 'string') {
    if (fileURLOrPath.indexOf('\u0000') !== -1) nullCheck(fileURLOrPath, propName, true);
    return fileURLOrPath;
  }
  const path = isURL(fileURLOrPath) ? fileURLToPath(fileURLOrPath) : fileURLOrPath;
  validatePath(path, propName);
  return path;
});

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// Stats ---------------------------------------------------------------------------------------

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}
Object.defineProperty(StatsBase, 'name', { __proto__: null, value: 'StatsBase' });

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kMsPerSec = 1000;
const kNsPerMs = 10 ** 6;

function msFromTimeSpec(sec, nsec) {
  return sec * kMsPerSec + nsec / kNsPerMs;
}

function nsFromTimeSpecBigInt(sec, nsec) {
  return sec * kNsPerSecBigInt + nsec;
}

function dateFromMs(ms) {
  // Truncate to whole milliseconds as Node does (adding 0.5 first rounds to nearest).
  return new Date(Math.round(Number(ms)));
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }

  _checkModeProperty(property) {
    if (this.isSymbolicLink === undefined) return false; // as Node, for a detached method
    return (this.mode & S_IFMT) === property;
  }
}

// Stats.prototype.isFile is its own, as in Node (checks for an overridden isFile in mocks).
Stats.prototype.isFile = StatsBase.prototype.isFile;

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / kNsPerMsBigInt;
    this.mtimeMs = mtimeNs / kNsPerMsBigInt;
    this.ctimeMs = ctimeNs / kNsPerMsBigInt;
    this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = dateFromMs(this.atimeMs);
    this.mtime = dateFromMs(this.mtimeMs);
    this.ctime = dateFromMs(this.ctimeMs);
    this.birthtime = dateFromMs(this.birthtimeMs);
  }

  _checkModeProperty(property) {
    if (this.isSymbolicLink === undefined) return false;
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}

// getStatsFromBinding(values): a Stats (Float64Array) or BigIntStats (BigInt64Array).
function getStatsFromBinding(s) {
  if (s === undefined || s instanceof StatsBase) return s;
  if (s instanceof BigInt64Array) {
    return new BigIntStats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
      nsFromTimeSpecBigInt(s[10], s[11]), nsFromTimeSpecBigInt(s[12], s[13]),
      nsFromTimeSpecBigInt(s[14], s[15]), nsFromTimeSpecBigInt(s[16], s[17]));
  }
  return new Stats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
    msFromTimeSpec(s[10], s[11]), msFromTimeSpec(s[12], s[13]),
    msFromTimeSpec(s[14], s[15]), msFromTimeSpec(s[16], s[17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

binding.setup(FastBuffer, makeError, Stats, BigIntStats);

function getStatFsFromBinding(v) {
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

// Dirent --------------------------------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kType] = stats;
  }
}
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice',
  'isSymbolicLink', 'isFIFO', 'isSocket']) {
  Object.defineProperty(DirentFromStats.prototype, name, {
    __proto__: null,
    writable: true,
    configurable: true,
    value() { return this[kType][name](); },
  });
}

function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
  }
  return UV_DIRENT_UNKNOWN;
}

// A name from the binding in the caller's encoding.
function encodeName(name, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') {
    return name;
  }
  const buf = Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function encodeNames(names, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') {
    return names;
  }
  for (let i = 0; i < names.length; i++) names[i] = encodeName(names[i], encoding);
  return names;
}

// getDirents(path, [names, types]): Dirent objects; an unknown type is looked up with lstat.
function getDirents(path, result, lstatSync) {
  const names = result[0];
  const types = result[1];
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN && lstatSync) {
      try {
        type = direntTypeFromMode(lstatSync(pathModule.join(path, names[i])).mode);
      } catch {
        // leave it unknown
      }
    }
    out[i] = new Dirent(names[i], type, path);
  }
  return out;
}

// isDirectoryFollowingLinks(path, type): whether a readdir entry of that type is a directory
// once symbolic links are followed, as the name-listing recursive readdir decides which entries
// to descend into (Node stats every entry; only links and unknown types need it).
function isDirectoryFollowingLinks(path, type) {
  if (type === UV_DIRENT_DIR) return true;
  if (type !== UV_DIRENT_LINK && type !== UV_DIRENT_UNKNOWN) return false;
  try {
    return binding.stat(path, false, true)?.isDirectory() === true;
  } catch {
    return false;
  }
}

// Arguments -----------------------------------------------------------------------------------

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) { // eslint-disable-line eqeqeq
    return +time;
  }
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
});

// A read/write position: null/undefined/-1 → current position.
const validatePosition = hideStackFrames((position, name, length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

// getValidMode: the mode of access or copyFile. Node checks these in C++, with its own messages
// (cp's mode is checked in validateCpOptions).
const getValidMode = hideStackFrames((mode, type) => {
  const max = 7; // F_OK | R_OK | W_OK | X_OK, or COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE
  if (mode == null) return 0;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const m = Math.trunc(mode);
  if (!(m >= 0 && m <= max)) {
    const err = new RangeError(`mode is out of range: >= 0 && <= ${max}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return m;
});

const validateRmOptionsDefaults = {
  force: false, maxRetries: 0, recursive: false, retryDelay: 100,
};

function validateRmOptions(options) {
  if (options === undefined) return validateRmOptionsDefaults;
  validateObject(options, 'options');
  options = { ...validateRmOptionsDefaults, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

const validateRmdirOptionsDefaults = { maxRetries: 0, recursive: false, retryDelay: 100 };

function validateRmdirOptions(options, defaults = validateRmdirOptionsDefaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The symlink type flag for the binding.
function stringToSymlinkType(type) {
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': return constants.UV_FS_SYMLINK_DIR;
      case 'junction': return constants.UV_FS_SYMLINK_JUNCTION;
      case 'file': return 0;
    }
    const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  return 0;
}

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  // Unlike copyFile's (checked in Node's C++), cp's mode is checked by the JS validator.
  if (options.mode == null) options.mode = 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    const { codes: { ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// asUint8: the bytes of any ArrayBufferView, as the binding takes them.
function asUint8(view) {
  return view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function toBufferData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  return asUint8(data);
}

// decodeFile: a file's contents as readFile returns them for that encoding.
function decodeFile(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

module.exports = {
  asUint8,
  assertEncoding,
  BigIntStats,
  constants,
  copyObject,
  decodeFile,
  Dirent,
  DirentFromStats,
  direntTypeFromMode,
  encodeName,
  encodeNames,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  isDirectoryFollowingLinks,
  kIoMaxLength,
  kMaxUserId,
  kType,
  nullCheck,
  Stats,
  StatFs,
  stringToFlags,
  stringToSymlinkType,
  toBufferData,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateStringAfterArrayBufferView,
};
