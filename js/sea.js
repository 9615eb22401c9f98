'use strict';

// node:sea — single executable applications. gonode is never one, so isSea() is false; reading
// assets throws ERR_NOT_IMPLEMENTED.

const { define, fns } = require('internal/stub');

module.exports = define('sea', {
  isSea() { return false; },
  ...fns('getAsset getRawAsset getAssetAsBlob'),
});
