'use strict';

// URLSearchParams: construction from strings, records, iterables and other instances; every
// method; the form-urlencoded parser and serializer; ordering of sort(); the live link with
// URL.searchParams; argument and this-value errors.

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

const list = (p) => JSON.stringify([...p]);

// Parsing strings.
for (const s of ['', '?', '??a=b', 'a=b', '?a=b&c=d', 'a', 'a=', '=b', '=', '&&a=1&&', 'a=1&a=2&a=3',
  'a=b=c', 'a+b=c+d', 'a%20b=c%2Bd', '%zz=%', '%41%42=%e2%82%ac', '%E2%82=%ff', 'a=%F0%9F%98%80',
  'a=\ud800', '%ed%a0%80=x', 'a=%4+1', 'é=ü', 'a=%41é%', 'k=%41%', 'x%2=y%2', '+=+',
  'a=1;b=2', 'a=1&b', '&', '==', 'a==', 'a&=b', '\u00a0=x', 'a=%C3%A9%', '%=%25',
  'q=%%41', 'q=%4%41', 'q=%g1%41']) {
  const p = new URLSearchParams(s);
  console.log(JSON.stringify(s), list(p), JSON.stringify(p.toString()), p.size);
}

// Records and iterables.
show('record', () => list(new URLSearchParams({ a: 1, b: 'two', c: null, d: undefined, e: [1, 2] })));
show('record order', () => list(new URLSearchParams({ b: 1, a: 2, 10: 'x', 2: 'y' })));
show('record non-enumerable', () => {
  const o = { a: 1 };
  Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
  return list(new URLSearchParams(o));
});
show('record lone surrogate keys', () => list(new URLSearchParams({ '\ud800': 'x', '\ufffd': 'y' })));
show('record symbol key', () => list(new URLSearchParams({ [Symbol('s')]: 1 })));
show('null proto record', () => list(new URLSearchParams(Object.assign(Object.create(null), { x: 'y' }))));
show('array pairs', () => list(new URLSearchParams([['a', '1'], ['b', 2], ['a', 3]])));
show('map', () => list(new URLSearchParams(new Map([['m', 1], ['n', 2]]))));
show('set of pairs', () => list(new URLSearchParams(new Set([['s', 't']]))));
show('generator', () => list(new URLSearchParams((function* () { yield ['g', 1]; yield new Set(['h', 2]); })())));
show('string pairs', () => list(new URLSearchParams(['ab', 'cd'])));
show('bad pair length', () => new URLSearchParams([['a']]));
show('bad pair 3', () => new URLSearchParams([['a', 'b', 'c']]));
show('bad pair null', () => new URLSearchParams([null]));
show('bad pair number', () => new URLSearchParams([1]));
show('bad pair string 3', () => new URLSearchParams(['abc']));
show('non-callable iterator', () => new URLSearchParams({ [Symbol.iterator]: 1 }));
show('copy', () => {
  const a = new URLSearchParams('x=1');
  const b = new URLSearchParams(a);
  b.append('y', '2');
  return `${a} | ${b}`;
});
show('number init', () => list(new URLSearchParams(12)));
show('boolean init', () => list(new URLSearchParams(true)));
show('function init', () => list(new URLSearchParams(function f() {})));
show('url params init', () => list(new URLSearchParams(new URL('http://h/?q=1').searchParams)));

// Methods.
const p = new URLSearchParams('a=1&b=2&a=3&c=4');
show('get a', () => p.get('a'));
show('get missing', () => p.get('zz'));
show('getAll a', () => p.getAll('a'));
show('getAll missing', () => p.getAll('zz'));
show('has a', () => p.has('a'));
show('has a 3', () => p.has('a', '3'));
show('has a 5', () => p.has('a', '5'));
show('has a undefined', () => p.has('a', undefined));
show('has zz', () => p.has('zz'));
show('size', () => p.size);
p.append('d', 'x y');
show('after append', () => p.toString());
p.set('a', 'z');
show('after set a', () => p.toString());
p.set('new', '1');
show('after set new', () => p.toString());
p.append('b', '5');
p.delete('b', '2');
show('after delete b 2', () => p.toString());
p.delete('b');
show('after delete b', () => p.toString());
p.delete('b');
show('delete again', () => p.toString());
p.append(1, 2);
p.append(null, undefined);
show('non-string args', () => p.toString());
show('entries', () => JSON.stringify([...p.entries()]));
show('keys', () => JSON.stringify([...p.keys()]));
show('values', () => JSON.stringify([...p.values()]));
show('spread', () => JSON.stringify([...p]));
show('forEach', () => {
  const out = [];
  p.forEach(function (v, k, o) { out.push(`${k}=${v}:${o === p}:${this.tag}`); }, { tag: 't' });
  return out.join(',');
});
show('forEach mutating', () => {
  const q = new URLSearchParams('a=1&b=2&c=3');
  const seen = [];
  q.forEach((v, k) => {
    seen.push(k);
    if (k === 'a') q.delete('b');
    if (k === 'c') q.append('d', '4');
  });
  return seen.join(',');
});
show('iterator after change', () => {
  const q = new URLSearchParams('a=1&b=2');
  const it = q.keys();
  const first = it.next().value;
  q.append('c', '3');
  return [first, ...it].join(',');
});
show('iterator done', () => {
  const it = new URLSearchParams('a=1').values();
  it.next();
  return JSON.stringify([it.next(), it.next()]);
});
show('iterator proto', () => {
  const it = new URLSearchParams('').entries();
  const proto = Object.getPrototypeOf(it);
  return [Object.prototype.toString.call(it), typeof it[Symbol.iterator], it[Symbol.iterator]() === it,
    Object.getOwnPropertyNames(proto).join(','), proto.hasOwnProperty('constructor'),
    Object.keys(proto).join(',')].join(' ');
});

