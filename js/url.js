'use strict';

// url — a stub until gonode's URL support: the legacy Url, URL and URLSearchParams exist as
// classes, and constructing them or calling any function throws ERR_NOT_IMPLEMENTED.

const { cls, define, fns } = require('internal/stub');

module.exports = define('url', {
  Url: cls(),
  ...fns('parse resolve resolveObject format'),
  URL: cls(null, fns('parse canParse createObjectURL revokeObjectURL')),
  URLSearchParams: cls(),
  ...fns('domainToASCII domainToUnicode pathToFileURL fileURLToPath urlToHttpOptions'),
});
