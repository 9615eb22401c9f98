// Package util is the Go side of util.inspect and util.types: what pure
// JavaScript cannot see of an object in goja — promise state, proxy target and
// handler, the engine's internal kind of an object (a real Map, Date, boxed
// primitive, arguments object, generator or async function, iterator…),
// previews of Map and Set iterators, and own non-index property names.
//
// Everything here is called on the loop thread. Nothing keeps state.
package util

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
)

// Promise states as Node's internalBinding('util') reports them.
const (
	kPending   = 0
	kFulfilled = 1
	kRejected  = 2
)

// Init builds internalBinding('util').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	b.Set("kPending", kPending)
	b.Set("kFulfilled", kFulfilled)
	b.Set("kRejected", kRejected)

	// detachArrayBuffer detaches an ArrayBuffer, as transferring it does:
	// byteLength and every view's length become 0.
	b.Set("detachArrayBuffer", func(c goja.FunctionCall) goja.Value {
		if ab, ok := c.Argument(0).Export().(goja.ArrayBuffer); ok {
			ab.Detach()
		}
		return goja.Undefined()
	})
	// transferArrayBuffer(buffer) moves buffer's bytes to a new ArrayBuffer without copying
	// and detaches buffer (the streams spec's TransferArrayBuffer); it returns undefined when
	// buffer is not an ArrayBuffer or is already detached.
	b.Set("transferArrayBuffer", func(c goja.FunctionCall) goja.Value {
		ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
		if !ok || ab.Detached() {
			return goja.Undefined()
		}
		data := ab.Bytes()
		ab.Detach()
		return vm.ToValue(vm.NewArrayBuffer(data))
	})
	// isArrayBufferDetached(buffer) reports whether an ArrayBuffer is detached.
	b.Set("isArrayBufferDetached", func(c goja.FunctionCall) goja.Value {
		ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
		return vm.ToValue(ok && ab.Detached())
	})
	// getInternalType(value) → the engine's kind of value ("Map", "Date",
	// "NumberObject", "AsyncFunction", …) or "" for ordinary objects and
	// primitives. Unlike Object.prototype.toString it cannot be faked with
	// Symbol.toStringTag.
	b.Set("getInternalType", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(internalType(o))
	})

	// getPromiseDetails(promise) → [state, result] (result only when settled),
	// or undefined when promise is not a promise.
	b.Set("getPromiseDetails", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || o.ExportType() != promiseType {
			return goja.Undefined()
		}
		p, ok := o.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return vm.NewArray(kFulfilled, p.Result())
		case goja.PromiseStateRejected:
			return vm.NewArray(kRejected, p.Result())
		}
		return vm.NewArray(kPending)
	})

	// getProxyDetails(value, full) → undefined when value is not a proxy;
	// otherwise [target, handler] when full is true, else target. A revoked
	// proxy gives [null, null] or null.
	b.Set("getProxyDetails", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || o.ExportType() != proxyType {
			return goja.Undefined()
		}
		p, ok := o.Export().(goja.Proxy)
		if !ok {
			return goja.Undefined()
		}
		target, handler := goja.Value(goja.Null()), goja.Value(goja.Null())
		if h := p.Handler(); h != nil {
			handler = h
			if t := p.Target(); t != nil {
				target = t
			}
		}
		if len(c.Arguments) < 2 || c.Argument(1).ToBoolean() {
			return vm.NewArray(target, handler)
		}
		return target
	})

	// previewEntries(iterator) → [entries, isKeyValue] for a Map or Set
	// iterator without advancing it: the entries still to come, flattened as
	// key, value, key, value… when isKeyValue. For a WeakMap (isKeyValue) or
	// WeakSet: its live entries, in no particular order. undefined for
	// anything else.
	b.Set("previewEntries", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		entries, kv, ok := previewIterator(o)
		if !ok {
			entries, kv, ok = previewWeak(o)
		}
		if !ok {
			return goja.Undefined()
		}
		vals := make([]interface{}, len(entries))
		for i, e := range entries {
			vals[i] = e
		}
		return vm.NewArray(vm.NewArray(vals...), kv)
	})

	// getOwnNonIndexNames(obj) → own string property names that are not
	// array indices, enumerable or not, in the engine's order. It spares
	// inspect a JavaScript array of every index of a large array.
	b.Set("getOwnNonIndexNames", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return vm.NewArray()
		}
		var out []interface{}
		if names, ok := namedProperties(o); ok {
			for _, k := range names {
				out = append(out, k)
			}
			return vm.NewArray(out...)
		}
		for _, k := range o.GetOwnPropertyNames() {
			if !isArrayIndex(k) {
				out = append(out, k)
			}
		}
		return vm.NewArray(out...)
	})

	// getStringWidth(str) → the columns str takes in a terminal (see
	// stringWidth). inspect calls it for strings that are not plain ASCII.
	b.Set("getStringWidth", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(stringWidth(c.Argument(0).String()))
	})

	// getConstructorName(obj) → the engine's class name of obj, the fallback
	// when no prototype carries a usable constructor.
	b.Set("getConstructorName", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue("")
		}
		name := o.ClassName()
		if name == "Arguments" || name == "global" {
			name = "Object"
		}
		return vm.ToValue(name)
	})
	return b
}

