'use strict';
// A rethrown error: the report points at the rethrow, the stack at its creation.
const err = new TypeError('made here');
err.code = 'E_CODE';
function rethrow() {
    throw err;
}
rethrow();
