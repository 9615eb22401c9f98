'use strict';

// wasi — a stub until gonode runs WebAssembly: constructing a WASI throws ERR_NOT_IMPLEMENTED.
// Requiring it warns, as Node's experimental module does.

const { cls, define } = require('internal/stub');

process.emitWarning('WASI is an experimental feature and might change at any time',
                    'ExperimentalWarning');

module.exports = define('wasi', { WASI: cls() });