var (
	proxyType   = reflect.TypeOf(goja.Proxy{})
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
)

// implType is the dynamic type name of the engine object behind o (goja keeps
// it in the unexported Object.self field). Only the type is read, never the
// value, so this needs no unsafe code; an unexpected layout gives "".
func implType(o *goja.Object) string {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return ""
	}
	f := v.Elem().FieldByName("self")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return ""
	}
	t := f.Elem().Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

// internalType classifies o. The goja object types are mapped to the names the
// JS side checks (see the kinds in js/internal/util/types.js).
func internalType(o *goja.Object) string {
	switch implType(o) {
	case "mapObject":
		return "Map"
	case "setObject":
		return "Set"
	case "weakMapObject":
		return "WeakMap"
	case "weakSetObject":
		return "WeakSet"
	case "dateObject":
		return "Date"
	case "regexpObject":
		return "RegExp"
	case "stringObject":
		return "StringObject"
	case "primitiveValueObject":
		switch o.ClassName() {
		case "Number":
			return "NumberObject"
		case "Boolean":
			return "BooleanObject"
		case "String":
			return "StringObject"
		}
		if o.ExportType() == bigIntType {
			return "BigIntObject"
		}
		return "SymbolObject"
	case "arrayBufferObject":
		return "ArrayBuffer"
	case "typedArrayObject":
		return "TypedArray"
	case "dataViewObject":
		return "DataView"
	case "Promise":
		return "Promise"
	case "proxyObject":
		return "Proxy"
	case "argumentsObject":
		return "Arguments"
	case "mapIterObject":
		return "MapIterator"
	case "setIterObject":
		return "SetIterator"
	case "arrayIterObject":
		return "ArrayIterator"
	case "stringIterObject":
		return "StringIterator"
	case "regExpStringIterObject":
		return "RegExpStringIterator"
	case "generatorObject":
		return "Generator"
	case "generatorFuncObject", "generatorMethodFuncObject":
		return "GeneratorFunction"
	case "asyncFuncObject", "asyncMethodFuncObject", "asyncArrowFuncObject":
		return "AsyncFunction"
	case "errorObject":
		return "Error"
	}
	switch o.ClassName() {
	case "Arguments": // strict-mode arguments are plain objects of class Arguments
		return "Arguments"
	case "Error":
		return "Error"
	}
	if o.ExportType() == promiseType {
		return "Promise"
	}
	return ""
}

var bigIntType = reflect.TypeOf((*big.Int)(nil)) // what a boxed BigInt exports as

// previewIterator reads the entries a Map or Set iterator has still to yield.
// goja keeps them in unexported fields (iter *orderedMapIter{m, cur}, kind),
// walked here read-only through reflect and unsafe; if goja's layout ever
// changes, ok is false and inspect shows the iterator without entries. The
// walk mirrors orderedMapIter.next: resume after cur, stepping back over
// deleted entries (key == nil).
func previewIterator(o *goja.Object) (entries []goja.Value, keyValue bool, ok bool) {
	kindName := implType(o)
	if kindName != "mapIterObject" && kindName != "setIterObject" {
		return nil, false, false
	}
	defer func() {
		if recover() != nil {
			entries, keyValue, ok = nil, false, false
		}
	}()
	self := reflect.ValueOf(o).Elem().FieldByName("self").Elem().Elem()
	kind := self.FieldByName("kind").Int()
	// iterationKindKey = 0, iterationKindValue = 1, iterationKindKeyValue = 2
	keyValue = kind == 2
	iter := self.FieldByName("iter")
	if iter.IsNil() {
		return []goja.Value{}, keyValue, true
	}
	it := iter.Elem()
	m := it.FieldByName("m")
	if m.IsNil() {
		return []goja.Value{}, keyValue, true
	}
	cur := it.FieldByName("cur")
	for !cur.IsNil() && entryField(cur, "key") == nil {
		cur = cur.Elem().FieldByName("iterPrev")
	}
	if cur.IsNil() {
		cur = m.Elem().FieldByName("iterFirst")
	} else {
		cur = cur.Elem().FieldByName("iterNext")
	}
	isSet := kindName == "setIterObject"
	for ; !cur.IsNil(); cur = cur.Elem().FieldByName("iterNext") {
		key := entryField(cur, "key")
		if key == nil {
			continue
		}
		switch {
		case keyValue && isSet:
			entries = append(entries, key, key)
		case keyValue:
			entries = append(entries, key, entryField(cur, "value"))
		case kind == 1 && !isSet:
			entries = append(entries, entryField(cur, "value"))
		default:
			entries = append(entries, key)
		}
	}
	if entries == nil {
		entries = []goja.Value{}
	}
	return entries, keyValue, true
}

