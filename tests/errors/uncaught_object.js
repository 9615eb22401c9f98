'use strict';
// A thrown object that is not an error.
function f() {
    throw { code: 42, nested: { a: [1, 2] } };
}
f();
