'use strict';

// _stream_duplex — Node's old name for stream.Duplex, kept for compatibility.

module.exports = require('stream').Duplex;
