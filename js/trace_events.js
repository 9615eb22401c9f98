'use strict';

// trace_events — gonode has no trace event recorder: both functions throw ERR_NOT_IMPLEMENTED.

const { define, fns } = require('internal/stub');

module.exports = define('trace_events', fns('createTracing getEnabledCategories'));
