'use strict';

// node:test — a stub until gonode has the test runner: the module is the test() function,
// carrying describe/it/suite and the hooks (it is test, suite is describe); every one of them
// throws ERR_NOT_IMPLEMENTED.

const { define, fns, getter, stubFunction } = require('internal/stub');

// A test-defining function with its .skip, .todo and .only variants.
function withVariants(name) {
  return define(`test.${name}`, fns('skip todo only'), stubFunction(`test.${name}`, name));
}

const test = withVariants('test');
const describe = withVariants('describe');

define('test', {
  ...fns('after afterEach before beforeEach'),
  describe,
  it: test, // aliases, as in Node
  ...fns('run'),
  suite: describe,
  test,
  // A MockTracker in Node, whose methods live on its prototype.
  mock: Object.create(define('test.mock', {
    timers: getter,
    ...fns('fn method getter setter reset restoreAll'),
  })),
}, test);

module.exports = test;
