'use strict';

// punycode — a stub until gonode's punycode (deprecated in Node, DEP0040, without a warning on
// require in v20): every function throws ERR_NOT_IMPLEMENTED.

const { define, fns } = require('internal/stub');

module.exports = define('punycode', {
  version: '2.1.0',
  ucs2: define('punycode.ucs2', fns('decode encode')),
  ...fns('decode encode toASCII toUnicode'),
});
