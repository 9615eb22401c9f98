'use strict';

// internal/fs/cp/cp — fs.cp and fs/promises cp: the same walk as cp-sync, on fs/promises, so
// nothing blocks the loop; the filter may return a promise.

const fsp = require('internal/fs/promises').exports;
const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
  },
} = require('internal/errors');
const { cpError, checkStats, isSrcSubdir } = require('internal/fs/cp/cp-sync');
const { errno: { EEXIST, EISDIR, EINVAL } } = require('os').constants;

async function statOrNull(fn, path) {
  try {
    return await fn(path, { bigint: true });
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

async function checkPaths(src, dest, opts) {
  const stat = opts.dereference ? fsp.stat : fsp.lstat;
  const srcStat = await stat(src, { bigint: true });
  const destStat = await statOrNull(stat, dest);
  checkStats(srcStat, destStat, src, dest);
  return { srcStat, destStat };
}

async function exists(path) {
  try {
    await fsp.access(path);
    return true;
  } catch {
    return false;
  }
}

async function getStatsForCopy(destStat, src, dest, opts) {
  const statFn = opts.dereference ? fsp.stat : fsp.lstat;
  const srcStat = await statFn(src);
  if (srcStat.isDirectory() && opts.recursive) {
    return onDir(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isDirectory()) {
    // The async form reports EISDIR's own number (the sync one says EINVAL), as Node's.
    throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, 'EISDIR', EISDIR);
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

async function onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyFile(srcStat, src, dest, opts);
  if (opts.force) {
    await fsp.unlink(dest);
    return copyFile(srcStat, src, dest, opts);
  } else if (opts.errorOnExist) {
    throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, 'EEXIST', EEXIST);
  }
}

async function copyFile(srcStat, src, dest, opts) {
  await fsp.copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    if ((srcStat.mode & 0o200) === 0) await fsp.chmod(dest, srcStat.mode | 0o200);
    const updated = await fsp.stat(src);
    await fsp.utimes(dest, updated.atime, updated.mtime);
  }
  return fsp.chmod(dest, srcStat.mode);
}

async function onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    await fsp.mkdir(dest);
    await copyDir(src, dest, opts);
    return fsp.chmod(dest, srcStat.mode);
  }
  return copyDir(src, dest, opts);
}

async function copyDir(src, dest, opts) {
  const dir = await fsp.opendir(src);
  try {
    for (;;) {
      const dirent = await dir.read();
      if (dirent === null) break;
      const srcItem = pathModule.join(src, dirent.name);
      const destItem = pathModule.join(dest, dirent.name);
      if (opts.filter && !(await opts.filter(srcItem, destItem))) continue;
      const { destStat } = await checkPaths(srcItem, destItem, opts);
      await getStatsForCopy(destStat, srcItem, destItem, opts);
    }
  } finally {
    await dir.close();
  }
}

async function onLink(destStat, src, dest, opts) {
  let resolvedSrc = await fsp.readlink(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) return fsp.symlink(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = await fsp.readlink(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fsp.symlink(resolvedSrc, dest);
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
  if ((await fsp.stat(dest)).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, 'EINVAL', EINVAL);
  }
  await fsp.unlink(dest);
  return fsp.symlink(resolvedSrc, dest);
}

async function cpFn(src, dest, opts) {
  if (opts.filter && !(await opts.filter(src, dest))) return;
  const { destStat } = await checkPaths(src, dest, opts);
  const parent = pathModule.dirname(dest);
  if (!(await exists(parent))) await fsp.mkdir(parent, { recursive: true });
  return getStatsForCopy(destStat, src, dest, opts);
}

module.exports = { cpFn };
