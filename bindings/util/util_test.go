package util

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding/bindingtest"
)

func newVM(t *testing.T) *goja.Runtime { return bindingtest.New(t, "u", Init) }

func run(t *testing.T, vm *goja.Runtime, src string) goja.Value { return bindingtest.Run(t, vm, src) }

// The kinds depend on goja's internal object types (read through reflect):
// this test notices when a goja upgrade renames them.
func TestInternalType(t *testing.T) {
	vm := newVM(t)
	cases := map[string]string{
		"({})":                                 "",
		"[]":                                   "",
		"Object.create(Map.prototype)":         "",
		"({[Symbol.toStringTag]: 'Map'})":      "",
		"new Map()":                            "Map",
		"new (class extends Map {})()":         "Map",
		"new Set()":                            "Set",
		"new WeakMap()":                        "WeakMap",
		"new WeakSet()":                        "WeakSet",
		"new Date()":                           "Date",
		"/x/":                                  "RegExp",
		"new Number(1)":                        "NumberObject",
		"new String('s')":                      "StringObject",
		"new Boolean(false)":                   "BooleanObject",
		"Object(Symbol())":                     "SymbolObject",
		"Object(1n)":                           "BigIntObject",
		"new ArrayBuffer(1)":                   "ArrayBuffer",
		"new Uint8Array(1)":                    "TypedArray",
		"new DataView(new ArrayBuffer(1))":     "DataView",
		"Promise.resolve()":                    "Promise",
		"(async () => {})()":                   "Promise",
		"new Proxy({}, {})":                    "Proxy",
		"(function () { return arguments })()": "Arguments",
		"(function () { 'use strict'; return arguments })()": "Arguments",
		"new Map().keys()":                      "MapIterator",
		"new Set().values()":                    "SetIterator",
		"[].values()":                           "ArrayIterator",
		"''[Symbol.iterator]()":                 "StringIterator",
		"(function* () {})()":                   "Generator",
		"(function* () {})":                     "GeneratorFunction",
		"({ *g() {} }).g":                       "GeneratorFunction",
		"(async function () {})":                "AsyncFunction",
		"(async () => {})":                      "AsyncFunction",
		"({ async m() {} }).m":                  "AsyncFunction",
		"(function () {})":                      "",
		"(class {})":                            "",
		"new Error('x')":                        "Error",
		"new (class extends TypeError {})('x')": "Error",
		"Object.create(Error.prototype)":        "",
	}
	for src, want := range cases {
		got := run(t, vm, "u.getInternalType("+src+")").String()
		if got != want {
			t.Errorf("getInternalType(%s) = %q, want %q", src, got, want)
		}
	}
	for _, src := range []string{"1", "'s'", "undefined", "null", "Symbol()"} {
		if got := run(t, vm, "u.getInternalType("+src+")").String(); got != "" {
			t.Errorf("getInternalType(%s) = %q, want \"\"", src, got)
		}
	}
}

func TestPreviewEntries(t *testing.T) {
	vm := newVM(t)
	cases := map[string]string{
		"new Map([[1, 'a'], [2, 'b']]).entries()": "[[1,\"a\",2,\"b\"],true]",
		"new Map([[1, 'a'], [2, 'b']]).keys()":    "[[1,2],false]",
		"new Map([[1, 'a'], [2, 'b']]).values()":  "[[\"a\",\"b\"],false]",
		"new Set([1, 2]).values()":                "[[1,2],false]",
		"new Set([1, 2]).entries()":               "[[1,1,2,2],true]",
		"(() => { const it = new Map([[1, 1], [2, 2], [3, 3]]).keys(); it.next(); return it; })()": "[[2,3],false]",
		"(() => { const it = new Set([1]).values(); it.next(); it.next(); return it; })()":         "[[],false]",
		// An entry deleted after the iterator passed it: resume after its predecessor.
		"(() => { const s = new Set([1, 2, 3]); const it = s.values(); it.next(); it.next(); s.delete(2); return it; })()": "[[3],false]",
		"(() => { const s = new Set([1, 2]); const it = s.values(); s.add(3); return it; })()":                             "[[1,2,3],false]",
		"new Map().entries()": "[[],true]",
	}
	for src, want := range cases {
		got := run(t, vm, "JSON.stringify(u.previewEntries("+src+"))").String()
		if got != want {
			t.Errorf("previewEntries(%s) = %s, want %s", src, got, want)
		}
	}
	if v := run(t, vm, "u.previewEntries([].values())"); !goja.IsUndefined(v) {
		t.Errorf("previewEntries(array iterator) = %v, want undefined", v)
	}
	// The preview does not advance the iterator.
	if got := run(t, vm, "const it = new Set([7, 8]).values(); u.previewEntries(it); it.next().value").ToInteger(); got != 7 {
		t.Errorf("iterator advanced by preview: next() = %d", got)
	}
}

