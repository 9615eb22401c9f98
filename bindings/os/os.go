// Package os is internalBinding('os'), the Go side of Node's os module:
// what libuv's uv_os_*, uv_cpu_info, uv_interface_addresses and friends
// report, per OS, plus the os.constants tables. js/os.js shapes the public
// API (validation, defaults, errors, the environment variables it reads).
//
// A function that can fail takes a context object as its last argument and,
// on failure, fills it with errno, code, message and syscall and returns
// undefined (setPriority returns the errno): js/os.js turns that into
// ERR_SYSTEM_ERROR, as Node does.
//
// Everything is called on the loop thread. Nothing keeps state.
package os

import (
	"strings"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/bindings/uv"
	"github.com/gonode/gonode/loop"
)

// cpuInfo is uv_cpu_info_t: times in milliseconds.
type cpuInfo struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq uint64
}

// Init builds internalBinding('os').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()

	// fail fills ctx (when it is an object) as Node's CollectUVExceptionInfo does.
	fail := func(ctx goja.Value, syscall string, err error) goja.Value {
		if o, ok := ctx.(*goja.Object); ok {
			e := loop.ErrnoOf(err)
			o.Set("errno", int(e))
			o.Set("code", uv.Name(e))
			o.Set("message", uv.Message(e))
			o.Set("syscall", syscall)
		}
		return goja.Undefined()
	}
	str := func(s string) goja.Value { return vm.ToValue(strings.ToValidUTF8(s, "\uFFFD")) }

	b.Set("getHostname", func(c goja.FunctionCall) goja.Value {
		h, err := hostname()
		if err != nil {
			return fail(c.Argument(0), "uv_os_gethostname", err)
		}
		return str(h)
	})
	b.Set("getHomeDirectory", func(c goja.FunctionCall) goja.Value {
		h, err := homeDirectory()
		if err != nil {
			return fail(c.Argument(0), "uv_os_homedir", err)
		}
		return str(h)
	})
	b.Set("getUptime", func(c goja.FunctionCall) goja.Value {
		u, err := uptime()
		if err != nil {
			return fail(c.Argument(0), "uv_uptime", err)
		}
		return vm.ToValue(u)
	})
	// getOSInformation(ctx) → [type, version, release, machine]
	b.Set("getOSInformation", func(c goja.FunctionCall) goja.Value {
		sysname, version, release, machine, err := osInformation()
		if err != nil {
			return fail(c.Argument(0), "uv_os_uname", err)
		}
		return vm.NewArray(str(sysname), str(version), str(release), str(machine))
	})
	b.Set("getLoadAvg", func(goja.FunctionCall) goja.Value {
		avg := loadavg()
		return vm.NewArray(avg[0], avg[1], avg[2])
	})
	// getCPUs() → [{ model, speed, times: { user, nice, sys, idle, irq } }, …]
	b.Set("getCPUs", func(goja.FunctionCall) goja.Value {
		list, err := cpus()
		if err != nil {
			return vm.NewArray()
		}
		out := make([]interface{}, len(list))
		for i, c := range list {
			times := vm.NewObject()
			times.Set("user", float64(c.user))
			times.Set("nice", float64(c.nice))
			times.Set("sys", float64(c.sys))
			times.Set("idle", float64(c.idle))
			times.Set("irq", float64(c.irq))
			o := vm.NewObject()
			o.Set("model", str(c.model))
			o.Set("speed", c.speed)
			o.Set("times", times)
			out[i] = o
		}
		return vm.NewArray(out...)
	})
	b.Set("getFreeMem", func(goja.FunctionCall) goja.Value { return vm.ToValue(float64(freeMemory())) })
	b.Set("getTotalMem", func(goja.FunctionCall) goja.Value { return vm.ToValue(float64(totalMemory())) })
	b.Set("getAvailableParallelism", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(availableParallelism())
	})
	// getInterfaceAddresses(ctx) → [name, address, netmask, family, mac,
	// internal, scopeid (-1 for IPv4), cidr (null if the mask has holes), …]
	b.Set("getInterfaceAddresses", func(c goja.FunctionCall) goja.Value {
		list, err := interfaceAddresses()
		if err != nil {
			return fail(c.Argument(0), "uv_interface_addresses", err)
		}
		out := make([]interface{}, 0, 8*len(list))
		for _, a := range list {
			var cidr goja.Value = goja.Null()
			if a.cidr != "" {
				cidr = vm.ToValue(a.cidr)
			}
			out = append(out, str(a.name), a.address, a.netmask, a.family, a.mac, a.internal, a.scopeid, cidr)
		}
		return vm.NewArray(out...)
	})
	// getPriority(pid, ctx) → the nice value, or undefined
	b.Set("getPriority", func(c goja.FunctionCall) goja.Value {
		p, err := getPriority(int(c.Argument(0).ToInteger()))
		if err != nil {
			return fail(c.Argument(1), "uv_os_getpriority", err)
		}
		return vm.ToValue(p)
	})
	// setPriority(pid, priority, ctx) → 0, or the errno
	b.Set("setPriority", func(c goja.FunctionCall) goja.Value {
		if err := setPriority(int(c.Argument(0).ToInteger()), int(c.Argument(1).ToInteger())); err != nil {
			fail(c.Argument(2), "uv_os_setpriority", err)
			return vm.ToValue(int(loop.ErrnoOf(err)))
		}
		return vm.ToValue(0)
	})
	// getUserInfo(raw, ctx) → { uid, gid, username, homedir, shell } (a
	// null-prototype object; the strings as ArrayBuffers of their bytes when
	// raw is true; shell null where there is none), or undefined
	b.Set("getUserInfo", func(c goja.FunctionCall) goja.Value {
		p, err := currentPasswd()
		if err != nil {
			return fail(c.Argument(1), "uv_os_get_passwd", err)
		}
		raw := c.Argument(0).ToBoolean()
		text := func(s string) goja.Value {
			if raw {
				return vm.ToValue(vm.NewArrayBuffer([]byte(s)))
			}
			return str(s)
		}
		o := vm.CreateObject(nil)
		o.Set("uid", p.uid)
		o.Set("gid", p.gid)
		o.Set("username", text(p.username))
		o.Set("homedir", text(p.homedir))
		if p.hasShell {
			o.Set("shell", text(p.shell))
		} else {
			o.Set("shell", goja.Null())
		}
		return o
	})
	b.Set("isBigEndian", isBigEndian())
	b.Set("constants", newConstants(vm))
	return b
}

func isBigEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 0
}
