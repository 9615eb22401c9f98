// Package uv is internalBinding('uv'): libuv's error names and messages as
// Node v20 exposes them. It is built from loop's errno table, so every
// binding's system errors and util.getSystemErrorName/getSystemErrorMap
// agree on codes, numbers and descriptions.
//
//	errname(err)         → "ENOENT", or "Unknown system error -N"
//	getErrorMessage(err) → "no such file or directory", or "Unknown system error -N"
//	getErrorMap()        → a new Map errno → [code, message], in libuv's order
//	UV_E2BIG, UV_EACCES… → the numbers, e.g. UV_ENOENT === -2 on Linux
//
// Everything is called on the loop thread; nothing keeps state.
package uv

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// newerThanNode20 are codes of loop's table that libuv 1.46 (Node v20's)
// does not have: Node v20 names their numbers "Unknown system error -N" and
// leaves them out of getSystemErrorMap, and so does this binding.
var newerThanNode20 = map[string]bool{
	"ENOEXEC": true, // UV_ENOEXEC arrived in libuv 1.48
}

// Errnos returns the codes Node v20 knows, in libuv's table order, each
// number once.
func Errnos() []loop.Errno {
	all := loop.Errnos()
	out := make([]loop.Errno, 0, len(all))
	seen := make(map[loop.Errno]bool, len(all))
	for _, e := range all {
		// Should two codes share a number on some OS, uv_err_name names it
		// after the first, and a Map keeps one entry per number anyway.
		if newerThanNode20[e.Code()] || seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, e)
	}
	return out
}

// Name is uv_err_name as Node v20 answers it: "ENOENT", or
// "Unknown system error -N" for a number it has no name for.
func Name(e loop.Errno) string {
	if newerThanNode20[e.Code()] {
		return unknownText(e)
	}
	return e.Code()
}

// Message is uv_strerror as Node v20 answers it: "no such file or
// directory", or "Unknown system error -N".
func Message(e loop.Errno) string {
	if newerThanNode20[e.Code()] {
		return unknownText(e)
	}
	return e.Message()
}

func unknownText(e loop.Errno) string { return "Unknown system error " + strconv.Itoa(int(e)) }

// Init builds internalBinding('uv').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	errnos := Errnos()

	b.Set("errname", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(Name(errnoArg(vm, c.Argument(0))))
	})
	for _, e := range errnos {
		b.Set("UV_"+e.Code(), int(e))
	}
	mapCtor := vm.Get("Map")
	b.Set("getErrorMap", func(goja.FunctionCall) goja.Value {
		m, err := vm.New(mapCtor)
		if err != nil {
			panic(err)
		}
		set, _ := goja.AssertFunction(m.Get("set"))
		for _, e := range errnos {
			if _, err := set(m, vm.ToValue(int(e)), vm.NewArray(e.Code(), e.Message())); err != nil {
				panic(err)
			}
		}
		return m
	})
	b.Set("getErrorMessage", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(Message(errnoArg(vm, c.Argument(0))))
	})
	return b
}

// errnoArg reads an errno argument; libuv's functions take an int, and Node
// requires one (a CHECK), so anything else is a TypeError here.
func errnoArg(vm *goja.Runtime, v goja.Value) loop.Errno {
	if f, ok := v.Export().(float64); ok && f == float64(int32(f)) {
		return loop.Errno(int32(f))
	}
	if i, ok := v.Export().(int64); ok && i == int64(int32(i)) {
		return loop.Errno(i)
	}
	panic(vm.NewTypeError("The \"err\" argument must be a 32-bit integer"))
}
