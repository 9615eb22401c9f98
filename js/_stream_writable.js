'use strict';

// _stream_writable — Node's old name for stream.Writable, kept for compatibility.

module.exports = require('stream').Writable;
