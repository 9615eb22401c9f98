'use strict';

// The util/types module: the same object as require('util').types.

module.exports = require('internal/util/inspect').types;
