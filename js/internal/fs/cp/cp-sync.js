'use strict';

// internal/fs/cp/cp-sync — fs.cpSync: copies a file, a symbolic link or (recursive) a directory
// tree, with Node's checks (same path, into itself, directory onto file and back) and options
// (filter, force, errorOnExist, dereference, preserveTimestamps, verbatimSymlinks, mode).

const fs = require('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { errno: { EEXIST, EISDIR, EINVAL, ENOTDIR } } = require('os').constants;

// cpError builds the SystemError Node reports for a refused copy.
function cpError(Ctor, message, path, code, errno) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function areIdentical(srcStat, destStat) {
  return destStat.ino !== 0 && destStat.dev !== 0 && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

// checkStats: Node's refusals once src and dest (null when missing) are known.
function checkStats(srcStat, destStat, src, dest) {
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, 'EINVAL', EINVAL);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, 'EISDIR', EISDIR);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, 'ENOTDIR', ENOTDIR);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`,
      dest, 'EINVAL', EINVAL);
  }
}

// checkPaths: the stats of src and dest, after Node's refusals.
function checkPaths(src, dest, opts) {
  const stat = opts.dereference ? fs.statSync : fs.lstatSync;
  const srcStat = stat(src, { bigint: true });
  const destStat = stat(dest, { bigint: true, throwIfNoEntry: false }) ?? null;
  checkStats(srcStat, destStat, src, dest);
  return { srcStat, destStat };
}

function checkParentDir(destStat, src, dest, opts) {
  const destParent = pathModule.dirname(dest);
  if (!fs.existsSync(destParent)) fs.mkdirSync(destParent, { recursive: true });
  return getStats(destStat, src, dest, opts);
}

function getStats(destStat, src, dest, opts) {
  const statSyncFn = opts.dereference ? fs.statSync : fs.lstatSync;
  const srcStat = statSyncFn(src);
  if (srcStat.isDirectory() && opts.recursive) {
    return onDir(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isDirectory()) {
    throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, 'EISDIR', EINVAL);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    return onLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, 'EINVAL', EINVAL);
  } else if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, 'EINVAL', EINVAL);
  }
  throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, 'EINVAL', EINVAL);
}

function onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyFile(srcStat, src, dest, opts);
  if (opts.force) {
    fs.unlinkSync(dest);
    return copyFile(srcStat, src, dest, opts);
  } else if (opts.errorOnExist) {
    throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, 'EEXIST', EEXIST);
  }
}

function copyFile(srcStat, src, dest, opts) {
  fs.copyFileSync(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    if ((srcStat.mode & 0o200) === 0) fs.chmodSync(dest, srcStat.mode | 0o200);
    const updated = fs.statSync(src);
    fs.utimesSync(dest, updated.atime, updated.mtime);
  }
  fs.chmodSync(dest, srcStat.mode);
}

function onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    fs.mkdirSync(dest);
    copyDir(src, dest, opts);
    fs.chmodSync(dest, srcStat.mode);
    return;
  }
  copyDir(src, dest, opts);
}

function copyDir(src, dest, opts) {
  const dir = fs.opendirSync(src);
  try {
    let dirent;
    while ((dirent = dir.readSync()) !== null) {
      const srcItem = pathModule.join(src, dirent.name);
      const destItem = pathModule.join(dest, dirent.name);
      if (opts.filter && !runFilter(opts.filter, srcItem, destItem)) continue;
      const { destStat } = checkPaths(srcItem, destItem, opts);
      getStats(destStat, srcItem, destItem, opts);
    }
  } finally {
    dir.closeSync();
  }
}

function onLink(destStat, src, dest, opts) {
  let resolvedSrc = fs.readlinkSync(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) return fs.symlinkSync(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = fs.readlinkSync(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest);
    throw err;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  // As Node v20, a link to the same target counts as a copy into itself.
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
      dest, 'EINVAL', EINVAL);
  }
  if (fs.statSync(dest).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, 'EINVAL', EINVAL);
  }
  fs.unlinkSync(dest);
  return fs.symlinkSync(resolvedSrc, dest);
}

function runFilter(filter, src, dest) {
  const include = filter(src, dest);
  if (include !== null && typeof include === 'object' && typeof include.then === 'function') {
    throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', include);
  }
  return include;
}

function cpSyncFn(src, dest, opts) {
  if (opts.filter && !runFilter(opts.filter, src, dest)) return;
  const { destStat } = checkPaths(src, dest, opts);
  return checkParentDir(destStat, src, dest, opts);
}

module.exports = { cpSyncFn, cpError, checkStats, isSrcSubdir };
