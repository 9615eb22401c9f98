'use strict';

// constants — Node's deprecated (DEP0008, documentation only) flat table: os.constants.dlopen,
// errno, priority and signals, then fs.constants and crypto.constants, in that order.

const { constants: os } = require('os');
const { constants: fs } = require('fs');
const { constants: crypto } = require('crypto');

module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno, os.priority, os.signals,
  fs, crypto));
