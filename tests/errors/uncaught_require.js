'use strict';
// Thrown while a required module loads.
require('./fixtures/throws.js');
