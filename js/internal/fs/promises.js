'use strict';

// internal/fs/promises — fs/promises and FileHandle. Each function makes one binding call
// with kUsePromises: the binding returns a promise that a pool job settles.

const binding = internalBinding('fs');
const { kUsePromises } = binding;
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  asUint8,
  constants,
  decodeFile,
  encodeName,
  encodeNames,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getValidatedPath,
  getValidMode,
  isDirectoryFollowingLinks,
  kMaxUserId,
  stringToFlags,
  stringToSymlinkType,
  toBufferData,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const { F_OK, O_RDONLY, O_SYMLINK } = constants;
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kHandle = Symbol('kHandle');
const kLocked = Symbol('kLocked');
// Node 20 defines Symbol.asyncDispose; the engine may not have it yet.
const SymbolAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');

// Open FileHandles, closed when the process exits.
const openHandles = new Set();
let exitHookInstalled = false;
function trackHandle(fh) {
  openHandles.add(fh);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', closeOpenHandles);
  }
}
function closeOpenHandles() {
  for (const fh of openHandles) {
    const fd = fh[kFd];
    fh[kFd] = -1;
    if (fd !== -1) {
      try {
        binding.close(fd);
      } catch {
        // already closed by the OS or by someone else
      }
    }
  }
  openHandles.clear();
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kHandle] = {};
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    trackHandle(this);
  }

  getAsyncId() { return 0; }

  get fd() { return this[kFd]; }

  appendFile(data, options) { return fsCall(writeFile, this, data, options); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(read, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(readFile, this, options); }
  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) { return fsCall(write, this, buffer, offset, length, position); }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFile, this, data, options); }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      openHandles.delete(this);
      this[kClosePromise] = binding.close(fd, kUsePromises).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [SymbolAsyncDispose]() { return this.close(); }

  readableWebStream(options = { type: undefined }) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    let ReadableStream;
    try {
      ({ ReadableStream } = require('stream/web'));
    } catch {
      ReadableStream = globalThis.ReadableStream;
    }
    if (typeof ReadableStream !== 'function') {
      throw new ERR_METHOD_NOT_IMPLEMENTED('readableWebStream');
    }
    const handle = this;
    // As Node 20: the stream keeps the handle locked and leaves it open when cancelled.
    if (options?.type === 'bytes') {
      return new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        async pull(controller) {
          const view = controller.byobRequest.view;
          const { bytesRead } = await handle.read(view, view.byteOffset, view.byteLength);
          if (bytesRead === 0) controller.close();
          controller.byobRequest.respond(bytesRead);
        },
      });
    }
    return new ReadableStream({
      async pull(controller) {
        const { buffer, bytesRead } = await handle.read();
        if (bytesRead === 0) {
          controller.close();
          return;
        }
        controller.enqueue(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead));
      },
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle[kRefs] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  }
  if (handle.fd === -1) throw closedError(fn.name);
  try {
    handle[kRefs]++;
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0) {
      const fd = handle[kFd];
      handle[kFd] = -1;
      openHandles.delete(handle);
      binding.close(fd, kUsePromises).then(handle[kCloseResolve], handle[kCloseReject]);
    }
  }
}

function fdOf(handle) {
  return handle instanceof FileHandle ? handle.fd : handle;
}

// Files ---------------------------------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return binding.access(path, mode, kUsePromises);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await binding.open(path, flagsNumber, mode, kUsePromises));
}

