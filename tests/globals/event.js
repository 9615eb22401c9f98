'use strict';
// Event and CustomEvent: construction, attributes, flags, validation and util.inspect.

const util = require('util');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

function attempt(label, fn) {
  try {
    const v = fn();
    console.log(`${label}: ok`, v);
  } catch (err) {
    console.log(`${label}: ${describe(err)}`);
  }
}

// The timeStamp changes from run to run.
function show(value, options) {
  return util.inspect(value, options).replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
}

// Defaults.
const e = new Event('foo');
console.log('type', e.type, 'bubbles', e.bubbles, 'cancelable', e.cancelable, 'composed', e.composed);
console.log('defaultPrevented', e.defaultPrevented, 'returnValue', e.returnValue, 'cancelBubble', e.cancelBubble);
console.log('target', e.target, 'currentTarget', e.currentTarget, 'srcElement', e.srcElement);
console.log('eventPhase', e.eventPhase, 'composedPath', e.composedPath(), 'isTrusted', e.isTrusted);
console.log('timeStamp', typeof e.timeStamp, e.timeStamp > 0, Number.isFinite(e.timeStamp));
const later = new Event('later');
console.log('timeStamp grows', later.timeStamp >= e.timeStamp);

// Options.
const opts = new Event('bar', { bubbles: 1, cancelable: 'yes', composed: {} });
console.log('options', opts.bubbles, opts.cancelable, opts.composed);
console.log('options null', new Event('x', null).cancelable, new Event('x', undefined).bubbles);
console.log('type conversion', new Event(1).type, new Event(null).type, new Event(undefined).type, new Event({}).type);

// preventDefault and cancelable.
const nc = new Event('nc');
nc.preventDefault();
console.log('not cancelable', nc.defaultPrevented, nc.returnValue);
const c = new Event('c', { cancelable: true });
c.preventDefault();
console.log('cancelable', c.defaultPrevented, c.returnValue);

// cancelBubble, stopPropagation, stopImmediatePropagation.
const cb = new Event('cb');
cb.cancelBubble = false;
console.log('cancelBubble false', cb.cancelBubble);
cb.cancelBubble = 1;
console.log('cancelBubble 1', cb.cancelBubble);
cb.cancelBubble = false;
console.log('cancelBubble stays', cb.cancelBubble);
const sp = new Event('sp');
sp.stopPropagation();
console.log('stopPropagation', sp.cancelBubble);
const sip = new Event('sip');
sip.stopImmediatePropagation();
console.log('stopImmediatePropagation', sip.cancelBubble);

// initEvent.
const ie = new Event('a');
ie.initEvent('b', true, true);
console.log('initEvent', ie.type, ie.bubbles, ie.cancelable);
ie.initEvent('c');
console.log('initEvent defaults', ie.type, ie.bubbles, ie.cancelable);
attempt('initEvent()', () => ie.initEvent());

// Constants.
console.log('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.NONE, e.AT_TARGET);
console.log('NONE descriptor', Object.getOwnPropertyDescriptor(Event, 'NONE'));

// Shape.
console.log('Event.length', Event.length, 'name', Event.name);
console.log('prototype keys', Object.getOwnPropertyNames(Event.prototype).join(','));
console.log('own keys', Object.keys(e), Object.getOwnPropertyNames(e));
const forIn = [];
for (const k in e) forIn.push(k);
console.log('for-in', forIn.join(','));
for (const k of ['type', 'preventDefault', 'cancelBubble', 'isTrusted']) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, k);
  console.log(`descriptor ${k}`, Object.keys(d).join(','), d.enumerable, d.configurable, typeof d.get, typeof d.set);
}
console.log('isTrusted own', Object.getOwnPropertyDescriptor(e, 'isTrusted'));
console.log('toStringTag', Object.prototype.toString.call(e), Object.prototype.toString.call(new CustomEvent('x')));
console.log('String', String(e), JSON.stringify(e));

// Validation.
attempt('new Event()', () => new Event());
attempt('new Event(x, 1)', () => new Event('x', 1));
attempt('new Event(x, "s")', () => new Event('x', 's'));
attempt('new Event(x, [])', () => new Event('x', []));
attempt('new Event(symbol)', () => new Event(Symbol('s')));
attempt('type getter on {}', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
attempt('preventDefault on {}', () => Event.prototype.preventDefault.call({}));
attempt('eventPhase on proto', () => Event.prototype.eventPhase);
attempt('isTrusted on {}', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));

// CustomEvent.
const ce = new CustomEvent('ce', { detail: { a: 1 }, cancelable: true });
console.log('CustomEvent', ce.type, ce.detail, ce.cancelable, ce instanceof Event, CustomEvent.length);
console.log('detail defaults', new CustomEvent('x').detail, new CustomEvent('x', { detail: undefined }).detail,
            new CustomEvent('x', { detail: 0 }).detail, new CustomEvent('x', null).detail);
console.log('CustomEvent proto', Object.getOwnPropertyNames(CustomEvent.prototype).join(','),
            Object.getPrototypeOf(CustomEvent) === Event);
attempt('new CustomEvent()', () => new CustomEvent());
attempt('detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));

// Subclass.
class MyEvent extends Event {
  constructor() {
    super('mine', { cancelable: true });
    this.extra = 1;
  }
}
const me = new MyEvent();
console.log('subclass', me.type, me.cancelable, me.extra, Object.prototype.toString.call(me));

// util.inspect.
console.log(show(new Event('foo', { cancelable: true })));
console.log(show(c));
console.log(show(ce));
console.log(show(me));
console.log(show({ e }, { depth: 0 }));
console.log(show([e], { depth: 1 }));
console.log(show(e, { depth: -1 }));
console.log(show(e, { compact: false, breakLength: Infinity }));
console.log(show(Event));
console.log(show(CustomEvent));
