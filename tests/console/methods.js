'use strict';
// console methods: streams, formatting, groups, count, assert, dir, dirxml.
// Compare stdout and stderr: node-diff -e GONODE methods.js

console.log('log', 1, { a: 1 }, [1, 2], 'str');
console.info('info', 2);
console.debug('debug', 3);
console.dirxml('dirxml', { x: [1] });
console.warn('warn', 4);
console.error('error', new Map([[1, 2]]));
console.log();
console.log('');
console.log(undefined);
console.log(null, undefined, true, -0, 0n, Symbol('s'));
console.log('%s=%d', 'answer', 42, 'trailing', { t: 1 });
console.error('%o', { deep: { deeper: { deepest: { bottom: 1 } } } });

// dir: customInspect off by default, options passed to inspect.
const withCustom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }, plain: 1 };
console.log(withCustom);
console.dir(withCustom);
console.dir(withCustom, { customInspect: true });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir('a string');
console.dir([1, 2, 3], { showHidden: true });

// Groups indent by two spaces, multi-line output included.
console.group();
console.log('in default group');
console.group('Named %s', 'group');
console.log({ multi: 'line', object: { with: ['several', 'entries', 'that', 'wrap', 'to', 'more', 'lines'] } });
console.error('error inside group');
console.groupCollapsed('collapsed');
console.log('three deep');
console.groupEnd();
console.groupEnd();
console.log('back to one');
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('top level');

// count / countReset
console.count();
console.count();
console.count('label');
console.count('label');
console.countReset();
console.count();
console.count(undefined);
console.count(null);
console.count(1);
console.countReset('label');
console.count('label');

// assert
console.assert(true, 'not printed');
console.assert(false);
console.assert(false, 'message');
console.assert(false, 'fmt %s %d', 'str', 7);
console.assert(false, { obj: true });
console.assert(0, 'zero is falsy', 'extra');
console.assert('', 'empty string');

// Methods are bound: they can be detached.
const { log, error, group, groupEnd } = console;
log('detached log');
error('detached error');
group('detached group');
log('indented');
groupEnd();
[1, 2].forEach((x) => console.log('forEach', x));
setTimeout(console.log, 1, 'timer', 'args');
