'use strict';
// Runaway recursion is reported as V8's RangeError.
function recurse(n) {
  return recurse(n + 1) + 1;
}
recurse(0);
