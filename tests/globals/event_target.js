'use strict';
// EventTarget: listener order, options, duplicates, removal and addition during dispatch,
// stopImmediatePropagation, dispatch state, recursion, validation and util.inspect.

const util = require('util');
const { getEventListeners } = require('events');

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

// Order of calls, `this`, the event's state inside listeners (Node marks the event as being
// dispatched only until the first listener returns).
{
  const et = new EventTarget();
  et.addEventListener('x', function(ev) {
    console.log('first', this === et, ev.target === et, ev.currentTarget === et, ev.srcElement === et,
                ev.eventPhase, ev.composedPath().length);
  });
  et.addEventListener('x', function(ev) {
    console.log('second', this === et, ev.target === et, ev.currentTarget, ev.eventPhase, ev.composedPath().length);
  });
  const obj = {
    handleEvent(ev) {
      console.log('handleEvent', this === obj, ev.type);
    },
  };
  et.addEventListener('x', obj);
  const ev = new Event('x');
  console.log('dispatch returns', et.dispatchEvent(ev));
  console.log('after', ev.target === et, ev.currentTarget, ev.eventPhase, ev.composedPath());
  // The same event can be dispatched again once done.
  console.log('again', et.dispatchEvent(ev));
  console.log('no listeners', et.dispatchEvent(new Event('none')));
}

// handleEvent is looked up at dispatch time.
{
  const et = new EventTarget();
  const obj = {};
  et.addEventListener('late', obj);
  obj.handleEvent = function() { console.log('late handleEvent', this === obj); };
  et.dispatchEvent(new Event('late'));
  obj.handleEvent = function() { console.log('replaced handleEvent'); };
  et.dispatchEvent(new Event('late'));
}

// preventDefault and the return value.
{
  const et = new EventTarget();
  et.addEventListener('c', (ev) => ev.preventDefault());
  console.log('not cancelable', et.dispatchEvent(new Event('c')));
  const ev = new Event('c', { cancelable: true });
  console.log('cancelable', et.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue);
  const et2 = new EventTarget();
  et2.addEventListener('p', (e2) => e2.preventDefault(), { passive: true });
  console.log('passive listener', et2.dispatchEvent(new Event('p', { cancelable: true })));
}

// Duplicates: one listener per (function, capture).
{
  const et = new EventTarget();
  const f = (ev) => console.log('f', ev.type);
  et.addEventListener('d', f);
  et.addEventListener('d', f);
  et.addEventListener('d', f, false);
  et.addEventListener('d', f, { once: true });
  et.addEventListener('d', f, true);
  et.addEventListener('d', f, { capture: true });
  console.log('count', getEventListeners(et, 'd').length);
  et.dispatchEvent(new Event('d'));
  et.removeEventListener('d', f, true); // a boolean is not read as capture
  console.log('after remove(true)', getEventListeners(et, 'd').length);
  et.removeEventListener('d', f);
  console.log('after remove', getEventListeners(et, 'd').length);
  et.removeEventListener('d', f, { capture: true });
  console.log('after remove capture', getEventListeners(et, 'd').length);
  et.dispatchEvent(new Event('d'));
  et.removeEventListener('d', f);
  et.removeEventListener('nothing', f);
}

// once.
{
  const et = new EventTarget();
  let n = 0;
  et.addEventListener('o', () => n++, { once: true });
  et.dispatchEvent(new Event('o'));
  et.dispatchEvent(new Event('o'));
  console.log('once calls', n, getEventListeners(et, 'o').length);
  // A once listener is removed before it runs: dispatching from inside does not re-enter it.
  const et2 = new EventTarget();
  et2.addEventListener('r', () => {
    console.log('once inner');
    et2.dispatchEvent(new Event('r'));
  }, { once: true });
  et2.dispatchEvent(new Event('r'));
}

// Removing and adding during dispatch.
{
  const et = new EventTarget();
  const h2 = () => console.log('h2');
  const h4 = () => console.log('h4');
  et.addEventListener('r', () => {
    console.log('h1');
    et.removeEventListener('r', h2);
    et.addEventListener('r', h4);
  });
  et.addEventListener('r', h2);
  et.addEventListener('r', () => console.log('h3'));
  et.dispatchEvent(new Event('r'));
  console.log('--');
  et.dispatchEvent(new Event('r'));

  const et2 = new EventTarget();
  const self = () => {
    console.log('self-removing');
    et2.removeEventListener('s', self);
  };
  et2.addEventListener('s', self);
  et2.addEventListener('s', () => console.log('after self'));
  et2.dispatchEvent(new Event('s'));
  et2.dispatchEvent(new Event('s'));

  // The last listener adding one: the new one waits for the next dispatch.
  const et3 = new EventTarget();
  et3.addEventListener('t', () => {
    console.log('last adds');
    et3.addEventListener('t', () => console.log('added by last'));
  }, { once: true });
  et3.dispatchEvent(new Event('t'));
  console.log('--');
  et3.dispatchEvent(new Event('t'));
}

// stopPropagation / stopImmediatePropagation.
{
  const et = new EventTarget();
  et.addEventListener('s', (ev) => {
    console.log('s1');
    ev.stopPropagation();
  });
  et.addEventListener('s', (ev) => {
    console.log('s2', ev.cancelBubble);
    ev.stopImmediatePropagation();
  });
  et.addEventListener('s', () => console.log('s3 (never)'));
  et.addEventListener('s', () => console.log('s4 passive (never)'), { passive: true });
  const ev = new Event('s');
  et.dispatchEvent(ev);
  // The stop flag stays: a later dispatch of the same event calls nobody.
  et.dispatchEvent(ev);
  console.log('redispatched stopped event');
}

