'use strict';

// _stream_passthrough — Node's old name for stream.PassThrough, kept for compatibility.

module.exports = require('stream').PassThrough;
