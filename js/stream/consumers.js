'use strict';

// stream/consumers — a stub until gonode has streams: every function throws ERR_NOT_IMPLEMENTED.

const { define, fns } = require('internal/stub');

module.exports = define('stream.consumers', fns('arrayBuffer blob buffer text json'));