function readFile(path, options) {
  try {
    options = getOptions(options, { flag: 'r' });
    if (path instanceof FileHandle) return readFileHandle(path, options);
    checkAborted(options.signal);
    path = getValidatedPath(path);
    const p = binding.readFile(path, stringToFlags(options.flag || 'r'), kUsePromises);
    const { encoding, signal } = options;
    if (!encoding && !signal) return p;
    return p.then((buffer) => {
      checkAborted(signal);
      return decodeFile(buffer, encoding);
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

async function readFileHandle(filehandle, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  const buffer = await binding.readFile(filehandle.fd, O_RDONLY, kUsePromises);
  checkAborted(options.signal);
  return decodeFile(buffer, options.encoding);
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' && !ArrayBuffer.isView(obj) &&
    (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function');
}

// writeIterable writes each chunk of an (async) iterable in turn.
async function writeIterable(fd, data, encoding, signal) {
  const it = typeof data[Symbol.asyncIterator] === 'function' ?
    data[Symbol.asyncIterator]() : data[Symbol.iterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    checkAborted(signal);
    const buf = toBufferData(value, encoding);
    await binding.writeFile(fd, buf, 0, 0, false, kUsePromises);
  }
}

async function writeFileHandle(filehandle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  checkAborted(options.signal);
  if (isCustomIterable(data)) return writeIterable(filehandle.fd, data, options.encoding, options.signal);
  if (!ArrayBuffer.isView(data)) validateStringAfterArrayBufferView(data, 'data');
  return binding.writeFile(filehandle.fd, toBufferData(data, options.encoding), 0, 0, false, kUsePromises);
}

// writeFile: a plain function for the common case (a path and a string or buffer, no flush):
// one binding call and its promise.
function writeFile(path, data, options) {
  if ((typeof path === 'string' || path instanceof Uint8Array) &&
      (typeof data === 'string' || ArrayBuffer.isView(data)) &&
      (options === undefined || typeof options === 'string' || (options?.flush !== true && options?.signal === undefined))) {
    try {
      options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
      path = getValidatedPath(path);
      const mode = parseFileMode(options.mode, 'mode', 0o666);
      const flags = stringToFlags(options.flag || 'w');
      return binding.writeFile(path, toBufferData(data, options.encoding), flags, mode, false, kUsePromises);
    } catch (err) {
      return Promise.reject(err);
    }
  }
  return writeFileSlow(path, data, options);
}

async function writeFileSlow(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isCustomIterable(data) && !ArrayBuffer.isView(data)) validateStringAfterArrayBufferView(data, 'data');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!isCustomIterable(data) && options.signal === undefined) {
    await binding.writeFile(path, toBufferData(data, options.encoding), stringToFlags(flag), mode, flush, kUsePromises);
    return;
  }
  // As Node: open first, then check the signal before each write, so an abort after the call
  // leaves the file opened (created, truncated) but not written.
  const fh = await open(path, flag, mode);
  try {
    if (isCustomIterable(data)) {
      await writeIterable(fh.fd, data, options.encoding, options.signal);
    } else {
      checkAborted(options.signal);
      await binding.writeFile(fh.fd, toBufferData(data, options.encoding), 0, 0, false, kUsePromises);
    }
    if (flush) await fh.sync();
  } finally {
    await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!ArrayBuffer.isView(buffer)) {
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset,
      position = null } = bufferOrParams ?? {});
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const bytesRead = await binding.read(fdOf(handle), asUint8(buffer), offset, length, position, kUsePromises);
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = await binding.readv(fdOf(handle), buffers.map(asUint8), position ?? -1, kUsePromises);
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = await binding.write(fdOf(handle), asUint8(buffer), offset, length,
      position ?? -1, kUsePromises);
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const pos = typeof offsetOrOptions === 'number' || typeof offsetOrOptions === 'bigint' ? offsetOrOptions : null;
  if (length != null) validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, length && Buffer.isEncoding(length) ? length : 'utf8');
  const bytesWritten = await binding.write(fdOf(handle), bytes, 0, bytes.length, pos ?? -1, kUsePromises);
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = await binding.writev(fdOf(handle), buffers.map(asUint8), position ?? -1, kUsePromises);
  return { __proto__: null, bytesWritten, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  return binding.fstat(fdOf(handle), !!options?.bigint, kUsePromises);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return binding.ftruncate(fdOf(handle), Math.max(0, len), kUsePromises);
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return binding.fchmod(fdOf(handle), mode, kUsePromises);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return binding.fchown(fdOf(handle), uid, gid, kUsePromises);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return binding.futimes(fdOf(handle), atime, mtime, kUsePromises);
}

async function fsync(handle) { return binding.fsync(fdOf(handle), kUsePromises); }
async function fdatasync(handle) { return binding.fdatasync(fdOf(handle), kUsePromises); }

// Paths ---------------------------------------------------------------------------------------

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return binding.copyFile(src, dest, mode, kUsePromises);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  return require('internal/fs/cp/cp').cpFn(src, dest, options);
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return binding.rename(oldPath, newPath, kUsePromises);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return fd.truncate(len).finally(fd.close);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  return binding.rm(path, options.recursive, options.force, options.maxRetries,
    options.retryDelay, kUsePromises);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    return binding.rm(path, true, false, options.maxRetries, options.retryDelay, kUsePromises);
  }
  return binding.rmdir(path, kUsePromises);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || {};
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = await binding.mkdir(path, parseFileMode(mode, 'mode', 0o777), recursive, kUsePromises);
  return recursive ? result : undefined;
}

