'use strict';
// throw null.
throw null;
