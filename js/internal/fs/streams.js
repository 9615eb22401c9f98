'use strict';

// internal/fs/streams — fs.ReadStream and fs.WriteStream. They need Node's stream classes,
// which gonode does not have yet: until then they are stubs that throw ERR_NOT_IMPLEMENTED
// (ReadStream is a stream.Readable, WriteStream a stream.Writable, as in Node).

const { Readable, Writable } = require('stream');
const { cls, define } = require('internal/stub');

const { ReadStream, WriteStream } = define('fs', {
  ReadStream: cls(Readable),
  WriteStream: cls(Writable),
});

module.exports = { ReadStream, WriteStream };
