'use strict';
// Thrown from a timer callback.
setTimeout(function onTimer() {
  throw new Error('from a timer');
}, 1);
