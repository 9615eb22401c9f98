'use strict';

// _stream_readable — Node's old name for stream.Readable, kept for compatibility.

module.exports = require('stream').Readable;
