'use strict';

// path.matchesGlob (experimental in Node v20: one ExperimentalWarning on
// stderr at first use). Each line is one pattern against every path of the
// table, in both flavours: 1 = match, 0 = no match.

const path = require('path');

process.on('warning', (w) => console.log(`warning event: ${w.name} ${JSON.stringify(w.message)} ${w.code}`));

const paths = [
  '', 'a', 'b', 'ab', 'abc', 'a.js', '.a', '.js', 'x.y.z', 'a/b', 'a/b/c', 'a/b.js', 'a/.b', 'a/./b', 'a/../b', '/a',
  '/a/b', '//a', 'a/', 'a//b', 'a\\b', 'src/lib/index.js', 'src/.hidden/x.js', 'C:\\x\\y.js', 'C:/x', 'c:/x',
  '//?/C:/x', '\\\\srv\\share\\f', 'é', 'A', 'a-b', 'a[b]', '?', '*', 'a{b}', '1', '10', 'a,b', '(a)', 'a b',
];

const patterns = [
  '', 'a', 'A', '*', '**', '***', '?', '??', '???', '*.js', '**/*.js', 'a/*', 'a/**', 'a/**/b', '**/b', '*/b',
  'a/*/c', '/*', '/**', '/a', '//a', 'a/', 'a//b', 'a\\b', 'a\\*', '[ab]', '[!a]', '[^a]', '[a-c]*', '[z-a]',
  '[]', '[!]', '[a-]', '[-a]', '[[]', '[]]', '[.]*', '.*', '*.*', '*.', 'a.*', '.a', '[[:alpha:]]', '[[:digit:]]*',
  '[[:upper:]]', '[[:lower:]]', '[[:alnum:]]*', '[^[:alpha:]]', '[[:space:]]', '[[:xdigit:]]', '[[:ascii:]]',
  '[[:punct:]]', '[[:word:]]*', '[a[:digit:]]', '[[:bogus:]]', '{a,b}', '{a,b}*', 'a{,.js}', '{1..3}', '{1..10}',
  '{a..c}', '{01..10}', '{a,{b,c}}', '{}', '{a}', 'a{}', '{,}', '{a,}', '{*,.*}', '@(a|b)', '@(a|b)*', '+(a|b)',
  '*(a)', '?(a|b)', '!(a)', '!(a)*', '!(a|b)', '!(*.js)', '!(.a)', '!()', '@()', '*()', 'a!(b)', 'a@(b|.js)',
  '+(a|b|c)', '@(a', '!(a', 'a(b)', 'a|b', '(a)', 'a?b', 'a b', 'a\\ b', 'a[b]', 'a\\[b\\]', 'a{b}', '\\*', '\\?',
  '**/.*', '**/.hidden/*', 'src/**', 'src/**/*.js', 'src/*/*.js', '**/**/*.js', '*/**', '**/..', 'a/../b', 'b/../a/b',
  './a', 'a/.', 'a/./b', 'C:/*', 'c:/x', 'C:/x', 'C:\\*\\*.js', '//?/C:/*', '//?/c:/x', '//srv/share/*', '/**/f',
  '#a', '!a', '**/*', '*/', '*/*/', 'a,b', '{a\\,b}', '[,]', '?(', '*.{js,ts}', '{a,b}/{c,d}', '{x,y}{1..2}',
];

const flip = (b) => (b ? '1' : '0');
for (const flavour of ['posix', 'win32']) {
  console.log(`-- ${flavour}`);
  const p = path[flavour];
  for (const pat of patterns) {
    let bits = '';
    let err = '';
    for (const f of paths) {
      try {
        bits += flip(p.matchesGlob(f, pat));
      } catch (e) {
        bits += 'E';
        err = ` ${e.name}: ${e.message}`;
      }
    }
    console.log(`${JSON.stringify(pat).padEnd(22)} ${bits}${err}`);
  }
}

// Patterns whose regular expression V8 rejects with the u flag (a POSIX
// class next to text that minimatch escapes): Node throws a SyntaxError.
for (const pat of ['[[:alpha:]]-', '[[:digit:]],x', '[[:upper:]]#', '[[:alpha:]] x', 'x-[[:alpha:]]', '!(a-)[[:alpha:]]',
  '[[:alpha:]x-]', '[[:ascii:]]-']) {
  try {
    console.log(JSON.stringify(pat), path.posix.matchesGlob('a-', pat));
  } catch (e) {
    console.log(JSON.stringify(pat), e.name, e.message);
  }
}

// POSIX character classes, plain, negated, after text, and mixed with a
// character: one digit per form, one group per character.
const classChars = ['a', 'Z', '5', '\u0663', ' ', '\t', '\n', '\u0001', '!', '_', '\u00e9', '\u216b', '\u{1d49c}', '\u00a0',
  '\u2028', 'f', 'G', '.', '/'];
for (const cls of ['alnum', 'alpha', 'ascii', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper',
  'word', 'xdigit', 'bogus']) {
  const groups = [];
  for (const ch of classChars) {
    let bits = '';
    for (const [pat, f] of [[`[[:${cls}:]]`, ch], [`[^[:${cls}:]]`, ch], [`x[[:${cls}:]]`, `x${ch}`], [`[a[:${cls}:]]`, ch]]) {
      try {
        bits += flip(path.posix.matchesGlob(f, pat));
      } catch (e) {
        bits += 'E';
      }
    }
    groups.push(bits);
  }
  console.log(`[:${cls}:]`.padEnd(10), groups.join(' '));
}

// Errors.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  attempt(`${flavour} (1, "a")`, () => p.matchesGlob(1, 'a'));
  attempt(`${flavour} ("a", 1)`, () => p.matchesGlob('a', 1));
  attempt(`${flavour} (null, null)`, () => p.matchesGlob(null, null));
  attempt(`${flavour} ()`, () => p.matchesGlob());
  attempt(`${flavour} ("a", ["a"])`, () => p.matchesGlob('a', ['a']));
  attempt(`${flavour} ("a", {})`, () => p.matchesGlob('a', {}));
  attempt(`${flavour} too long`, () => p.matchesGlob('a', 'a'.repeat(65537)));
  attempt(`${flavour} longest`, () => p.matchesGlob('a', 'a'.repeat(65536)));
  attempt(`${flavour} long path`, () => p.matchesGlob('x/'.repeat(5000) + 'y.js', '**/*.js'));
}
