'use strict';

// string_decoder — a stub until gonode's Buffer: constructing a StringDecoder throws
// ERR_NOT_IMPLEMENTED.

const { cls, define } = require('internal/stub');

module.exports = define('string_decoder', { StringDecoder: cls() });
