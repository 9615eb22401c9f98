package host

import "testing"

// TestUtilGetCallSites checks util.getCallSites (a Node 22 API the core-library
// issue asks for; Node v20 has none, so no recording can check it): frames
// innermost first, V8's 1-based columns, the frame count and its validation,
// and that util's enumerable keys stay Node v20's.
func TestUtilGetCallSites(t *testing.T) {
	checkOutput(t, `'use strict';
const util = require('util');
function inner() { return util.getCallSites(2); }
function outer() { return inner(); }
for (const s of outer()) console.log(s.functionName, s.scriptName === __filename, s.lineNumber, s.column, s.columnNumber);
console.log(util.getCallSites().length > 0, Object.keys(util).includes('getCallSites'));
for (const bad of [0, 201, 'x']) {
  try { util.getCallSites(bad); } catch (e) { console.log(e.code); }
}
`, `inner true 3 32 32
outer true 4 27 27
true false
ERR_OUT_OF_RANGE
ERR_OUT_OF_RANGE
ERR_INVALID_ARG_TYPE
`)
}
