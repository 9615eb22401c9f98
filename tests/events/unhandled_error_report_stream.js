'use strict';
// A stream destroyed with an error nobody listens to: the report says it was emitted on a Readable.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.destroy(new Error('kaput'));
