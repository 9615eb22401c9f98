'use strict';

// fs — a stub until gonode's fs module: fs.constants (and F_OK…X_OK) are real, the classes
// exist (ReadStream is a stream.Readable, WriteStream a stream.Writable), every function
// throws ERR_NOT_IMPLEMENTED.
//
// The constants are Node's for the current platform (Linux, with the arm differences, and
// macOS); once gonode has an fs binding they should come from it instead.

const { Readable, Writable } = require('stream');
const { cls, constants, define, fns, stubFunction } = require('internal/stub');

function platformConstants() {
  if (process.platform === 'darwin') {
    return {
      UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
      UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
      UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
      EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440,
      S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960,
      S_IFSOCK: 49152, O_CREAT: 512, O_EXCL: 2048, UV_FS_O_FILEMAP: 0, O_NOCTTY: 131072,
      O_TRUNC: 1024, O_APPEND: 8, O_DIRECTORY: 1048576, O_NOFOLLOW: 256, O_SYNC: 128,
      O_DSYNC: 4194304, O_SYMLINK: 2097152, O_NONBLOCK: 4, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128,
      S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4,
      S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1,
      COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
      UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
    };
  }
  const linux = {
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
    EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
    S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
    UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
    O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
    O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
    S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0,
    R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2,
    COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
  };
  if (process.arch === 'arm64' || process.arch === 'arm') {
    linux.O_DIRECTORY = 16384;
    linux.O_NOFOLLOW = 32768;
    linux.O_DIRECT = 65536;
  }
  return linux;
}

const fsConstants = constants(platformConstants(), null);

const ReadStream = define('fs', { ReadStream: cls(Readable) }).ReadStream;
const WriteStream = define('fs', { WriteStream: cls(Writable) }).WriteStream;

const fs = define('fs', {
  ...fns('appendFile appendFileSync access accessSync chown chownSync chmod chmodSync close'),
  ...fns('closeSync copyFile copyFileSync cp cpSync createReadStream createWriteStream exists'),
  ...fns('existsSync fchown fchownSync fchmod fchmodSync fdatasync fdatasyncSync fstat fstatSync'),
  ...fns('fsync fsyncSync ftruncate ftruncateSync futimes futimesSync lchown lchownSync'),
  // lchmod exists only where the OS has it (macOS); Node leaves it undefined elsewhere.
  ...(process.platform === 'darwin' ? fns('lchmod lchmodSync') :
    { lchmod: undefined, lchmodSync: undefined }),
  ...fns('link linkSync lstat lstatSync lutimes lutimesSync mkdir mkdirSync mkdtemp mkdtempSync'),
  ...fns('open openSync openAsBlob readdir readdirSync read readSync readv readvSync readFile'),
  ...fns('readFileSync readlink readlinkSync realpath realpathSync rename renameSync rm rmSync'),
  ...fns('rmdir rmdirSync stat statfs statSync statfsSync symlink symlinkSync truncate'),
  ...fns('truncateSync unwatchFile unlink unlinkSync utimes utimesSync watch watchFile writeFile'),
  ...fns('writeFileSync write writeSync writev writevSync'),
  Dirent: cls(),
  Stats: cls(),
  ReadStream,
  WriteStream,
  FileReadStream: ReadStream, // Node's legacy aliases
  FileWriteStream: WriteStream,
  ...fns('_toUnixTimestamp'),
  Dir: cls(),
  ...fns('opendir opendirSync'),
  F_OK: fsConstants.F_OK,
  R_OK: fsConstants.R_OK,
  W_OK: fsConstants.W_OK,
  X_OK: fsConstants.X_OK,
  constants: fsConstants,
});

fs.realpath.native = stubFunction('fs.realpath.native', 'native');
fs.realpathSync.native = stubFunction('fs.realpathSync.native', 'native');

// A getter, as in Node, so that fs/promises (which reads fs.constants) can load first.
Object.defineProperty(fs, 'promises', {
  __proto__: null,
  get() { return require('fs/promises'); },
  enumerable: true,
  configurable: true,
});

module.exports = fs;
