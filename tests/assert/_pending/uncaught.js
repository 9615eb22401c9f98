'use strict';
// How an uncaught AssertionError is reported: Node prints the throw site inside node:assert and
// inspects the error with customInspect off (actual/expected in full, to depth 5).
const assert = require('assert');

assert.deepStrictEqual({ a: 1, nested: { b: { c: { d: [1, 2] } } } }, { a: 2, nested: { b: { c: { d: [1, 3] } } } });
