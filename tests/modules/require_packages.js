// node_modules lookup, package.json main, exports maps, imports, scoped packages.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const show = (fn) => {
  try {
    console.log(fn());
  } catch (e) {
    console.log(e.code, '|', e.message.split(__dirname).join('<dir>').split('\n')[0]);
  }
};
process.chdir(path.join(__dirname, 'fixtures'));
const req = require('module').createRequire(path.join(__dirname, 'fixtures', 'x.js'));
show(() => req('pkg-main'));
show(() => req('pkg-main/lib/other'));
show(() => rel(req.resolve('pkg-main')));
show(() => req('pkg-exports'));
show(() => req('pkg-exports/feature'));
show(() => req('pkg-exports/utils/a'));
show(() => req('pkg-exports/src/hidden.js'));
show(() => req('pkg-exports/private/x'));
show(() => req('pkg-exports/package.json').name);
show(() => req('@scope/pkg'));
show(() => req('pkg-imports'));
show(() => req.resolve.paths('pkg-main').slice(0, 2).map(rel));
show(() => req.resolve.paths('./x').map(rel));
