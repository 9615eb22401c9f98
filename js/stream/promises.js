'use strict';

// stream/promises — a stub until gonode has streams: both functions throw ERR_NOT_IMPLEMENTED.

const { define, fns } = require('internal/stub');

module.exports = define('stream.promises', fns('finished pipeline'));