// Sorting: stable, by UTF-16 code units.
for (const s of ['z=1&a=2&m=3&a=1', 'b=1&a=1&b=0&a=0', '\ufffd=x&\u00e9=y&e=z&%F0%9F%98%80=w&\uffff=v',
  '', 'a=1', 'a=2&a=1', 'B=1&a=1&A=1&b=1', '10=a&9=b&1=c']) {
  const q = new URLSearchParams(s);
  q.sort();
  console.log('sort', JSON.stringify(s), q.toString());
}
{
  const many = [];
  for (let i = 0; i < 150; i++) many.push(`k${(i * 37) % 50}=${i}`);
  const q = new URLSearchParams(many.join('&'));
  q.sort();
  console.log('sort many', q.toString(), q.size);
  const u = new URL('http://h/');
  for (let i = 0; i < 200; i++) u.searchParams.append(`n${i}`, `v ${i}`);
  console.log('long query', u.search.length, u.href);
}

// Serialization.
for (const [k, v] of [['a b', 'c d'], ['+', '+'], ['&', '='], ['é', '€'], ['*-._', '~!\'()'],
  ['\u0000\u001f', '\u007f'], ['😀', '\ud83d'], ['%', '%25'], ['/?#', '[]@']]) {
  const q = new URLSearchParams();
  q.append(k, v);
  console.log('serialize', JSON.stringify([k, v]), q.toString(), list(new URLSearchParams(q.toString())));
}

// The link with URL.searchParams.
const u = new URL('http://h/p?a=1&b=2#frag');
const sp = u.searchParams;
show('same object', () => u.searchParams === sp);
sp.append('c', '3 4');
show('href after append', () => u.href);
sp.sort();
show('href after sort', () => u.href);
u.search = '?x=9';
show('params after search set', () => list(sp));
u.href = 'http://other/?y=8';
show('params after href set', () => list(sp));
u.search = '';
show('params after search cleared', () => `${list(sp)} ${u.href}`);
sp.append('q', '');
show('href with empty value', () => u.href);
sp.delete('q');
show('href after emptying', () => `${u.href} ${JSON.stringify(u.search)}`);
show('toString/JSON', () => `${u.toString()} ${JSON.stringify({ u })}`);
const v = new URL('http://h/?a=%zz&b=%41');
show('raw search kept', () => `${v.search} ${v.searchParams.get('a')} ${v.searchParams.get('b')} ${v.href}`);
v.searchParams.set('c', '1');
show('search re-serialized', () => v.href);
const w = new URL('sc:opaque?x=1');
w.searchParams.set('x', '2');
show('opaque url params', () => w.href);
const x = new URL('http://h/?a=1');
x.searchParams.delete('a');
show('deleting last param', () => `${x.href} ${JSON.stringify(x.search)}`);

// Errors.
show('append no args', () => new URLSearchParams().append('a'));
show('set no args', () => new URLSearchParams().set());
show('get no args', () => new URLSearchParams().get());
show('getAll no args', () => new URLSearchParams().getAll());
show('has no args', () => new URLSearchParams().has());
show('delete no args', () => new URLSearchParams().delete());
show('forEach no callback', () => new URLSearchParams().forEach());
show('forEach bad callback', () => new URLSearchParams().forEach(1));
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  show(`${m} bad this`, () => URLSearchParams.prototype[m].call({}, 'a', 'b'));
}
show('size bad this', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
show('iterator next bad this', () => new URLSearchParams().keys().next.call({}));
show('call without new', () => { try { URLSearchParams(); } catch (e) { return e instanceof TypeError; } });

// Shape.
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join(','));
console.log(Object.keys(URLSearchParams.prototype).join(','));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
console.log(Object.prototype.toString.call(new URLSearchParams()), URLSearchParams.name, URLSearchParams.length);
console.log(String(new URLSearchParams('a=1')), `${new URLSearchParams({ a: 'b c' })}`);
