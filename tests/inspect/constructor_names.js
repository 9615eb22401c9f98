'use strict';
// The name util.inspect gives an object none of whose prototypes carries a
// usable constructor: V8's own name for it (a string Symbol.toStringTag or a
// 'constructor' function found as data properties on the chain), and the
// name a null-prototype object goes by, also at the depth limit.
const util = require('util');

function show(label, value, options) {
  console.log(`${label}: ${util.inspect(value, options)}`);
}

const tagged = Object.create(null, { [Symbol.toStringTag]: { value: 'T' } });
show('tag on prototype', Object.create(tagged));
show('tag two prototypes up', Object.create(Object.create(tagged)));
show('tag getter', Object.create(Object.create(null, { [Symbol.toStringTag]: { get() { return 'G'; } } })));
show('tag not a string', Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 5 } })));
show('tag behind a proxy', Object.create(new Proxy(tagged, {})));
show('constructor on prototype', Object.create(Object.create(null, { constructor: { value: function Foo() {} } })));
show('constructor named Object', Object.create(Object.create(null, { constructor: { value: function Object() {} } })));
show('constructor getter', Object.create(Object.create(null, { constructor: { get() { return function Foo() {}; } } })));
show('tag and constructor', Object.create(Object.create(null, {
  constructor: { value: class Bar {} },
  [Symbol.toStringTag]: { value: 'T2' },
})));
show('tag not a string, constructor', Object.create(Object.create(null, {
  constructor: { value: class Bar {} },
  [Symbol.toStringTag]: { value: 5 },
})));
show('usable constructor wins', Object.create({ constructor: function Foo() {} }));
show('array under a tagged null prototype', Object.setPrototypeOf([1], tagged));

const own = Object.create(null);
own[Symbol.toStringTag] = 'Own';
const hidden = Object.create(null, { [Symbol.toStringTag]: { value: 'N' } });
const empty = Object.create(null);
empty[Symbol.toStringTag] = '';
for (const [label, value] of [['own tag', own], ['hidden tag', hidden], ['empty tag', empty]]) {
  show(label, value);
  show(`${label} at depth limit`, { x: value }, { depth: 0 });
  show(`${label} showHidden`, value, { showHidden: true });
  show(`${label} showHidden at depth limit`, { x: value }, { depth: 0, showHidden: true });
  show(`${label} as prototype`, Object.create(value));
}
