'use strict';
// An unhandled rejection: the report points at where the error was made.
function reject() {
  return Promise.reject(new Error('rejected'));
}
reject();
