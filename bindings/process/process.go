// Package process is the Go side of the process object's OS-level methods:
// ids, clocks, resource usage, umask and signals. Per-runtime state (argv,
// env, cwd, exit) lives in the host.
package process

import (
	"os"
	"runtime"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// start is when this process began, for process.uptime().
var start = time.Now()

// Init builds internalBinding('process_methods').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { b.Set(name, f) }
	set("hrtime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(loop.HRTime()))
	})
	set("hrtimeBigInt", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(loop.HRTime())
	})
	set("uptime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(start).Seconds())
	})
	set("memoryUsage", func(goja.FunctionCall) goja.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		o := vm.NewObject()
		o.Set("rss", float64(residentSetSize(func() uint64 { return ms.Sys })))
		o.Set("heapTotal", float64(ms.HeapSys))
		o.Set("heapUsed", float64(ms.HeapAlloc))
		o.Set("external", float64(0))
		o.Set("arrayBuffers", float64(0))
		return o
	})
	set("rss", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(residentSetSize(goMemorySys)))
	})
	set("cpuUsage", func(goja.FunctionCall) goja.Value {
		u, s := cpuTimes()
		o := vm.NewObject()
		o.Set("user", float64(u.Microseconds()))
		o.Set("system", float64(s.Microseconds()))
		return o
	})
	set("resourceUsage", func(goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		for i, v := range resourceUsage() {
			o.Set(resourceKeys[i], v)
		}
		return o
	})
	set("umask", func(c goja.FunctionCall) goja.Value {
		if goja.IsUndefined(c.Argument(0)) {
			old := umask(0)
			umask(old)
			return vm.ToValue(old)
		}
		return vm.ToValue(umask(int(c.Argument(0).ToInteger())))
	})
	set("kill", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(int(kill(int(c.Argument(0).ToInteger()), int(c.Argument(1).ToInteger()))))
	})
	set("ids", func(goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		o.Set("uid", os.Getuid())
		o.Set("gid", os.Getgid())
		o.Set("euid", os.Geteuid())
		o.Set("egid", os.Getegid())
		return o
	})
	set("groups", func(goja.FunctionCall) goja.Value {
		g, _ := os.Getgroups()
		return vm.ToValue(g)
	})
	b.Set("pid", os.Getpid())
	b.Set("ppid", os.Getppid())
	b.Set("signals", vm.ToValue(signalNumbers()))
	return b
}

// goMemorySys is the memory the Go runtime holds from the OS, the stand-in for
// the RSS where the OS does not report one. Reading it stops the world, so
// residentSetSize asks for it only then.
func goMemorySys() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Sys
}

// resourceKeys names process.resourceUsage()'s fields in Node's order.
var resourceKeys = []string{
	"userCPUTime", "systemCPUTime", "maxRSS", "sharedMemorySize", "unsharedDataSize",
	"unsharedStackSize", "minorPageFault", "majorPageFault", "swappedOut", "fsRead", "fsWrite",
	"ipcSent", "ipcReceived", "signalsCount", "voluntaryContextSwitches", "involuntaryContextSwitches",
}
