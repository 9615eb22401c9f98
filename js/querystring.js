'use strict';

// querystring — a stub until gonode's querystring: every function throws ERR_NOT_IMPLEMENTED.
// encode and decode are the same functions as stringify and parse, as in Node.

const { define, fns } = require('internal/stub');

const qs = define('querystring', fns('unescapeBuffer unescape escape stringify encode parse'));
qs.encode = qs.stringify;
qs.decode = qs.parse;

module.exports = qs;
