// %s prints Node objects (Buffer, URL) with String(), engine objects with inspect; a URL without custom inspect is its href.
const util = require('util');
console.log(util.format('%s', Buffer.from('hi')));
console.log(util.format('%s|%d|%i', new URL('http://a.b/c'), 10n, '42.5'));
console.log(Buffer.from('hello'), [Buffer.from('x')]);
console.log(util.format('%s', { toString() { return 'custom'; } }), util.format('%s', [1, [2]]));
console.log(util.inspect(new URL('http://x.y/'), { customInspect: false }).slice(0, 40));
