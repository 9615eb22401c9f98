// require.extensions: a registered extension is probed and loaded by its handler.
const path = require('path');
require.extensions['.txtmod'] = function (module, filename) {
  require.extensions['.js'](module, filename);
};
console.log(require('./fixtures/ext/thing'));
console.log(path.relative(__dirname, require.resolve('./fixtures/ext/thing')));
delete require.extensions['.txtmod'];
try {
  require.resolve('./fixtures/ext/other');
} catch (e) {
  console.log(e.code);
}
console.log(Object.keys(require.extensions).join(','));
