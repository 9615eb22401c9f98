'use strict';
// An error the engine throws.
function call() {
  return notDefinedAnywhere();
}
call();