// Recursion.
{
  const et = new EventTarget();
  const ev = new Event('z');
  et.addEventListener('z', (e2) => attempt('dispatch from first listener', () => et.dispatchEvent(e2)));
  et.addEventListener('z', () => console.log('second of z'));
  et.dispatchEvent(ev);
  const other = new EventTarget();
  const ev2 = new Event('w');
  et.addEventListener('y', () => attempt('dispatch on another target', () => other.dispatchEvent(ev2)));
  other.addEventListener('w', (e3) => console.log('other got', e3.type));
  const outer = new Event('y');
  et.dispatchEvent(outer);
}

// Options: once, capture, passive as truthy values; null options; arrays and functions are objects.
{
  const et = new EventTarget();
  const f = () => {};
  et.addEventListener('o', f, { once: 1, capture: 'x', passive: [] });
  et.addEventListener('o', f, null);
  et.addEventListener('o2', f, []);
  et.addEventListener('o3', f, () => {});
  console.log('options', getEventListeners(et, 'o').length, getEventListeners(et, 'o2').length,
              getEventListeners(et, 'o3').length);
  et.dispatchEvent(new Event('o'));
  console.log('after once', getEventListeners(et, 'o').length);
}

// Event types are strings.
{
  const et = new EventTarget();
  et.addEventListener(1, () => console.log('type 1'));
  et.dispatchEvent(new Event('1'));
  et.addEventListener(null, () => console.log('type null'));
  et.dispatchEvent(new Event(null));
  console.log('getEventListeners by string', getEventListeners(et, '1').length);
}

// Validation.
{
  const et = new EventTarget();
  const f = () => {};
  attempt('addEventListener()', () => et.addEventListener());
  attempt('addEventListener(x)', () => et.addEventListener('x'));
  attempt('addEventListener(x, 1)', () => et.addEventListener('x', 1));
  attempt('addEventListener(x, "s")', () => et.addEventListener('x', 's'));
  attempt('addEventListener(x, f, 1)', () => et.addEventListener('x', f, 1));
  attempt('addEventListener(x, f, "s")', () => et.addEventListener('x', f, 's'));
  attempt('addEventListener(x, f, {signal: 1})', () => et.addEventListener('x', f, { signal: 1 }));
  attempt('addEventListener(x, f, {signal: null})', () => et.addEventListener('x', f, { signal: null }));
  attempt('addEventListener(symbol, f)', () => et.addEventListener(Symbol('s'), f));
  attempt('addEventListener on {}', () => EventTarget.prototype.addEventListener.call({}, 'x', f));
  attempt('removeEventListener()', () => et.removeEventListener());
  attempt('removeEventListener(x, 5)', () => et.removeEventListener('x', 5));
  attempt('removeEventListener(x, null)', () => et.removeEventListener('x', null));
  attempt('removeEventListener(symbol, f)', () => et.removeEventListener(Symbol('s'), f));
  attempt('removeEventListener on {}', () => EventTarget.prototype.removeEventListener.call({}, 'x', f));
  attempt('dispatchEvent()', () => et.dispatchEvent());
  attempt('dispatchEvent("x")', () => et.dispatchEvent('x'));
  attempt('dispatchEvent({type})', () => et.dispatchEvent({ type: 'x' }));
  attempt('dispatchEvent on {}', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
  // null and undefined listeners are ignored, with a warning.
  attempt('addEventListener(x, null)', () => et.addEventListener('x', null));
  attempt('addEventListener(x, undefined)', () => et.addEventListener('x', undefined));
  console.log('ignored', getEventListeners(et, 'x').length);
}

// Subclasses.
{
  class Emitter extends EventTarget {
    constructor() {
      super();
      this.name = 'mine';
    }
  }
  const em = new Emitter();
  em.addEventListener('hello', function(ev) { console.log('subclass listener', this.name, ev.type); });
  em.dispatchEvent(new Event('hello'));
  console.log('subclass', em instanceof EventTarget, Object.prototype.toString.call(em));
  console.log(util.inspect(em), util.inspect(em, { depth: -1 }));
}

// Shape and util.inspect.
{
  const et = new EventTarget();
  console.log('EventTarget.length', EventTarget.length, Object.getOwnPropertyNames(EventTarget.prototype).join(','));
  const P = EventTarget.prototype;
  console.log('method lengths', P.addEventListener.length, P.removeEventListener.length, P.dispatchEvent.length,
              P.addEventListener.name, P.removeEventListener.name, P.dispatchEvent.name);
  console.log('own', Object.keys(et), Object.getOwnPropertyNames(et));
  const forIn = [];
  for (const k in et) forIn.push(k);
  console.log('for-in', forIn.join(','));
  console.log('toStringTag', Object.prototype.toString.call(et), String(et));
  const d = Object.getOwnPropertyDescriptor(EventTarget.prototype, 'addEventListener');
  console.log('descriptor', d.writable, d.enumerable, d.configurable);
  console.log(util.inspect(et), util.inspect(et, { depth: -1 }), util.inspect({ et }, { depth: 0 }),
              util.inspect([et]));
  console.log(util.inspect(EventTarget));
}
