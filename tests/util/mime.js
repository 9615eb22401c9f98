// util.MIMEType and util.MIMEParams: parsing (whitespace, case, quoted strings, skipped
// parameters), serialization, the params map API, setters, and ERR_INVALID_MIME_SYNTAX.
'use strict';
const { MIMEType, MIMEParams, inspect } = require('util');

function t(label, fn) {
  try {
    console.log(label, inspect(fn()));
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message));
  }
}
// Errors raised by the engine itself (brand checks, `new`) keep only their type.
function engine(label, fn) {
  try {
    console.log(label, inspect(fn()));
  } catch (err) {
    console.log(label, 'THROW', err.constructor.name);
  }
}

const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar ;baz="a\\"b"');
console.log(m);
console.log(String(m), JSON.stringify(m), m.type, m.subtype, m.essence);
console.log(m.params, [...m.params], [...m.params.keys()], [...m.params.values()], [...m.params.entries()]);
console.log(JSON.stringify({ m, p: m.params }));
console.log(Object.getOwnPropertyNames(MIMEParams.prototype), Object.getOwnPropertyNames(MIMEType.prototype));
console.log(Object.getOwnPropertySymbols(MIMEParams.prototype), Object.getOwnPropertySymbols(MIMEType.prototype));
console.log(Object.keys(m), Object.keys(m.params), typeof MIMEType, typeof MIMEParams, MIMEType.length);
console.log(MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries,
            MIMEType.prototype.toJSON === MIMEType.prototype.toString);

t('new MIMEParams', () => [new MIMEParams(), String(new MIMEParams())]);
t('bad type', () => new MIMEType('te xt/html'));
t('no slash', () => new MIMEType('text'));
t('empty', () => new MIMEType(''));
t('bad subtype', () => new MIMEType('text/ht ml'));
t('empty subtype', () => new MIMEType('text/;a=b'));
t('type weird', () => new MIMEType('t(e)xt/html'));
t('type ws only', () => new MIMEType('   '));
t('subtype ws', () => new MIMEType('a/   '));
t('subtype leading space', () => new MIMEType('a/ b'));
t('type leading ws', () => String(new MIMEType(' \t\r\n a/b')));
t('ws', () => String(new MIMEType('  \t text/plain  ;  a = b ; c=d  ')));
t('case', () => String(new MIMEType('APPLICATION/JSON;CHARSET=UTF-8')));
t('dup params', () => String(new MIMEType('a/b;x=1;x=2;X=3')));
t('no value', () => String(new MIMEType('a/b;x;y=;z=1')));
t('quoted unterminated', () => String(new MIMEType('a/b;x="abc')));
t('quoted backslash end', () => String(new MIMEType('a/b;x="abc\\')));
t('quoted trailing', () => String(new MIMEType('a/b;x="abc" junk;y=2')));
t('quoted semicolon', () => String(new MIMEType('a/b;x="a;b";y=2')));
t('empty quoted', () => String(new MIMEType('a/b;x=""')));
t('param quoted unescape', () => new MIMEType('a/b;c="\\a\\"b"').params.get('c'));
t('ws before eq', () => String(new MIMEType('a/b;c =d')));
t('ws after eq', () => String(new MIMEType('a/b;c= d')));
t('many semis', () => String(new MIMEType('a/b;;;c=d;;')));
t('trailing semicolon', () => String(new MIMEType('text/html;')));
t('unicode value', () => String(new MIMEType('a/b;x=é')));
t('non latin value', () => String(new MIMEType('a/b;x=€')));
t('non token name', () => String(new MIMEType('a/b;x€=1;y=2')));
t('non-string ctor', () => String(new MIMEType({ toString() { return 'x/y'; } })));
t('encode', () => {
  const p = new MIMEType('a/b').params;
  p.set('k', 'has space');
  p.set('e', '');
  p.set('q', 'a"b\\c');
  p.set('t', 'token');
  return String(p);
});
t('set bad name', () => new MIMEType('a/b').params.set('a b', 'x'));
t('set empty name', () => new MIMEType('a/b').params.set('', 'x'));
t('set bad value', () => new MIMEType('a/b').params.set('a', 'x\ny'));
t('set upper name', () => { const p = new MIMEType('a/b').params; p.set('ABC', 'x'); return [String(p), p.get('abc'), p.get('ABC')]; });
t('set coerce', () => { const p = new MIMEType('a/b').params; p.set(1, 2); return [String(p), p.get('1'), p.get(1)]; });
t('set replaces in place', () => { const x = new MIMEType('a/b;p=1;q=2'); x.params.set('p', '3'); return String(x); });
t('get missing', () => new MIMEType('a/b').params.get('nope'));
t('has', () => [new MIMEType('a/b;c=d').params.has('c'), new MIMEType('a/b;c=d').params.has('C')]);
t('delete', () => { const x = new MIMEType('a/b;c=d;e=f'); x.params.delete('c'); x.params.delete('zz'); return String(x); });
t('set type', () => { const x = new MIMEType('a/b;c=d'); x.type = 'TEXT'; return [String(x), x.essence]; });
t('set subtype', () => { const x = new MIMEType('a/b'); x.subtype = 'PLAIN'; return [String(x), x.essence]; });
t('set type bad', () => { const x = new MIMEType('a/b'); x.type = 'te xt'; });
t('set type empty', () => { const x = new MIMEType('a/b'); x.type = ''; });
t('set subtype bad', () => { const x = new MIMEType('a/b'); x.subtype = 'x/y'; });
t('params live', () => { const x = new MIMEType('a/b'); const p = x.params; p.set('z', '1'); return [x.params === p, String(x)]; });
engine('call', () => MIMEType('a/b'));
engine('toString other this', () => MIMEType.prototype.toString.call({}));
engine('params other this', () => MIMEParams.prototype.get.call({}, 'a'));
