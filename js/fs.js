'use strict';

// fs — the callback and synchronous API. Each call validates its arguments here and makes
// one call into internalBinding('fs'): with no request it runs on the loop thread and throws
// Node's system error; with a callback it is one job on the worker pool.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
  validateEncoding,
  parseFileMode,
} = require('internal/validators');
const {
  asUint8,
  constants,
  decodeFile,
  Dirent,
  encodeName,
  encodeNames,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  isDirectoryFollowingLinks,
  kMaxUserId,
  Stats,
  stringToFlags,
  stringToSymlinkType,
  toBufferData,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK, O_RDONLY } = constants;
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol.for('gonode.util.promisify.customArgs');

// makeCallback: the callback, once checked to be a function.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// As Node's isFd (isInt32): a number that is not an int32, such as 1.5 or 2 ** 31, is taken
// as a path and rejected by the path validation.
function isFd(path) {
  return typeof path === 'number' && path === (path | 0);
}

// access / exists --------------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function exists(path, callback) {
  makeCallback(callback);
  function suppressedCallback(err) { callback(!err); }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}

Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  __proto__: null,
  value: function exists(path) { // eslint-disable-line func-name-matching
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// readFile / writeFile / appendFile ----------------------------------------------------------

function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const fd = isFd(path) ? getValidatedFd(path) : undefined;
  const target = fd !== undefined ? fd : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const { encoding, signal } = options;
  if (checkAborted(signal, callback)) return;
  binding.readFile(target, flags, (err, buffer) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    let data;
    try {
      data = decodeFile(buffer, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, data);
  });
}

const kReadFileSyncDefaults = Object.freeze({ flag: 'r' });

function readFileSync(path, options) {
  // The common call, readFileSync(aStringPath): no options to read or copy.
  if (options === undefined && typeof path === 'string' && path.indexOf('\u0000') === -1) {
    return binding.readFile(path, O_RDONLY);
  }
  options = getOptions(options, kReadFileSyncDefaults);
  const fd = isFd(path) ? getValidatedFd(path) : undefined;
  const target = fd !== undefined ? fd : getValidatedPath(path);
  const buffer = binding.readFile(target, stringToFlags(options.flag));
  return decodeFile(buffer, options.encoding);
}

function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!ArrayBuffer.isView(data)) validateStringAfterArrayBufferView(data, 'data');
  const buf = toBufferData(data, options.encoding);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const signal = options.signal;
  if (checkAborted(signal, callback)) return;
  if (signal !== undefined && typeof target !== 'number') {
    writeFileOpenFirst(target, buf, stringToFlags(flag), mode, flush, signal, callback);
    return;
  }
  binding.writeFile(target, buf, stringToFlags(flag), mode, flush, callback);
}

// With a signal the file is opened first and the signal checked before writing, as in
// Node: an abort after the call leaves the file opened (created, truncated) but not written.
function writeFileOpenFirst(path, buf, flags, mode, flush, signal, callback) {
  binding.open(path, flags, mode, (openErr, fd) => {
    if (openErr) return callback(openErr);
    if (signal.aborted) {
      const abortErr = new AbortError(undefined, { cause: signal.reason });
      binding.close(fd, (closeErr) => callback(closeErr || abortErr));
      return;
    }
    binding.writeFile(fd, buf, flags, mode, flush, (writeErr) => {
      binding.close(fd, (closeErr) => callback(writeErr || closeErr || null));
    });
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!ArrayBuffer.isView(data)) validateStringAfterArrayBufferView(data, 'data');
  const buf = toBufferData(data, options.encoding);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.writeFile(target, buf, stringToFlags(options.flag || 'w'), mode, flush);
}

function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// open / close / read / write ----------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  binding.close(fd);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// normalizeReadArgs(fd, buffer, offsetOrOptions, length, position): the checked
// { buffer, offset, length, position } of read and readSync.
function normalizeReadArgs(buffer, offsetOrOptions, length, position, argCount) {
  let offset = offsetOrOptions;
  if (argCount <= 2 || (offsetOrOptions !== null && typeof offsetOrOptions === 'object' &&
      !ArrayBuffer.isView(offsetOrOptions) && argCount <= 3)) {
    const options = offsetOrOptions ?? {};
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
  }
  validateBuffer(buffer);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { buffer, offset, length, position, empty: true };
  if (buffer.byteLength === 0) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return { buffer, offset, length, position, empty: false };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let argCount = arguments.length;
  let offset = offsetOrOptions;
  let params = null;
  if (argCount <= 4) {
    if (argCount === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (argCount === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
    argCount = 6;
  }
  validateBuffer(buffer);
  callback = makeCallback(callback);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    return process.nextTick(function tick() { callback(null, 0, buffer); });
  }
  if (buffer.byteLength === 0) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, asUint8(buffer), offset, length, position, (err, bytesRead) => {
    if (err) callback(err);
    else callback(null, bytesRead, buffer);
  });
}
Object.defineProperty(read, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  const args = normalizeReadArgs(buffer, offsetOrOptions, length, position, arguments.length);
  if (args.empty) return 0;
  return binding.read(fd, asUint8(buffer), args.offset, args.length, args.position);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readv(fd, buffers.map(asUint8), position ?? -1, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffers);
  });
}
Object.defineProperty(readv, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readv(fd, buffers.map(asUint8), position ?? -1);
}

