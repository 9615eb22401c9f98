'use strict';

// fs/promises — the promise API; it lives in internal/fs/promises with FileHandle.

module.exports = require('internal/fs/promises').exports;
