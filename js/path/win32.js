'use strict';

// path/win32 — the same object as require('path').win32.

module.exports = require('path').win32;
