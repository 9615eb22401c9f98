'use strict';

// assert/strict — assert.strict (a stub until gonode's assert module).

module.exports = require('assert').strict;
