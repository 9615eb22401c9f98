'use strict';

// sys — Node's old name for util (DEP0025, warned about on require).

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');

module.exports = require('util');
