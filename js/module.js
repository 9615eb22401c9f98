'use strict';

// module — the CommonJS Module class, which carries builtinModules, createRequire, isBuiltin and
// the loader's internals.

module.exports = require('internal/modules/cjs/loader').Module;
