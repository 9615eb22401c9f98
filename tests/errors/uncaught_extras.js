'use strict';
// Extra properties and a cause are shown after the stack.
const e = new RangeError('with extras', { cause: 'the cause' });
e.code = 'ERR_EXTRA';
e.info = { depth: 1 };
throw e;
