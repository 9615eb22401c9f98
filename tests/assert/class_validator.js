'use strict';
// A class (not an Error) as the validation of throws/doesNotThrow/rejects is called without new:
// V8's TypeError, which names the class.
const assert = require('assert');
class X {}
try { assert.throws(() => { throw 1; }, X); } catch (e) { console.log(e.name, e.message); }
try { assert.doesNotThrow(() => { throw 1; }, X); } catch (e) { console.log(e.name, e.message); }
try { assert.throws(() => { throw new X(); }, X); console.log('instance passes'); } catch (e) { console.log(e.message); }
assert.rejects(Promise.reject(1), X).catch((e) => console.log('rejects:', e.name, e.message));
assert.doesNotReject(Promise.reject(1), class Y {}).catch((e) => console.log('doesNotReject:', e.name, e.message));
