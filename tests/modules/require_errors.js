// Errors from require: not found, bad JSON, a throwing module, bad arguments.
const path = require('path');
const show = (fn) => {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.code, '|', e.message.split(__dirname).join('<dir>').split('\n').join(' / '));
    if (e.requireStack) console.log(' requireStack', e.requireStack.map((p) => path.relative(__dirname, p)));
  }
};
show(() => require('./fixtures/missing'));
show(() => require('no-such-package'));
show(() => require('./fixtures/broken.json'));
show(() => require('./fixtures/throws'));
show(() => require('./fixtures/throws'));
show(() => require(''));
show(() => require(42));
show(() => require('node:nope'));
show(() => require.resolve('./fixtures/missing'));
