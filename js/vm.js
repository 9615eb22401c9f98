'use strict';

// vm — a stub until gonode's contexts: vm.constants are Node's symbols, Script exists, and
// constructing it or calling any function throws ERR_NOT_IMPLEMENTED.

const { cls, define, fns } = require('internal/stub');

module.exports = define('vm', {
  Script: cls(),
  ...fns('createContext createScript runInContext runInNewContext runInThisContext isContext'),
  ...fns('compileFunction measureMemory'),
  constants: Object.freeze({
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
});