// previewWeak lists the live entries of a WeakMap or WeakSet. goja keeps them
// in an unexported weakMap{m map[weak.Pointer[Object]]Value; sync.Mutex}
// (field m of weakMapObject, s of weakSetObject), which GC cleanups change
// from another goroutine: the map is read under its own mutex.
func previewWeak(o *goja.Object) (entries []goja.Value, keyValue bool, ok bool) {
	var field string
	switch implType(o) {
	case "weakMapObject":
		field, keyValue = "m", true
	case "weakSetObject":
		field = "s"
	default:
		return nil, false, false
	}
	defer func() {
		if recover() != nil {
			entries, keyValue, ok = nil, false, false
		}
	}()
	wm := reflect.ValueOf(o).Elem().FieldByName("self").Elem().Elem().FieldByName(field)
	mf := wm.FieldByName("m")
	lf := wm.FieldByName("Mutex")
	if mf.Type() != reflect.TypeOf(map[weak.Pointer[goja.Object]]goja.Value(nil)) || lf.Type() != reflect.TypeOf(sync.Mutex{}) {
		return nil, false, false
	}
	m := *(*map[weak.Pointer[goja.Object]]goja.Value)(unsafe.Pointer(mf.UnsafeAddr()))
	mu := (*sync.Mutex)(unsafe.Pointer(lf.UnsafeAddr()))
	mu.Lock()
	defer mu.Unlock()
	entries = []goja.Value{}
	for p, v := range m {
		k := p.Value()
		if k == nil {
			continue
		}
		if keyValue {
			if v == nil {
				v = goja.Undefined()
			}
			entries = append(entries, k, v)
		} else {
			entries = append(entries, k)
		}
	}
	return entries, keyValue, true
}

// entryField reads the goja.Value field name of the *mapEntry e.
func entryField(e reflect.Value, name string) goja.Value {
	f := e.Elem().FieldByName(name)
	v := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
	if v == nil {
		return nil
	}
	return v.(goja.Value)
}

// namedProperties lists the own non-index property names of an array or typed
// array without going through its elements: goja keeps the elements apart and
// the named properties in baseObject.propNames (read through reflect; the
// strings are copied). It gives up (ok false) on any surprise, including a
// digits-only name, whose place in the order goja decides lazily.
func namedProperties(o *goja.Object) (names []string, ok bool) {
	switch implType(o) {
	case "arrayObject", "sparseArrayObject", "typedArrayObject":
	default:
		return nil, false
	}
	defer func() {
		if recover() != nil {
			names, ok = nil, false
		}
	}()
	pn := reflect.ValueOf(o).Elem().FieldByName("self").Elem().Elem().FieldByName("baseObject").FieldByName("propNames")
	if pn.Kind() != reflect.Slice || pn.Type().Elem().Kind() != reflect.String {
		return nil, false
	}
	names = make([]string, 0, pn.Len())
	for i := 0; i < pn.Len(); i++ {
		n := pn.Index(i).String()
		if n == "" || strings.Trim(n, "0123456789") == "" {
			return nil, false
		}
		names = append(names, n)
	}
	return names, true
}

// isArrayIndex reports whether k is a canonical array index (0 … 2³²−2).
func isArrayIndex(k string) bool {
	if k == "" || len(k) > 10 || (len(k) > 1 && k[0] == '0') {
		return false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	return err == nil && n < 1<<32-1
}