func TestPromiseAndProxy(t *testing.T) {
	vm := newVM(t)
	cases := map[string]string{
		"JSON.stringify(u.getPromiseDetails(Promise.resolve(5)))":                                                                  "[1,5]",
		"JSON.stringify(u.getPromiseDetails(new Promise(() => {})))":                                                               "[0]",
		"(() => { const p = Promise.reject(3); p.catch(() => {}); return JSON.stringify(u.getPromiseDetails(p)); })()":             "[2,3]",
		"String(u.getPromiseDetails({ then() {} }))":                                                                               "undefined",
		"(() => { const t = {}; const h = {}; const d = u.getProxyDetails(new Proxy(t, h)); return d[0] === t && d[1] === h; })()": "true",
		"(() => { const t = {}; return u.getProxyDetails(new Proxy(t, {}), false) === t; })()":                                     "true",
		"(() => { const r = Proxy.revocable({}, {}); r.revoke(); return JSON.stringify(u.getProxyDetails(r.proxy)); })()":          "[null,null]",
		"(() => { const r = Proxy.revocable({}, {}); r.revoke(); return String(u.getProxyDetails(r.proxy, false)); })()":           "null",
		"String(u.getProxyDetails({}))": "undefined",
		"JSON.stringify(u.getOwnNonIndexNames(Object.assign([1, 2], { x: 1, '-1': 2, '4294967295': 3 })))": "[\"length\",\"x\",\"-1\",\"4294967295\"]",
		"u.getConstructorName(Object.create(null))":                                                        "Object",
	}
	for src, want := range cases {
		if got := run(t, vm, src).String(); got != want {
			t.Errorf("%s = %s, want %s", src, got, want)
		}
	}
}

func TestStringWidth(t *testing.T) {
	cases := map[string]int{
		"":           0,
		"abc":        3,
		"中文":         4,
		"😀":          2,
		"👍🏽":         4,
		"🇫🇷":         4,
		"e\u0301":    1, // NFC: é
		"\u200b":     0,
		"\u00ad":     1,
		"\t\x7f":     0,
		"ｱ":          1,
		"\uff01":     2,
		"\U00020000": 2,
	}
	for s, want := range cases {
		if got := stringWidth(s); got != want {
			t.Errorf("stringWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestPreviewWeak(t *testing.T) {
	vm := newVM(t)
	cases := map[string]string{
		"(() => { const k = { a: 1 }; globalThis.k1 = k; return JSON.stringify(u.previewEntries(new WeakMap([[k, 5]]))); })()":  `[[{"a":1},5],true]`,
		"(() => { const k = [1]; globalThis.k2 = k; return JSON.stringify(u.previewEntries(new WeakSet([k]))); })()":            `[[[1]],false]`,
		"JSON.stringify(u.previewEntries(new WeakMap()))":                                                                       `[[],true]`,
		"(() => { const k = {}; const w = new WeakMap([[k, 1]]); w.delete(k); return JSON.stringify(u.previewEntries(w)); })()": `[[],true]`,
	}
	for src, want := range cases {
		if got := run(t, vm, src).String(); got != want {
			t.Errorf("%s = %s, want %s", src, got, want)
		}
	}
}