// readdirRecursive: as Node's, a stack of [directory, its listing], each directory listed as it
// is found and the last found expanded first. Listing names, it descends into symbolic links
// to directories; listing Dirents, it does not.
async function readdirRecursive(originalPath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const result = [];
  const stack = [[originalPath, await binding.readdir(originalPath, true, kUsePromises)]];
  while (stack.length > 0) {
    const [path, entries] = stack.pop();
    const names = entries[0];
    const types = entries[1];
    const dirents = withFileTypes ? getDirents(path, entries, null) : null;
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(path, names[j]);
      let isDir;
      if (withFileTypes) {
        result.push(dirents[j]);
        isDir = dirents[j].isDirectory();
      } else {
        result.push(encodeName(pathModule.relative(originalPath, full), options.encoding));
        isDir = isDirectoryFollowingLinks(full, types[j]);
      }
      if (isDir) stack.push([full, await binding.readdir(full, true, kUsePromises)]);
    }
  }
  return result;
}

function readdir(path, options) {
  try {
    options = getOptions(options);
    path = getValidatedPath(path);
  } catch (err) {
    return Promise.reject(err);
  }
  if (options.recursive) return readdirRecursive(path.toString(), options);
  const p = binding.readdir(path, !!options.withFileTypes, kUsePromises);
  if (!options.withFileTypes && (options.encoding == null || options.encoding === 'utf8')) return p;
  return p.then((result) => {
    if (options.withFileTypes) {
      encodeNames(result[0], options.encoding);
      return getDirents(path.toString(), result, require('fs').lstatSync);
    }
    return encodeNames(result, options.encoding);
  });
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await binding.readlink(path, kUsePromises), options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return binding.symlink(target, path, stringToSymlinkType(type), kUsePromises);
}

// stat and lstat are plain functions returning the binding's promise (one promise and no
// async frame per call); a validation error becomes a rejection, as in an async function.
function lstat(path, options = { bigint: false }) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    return Promise.reject(err);
  }
  return binding.lstat(path, !!options?.bigint, false, kUsePromises);
}

function stat(path, options = { bigint: false }) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    return Promise.reject(err);
  }
  return binding.stat(path, !!options?.bigint, false, kUsePromises);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await binding.statfs(path, !!options?.bigint, kUsePromises));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return binding.link(existingPath, newPath, kUsePromises);
}

function unlink(path) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    return Promise.reject(err);
  }
  return binding.unlink(path, kUsePromises);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return binding.chmod(path, mode, kUsePromises);
}

async function lchmod(path, mode) {
  if (O_SYMLINK === undefined) throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return binding.lchmod(path, mode, kUsePromises);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return binding.lchown(path, uid, gid, kUsePromises);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return binding.chown(path, uid, gid, kUsePromises);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), kUsePromises);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), kUsePromises);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await binding.realpath(path, true, kUsePromises), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(await binding.mkdtemp(prefix, kUsePromises), options.encoding);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const exportsObject = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = {
  exports: exportsObject,
  FileHandle,
  kRefs,
};
