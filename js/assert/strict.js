'use strict';

// assert/strict — assert.strict: the assert API with the strict comparisons as the defaults.

module.exports = require('assert').strict;
