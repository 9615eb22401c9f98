'use strict';
// emit('error', nonError) with no listener: ERR_UNHANDLED_ERROR, thrown from node:events.
const EventEmitter = require('events');
const e = new EventEmitter();
e.emit('error', 'a string');