// normalizeWriteArgs: [bytes, offset, length, position] of a write of a buffer or a string.
function normalizeWriteArgs(buffer, offsetOrOptions, length, position) {
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return [asUint8(buffer), offset, length, position ?? -1, buffer];
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  // write(fd, string, position, encoding)
  let pos = offsetOrOptions;
  const encoding = length;
  if (typeof pos !== 'number' && typeof pos !== 'bigint') pos = null;
  if (encoding !== undefined && encoding !== null) validateEncoding(buffer, encoding);
  // An unknown encoding writes UTF-8, as Node's binding does.
  const bytes = Buffer.from(buffer, encoding && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  return [bytes, 0, bytes.length, pos ?? -1, buffer];
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let args;
  if (ArrayBuffer.isView(buffer)) {
    callback = makeCallback(callback || position || length || offsetOrOptions);
    if (typeof offsetOrOptions === 'function') offsetOrOptions = null;
    if (typeof length === 'function') length = undefined;
    if (typeof position === 'function') position = null;
    args = normalizeWriteArgs(buffer, offsetOrOptions, length, position);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    if (typeof offsetOrOptions === 'function') {
      callback = offsetOrOptions;
      offsetOrOptions = null;
    } else if (typeof length === 'function') {
      callback = length;
      length = 'utf8';
    }
    callback = makeCallback(callback || position);
    args = normalizeWriteArgs(buffer, offsetOrOptions, length);
  }
  const original = args[4];
  binding.write(fd, args[0], args[1], args[2], args[3], (err, written) => {
    if (err) callback(err);
    else callback(null, written, original);
  });
}
Object.defineProperty(write, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const args = normalizeWriteArgs(buffer, offsetOrOptions, length, position);
  return binding.write(fd, args[0], args[1], args[2], args[3]);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writev(fd, buffers.map(asUint8), position ?? -1, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffers);
  });
}
Object.defineProperty(writev, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, buffers.map(asUint8), position ?? -1);
}

// stat family --------------------------------------------------------------------------------

// stat and lstat check their common arguments inline (each helper call costs
// in goja) and leave the rest to the validators.
function stat(path, options = undefined, callback) {
  let bigint = false;
  if (typeof options === 'function') {
    callback = options;
  } else {
    bigint = !!options?.bigint;
  }
  if (typeof callback !== 'function') validateFunction(callback, 'cb');
  if (typeof path !== 'string' || path.indexOf('\u0000') !== -1) path = getValidatedPath(path);
  binding.stat(path, bigint, false, callback);
}

function lstat(path, options = undefined, callback) {
  let bigint = false;
  if (typeof options === 'function') {
    callback = options;
  } else {
    bigint = !!options?.bigint;
  }
  if (typeof callback !== 'function') validateFunction(callback, 'cb');
  if (typeof path !== 'string' || path.indexOf('\u0000') !== -1) path = getValidatedPath(path);
  binding.lstat(path, bigint, false, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, !!options?.bigint, callback);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return binding.stat(path, !!options?.bigint, options?.throwIfNoEntry === false);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return binding.lstat(path, !!options?.bigint, options?.throwIfNoEntry === false);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return binding.fstat(fd, !!options?.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, !!options?.bigint, (err, v) => {
    if (err) callback(err);
    else callback(null, getStatFsFromBinding(v));
  });
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfs(path, !!options?.bigint));
}

// directories --------------------------------------------------------------------------------

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.mkdir(path, mode, recursive, recursive ? callback : (err) => callback(err));
}

