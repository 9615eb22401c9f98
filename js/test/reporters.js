'use strict';

// node:test/reporters — a stub until gonode has the test runner: every reporter throws
// ERR_NOT_IMPLEMENTED (lcov, a stream in Node, when it is read).

const { define, fns, getter } = require('internal/stub');

module.exports = define('test.reporters', { ...fns('dot junit spec tap'), lcov: getter });
