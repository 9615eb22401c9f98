'use strict';

// _stream_transform — Node's old name for stream.Transform, kept for compatibility.

module.exports = require('stream').Transform;