function mkdirSync(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  const result = binding.mkdir(path, mode, recursive);
  if (recursive) return result;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, dir) => {
    if (err) callback(err);
    else callback(null, encodeName(dir, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

function readdirResult(path, result, options) {
  if (options.withFileTypes) {
    encodeNames(result[0], options.encoding);
    return getDirents(path.toString(), result, lstatSync);
  }
  return encodeNames(result, options.encoding);
}

// readdirRecursiveSync: breadth-first, as Node's. Listing names, it descends into symbolic
// links to directories; listing Dirents, it does not.
function readdirRecursiveSync(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const readdirResults = [];
  const pathsQueue = [basePath];
  for (let i = 0; i < pathsQueue.length; i++) {
    const path = pathsQueue[i];
    const result = binding.readdir(path, true);
    const names = result[0];
    const types = result[1];
    if (withFileTypes) {
      const dirents = getDirents(path, result, lstatSync);
      for (let j = 0; j < dirents.length; j++) {
        readdirResults.push(dirents[j]);
        if (dirents[j].isDirectory()) pathsQueue.push(pathModule.join(path, names[j]));
      }
    } else {
      for (let j = 0; j < names.length; j++) {
        const resultPath = pathModule.join(path, names[j]);
        const relativeResultPath = pathModule.relative(basePath, resultPath);
        readdirResults.push(encodeName(relativeResultPath, encoding));
        if (isDirectoryFollowingLinks(resultPath, types[j])) pathsQueue.push(resultPath);
      }
    }
  }
  return readdirResults;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    // As Node v20: the recursive form runs synchronously, calling back before it returns and
    // throwing its errors.
    callback(null, readdirRecursiveSync(path.toString(), options));
    return;
  }
  binding.readdir(path, !!options.withFileTypes, (err, result) => {
    if (err) return callback(err);
    let out;
    try {
      out = readdirResult(path, result, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path.toString(), options);
  return readdirResult(path, binding.readdir(path, !!options.withFileTypes), options);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    binding.rm(path, true, false, options.maxRetries, options.retryDelay, callback);
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    binding.rm(path, true, false, options.maxRetries, options.retryDelay);
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path);
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  options = validateRmOptions(options);
  binding.rm(path, options.recursive, options.force, options.maxRetries, options.retryDelay, callback);
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.rm(path, options.recursive, options.force, options.maxRetries, options.retryDelay);
}

// files and links ----------------------------------------------------------------------------

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, callback);
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  binding.unlink(path);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type), callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, (err, target) => {
    if (err) callback(err);
    else callback(null, encodeName(target, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : makeCallback(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, false, (err, resolved) => {
    if (err) callback(err);
    else callback(null, encodeName(resolved, options.encoding));
  });
}

realpath.native = function(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, true, (err, resolved) => {
    if (err) callback(err);
    else callback(null, encodeName(resolved, options.encoding));
  });
};

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeName(binding.realpath(p, false), options.encoding);
}

realpathSync.native = function(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path, true), options.encoding);
};

function truncate(path, len, callback) {
  if (isFd(path)) {
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
      ' Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.truncate(path, len, callback);
}

function truncateSync(path, len) {
  if (isFd(path)) {
    process.emitWarning('Using fs.truncateSync with a file descriptor is deprecated.' +
      ' Please use fs.ftruncateSync with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  len = Math.max(0, len);
  path = getValidatedPath(path);
  binding.truncate(path, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

// permissions, owners, times, sync -----------------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, callback);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

function lchmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.lchmod(path, mode, callback);
}

function lchmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.lchmod(path, mode);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, callback);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, callback);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, callback);
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, callback);
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// the rest, loaded on first use --------------------------------------------------------------

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const { validateCpOptions } = require('internal/fs/utils');
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp/cp').cpFn(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  const { validateCpOptions } = require('internal/fs/utils');
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp/cp-sync').cpSyncFn(src, dest, options);
}

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  const { validateString } = require('internal/validators');
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  // The file is read when the Blob is made; Node's Blob reads it lazily.
  let data;
  try {
    data = binding.readFile(path, constants.O_RDONLY);
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
}

function lazyStreams() {
  return require('internal/fs/streams');
}

function createReadStream(path, options) {
  const { ReadStream } = lazyStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = lazyStreams();
  return new WriteStream(path, options);
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: constants.O_SYMLINK !== undefined ? lchmod : undefined,
  lchmodSync: constants.O_SYMLINK !== undefined ? lchmodSync : undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(val) { Object.defineProperty(fs, 'ReadStream', { __proto__: null, value: val, writable: true, enumerable: true, configurable: true }); },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(val) { Object.defineProperty(fs, 'WriteStream', { __proto__: null, value: val, writable: true, enumerable: true, configurable: true }); },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(val) { Object.defineProperty(fs, 'FileReadStream', { __proto__: null, value: val, writable: true, enumerable: true, configurable: true }); },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(val) { Object.defineProperty(fs, 'FileWriteStream', { __proto__: null, value: val, writable: true, enumerable: true, configurable: true }); },

  // For tests.
  _toUnixTimestamp: toUnixTimestamp,
};

// Dir is loaded with opendir, on first use.
Object.defineProperty(fs, 'Dir', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('internal/fs/dir').Dir; },
  set(val) {
    Object.defineProperty(fs, 'Dir', { __proto__: null, value: val, writable: true, enumerable: true, configurable: true });
  },
});
fs.opendir = opendir;
fs.opendirSync = opendirSync;

Object.defineProperties(fs, {
  F_OK: { __proto__: null, enumerable: true, value: F_OK || 0 },
  R_OK: { __proto__: null, enumerable: true, value: R_OK || 0 },
  W_OK: { __proto__: null, enumerable: true, value: W_OK || 0 },
  X_OK: { __proto__: null, enumerable: true, value: X_OK || 0 },
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/fs/promises').exports; },
    set(val) {
      Object.defineProperty(fs, 'promises', { __proto__: null, value: val, writable: true, enumerable: true, configurable: true });
    },
  },
});

