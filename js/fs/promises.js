'use strict';

// fs/promises — a stub until gonode's fs module: constants is fs.constants, every function
// throws ERR_NOT_IMPLEMENTED.

const { define, fns } = require('internal/stub');

module.exports = define('fs.promises', {
  ...fns('access copyFile cp open opendir rename truncate rm rmdir mkdir readdir readlink'),
  ...fns('symlink lstat stat statfs link unlink chmod lchmod lchown chown utimes lutimes'),
  ...fns('realpath mkdtemp writeFile appendFile readFile watch'),
  constants: require('fs').constants,
});
