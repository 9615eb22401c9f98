package host

import (
	"sync"

	"github.com/dop251/goja"
)

// engineShims fills gaps in goja that every later module relies on.
// Symbol.asyncIterator is the registered symbol esbuild's lowered helpers
// fall back to, so user code, built-ins and transformed code agree on it.
// Symbol.dispose and Symbol.asyncDispose are the registered symbols Node 20
// defines for them (nodejs.dispose, nodejs.asyncDispose). WeakRef and
// FinalizationRegistry never collect, which the spec allows.
const engineShims = `(function () {
'use strict';
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
}
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol.for('nodejs.asyncDispose') });
}
const define = (name, value) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
if (typeof WeakRef !== 'function') {
  const targets = new WeakMap();
  class WeakRef {
    constructor(target) {
      if ((typeof target !== 'object' || target === null) && typeof target !== 'function') {
        throw new TypeError('WeakRef: target must be an object');
      }
      targets.set(this, target);
    }
    deref() { return targets.get(this); }
  }
  Object.defineProperty(WeakRef.prototype, Symbol.toStringTag, { value: 'WeakRef', configurable: true });
  define('WeakRef', WeakRef);
}
if (typeof FinalizationRegistry !== 'function') {
  class FinalizationRegistry {
    constructor(cleanup) {
      if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
    }
    register(target) {
      if ((typeof target !== 'object' || target === null) && typeof target !== 'function') {
        throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
      }
    }
    unregister(token) {
      if ((typeof token !== 'object' || token === null) && typeof token !== 'function') {
        throw new TypeError('Invalid unregisterToken (\'' + String(token) + '\')');
      }
      return false;
    }
  }
  Object.defineProperty(FinalizationRegistry.prototype, Symbol.toStringTag, { value: 'FinalizationRegistry', configurable: true });
  define('FinalizationRegistry', FinalizationRegistry);
}
})();`

var shimProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/shims", engineShims, true)
})

// installEngineShims runs the engine shims in a fresh runtime, and gives errors V8's
// stacks (stack.go).
func (r *Runtime) installEngineShims() error {
	if _, err := r.vm.RunProgram(shimProgram()); err != nil {
		return err
	}
	return r.installErrorStacks()
}
