'use strict';
// An uncaught error thrown in a function: the report points at the throw.
function fail() {
  throw new Error('boom');
}
fail();
