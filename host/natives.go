package host

import (
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/bindings/buffer"
	eventsbinding "github.com/gonode/gonode/bindings/events"
	fsbinding "github.com/gonode/gonode/bindings/fs"
	osbinding "github.com/gonode/gonode/bindings/os"
	pathbinding "github.com/gonode/gonode/bindings/path"
	"github.com/gonode/gonode/bindings/process"
	"github.com/gonode/gonode/bindings/signals"
	"github.com/gonode/gonode/bindings/streamwrap"
	"github.com/gonode/gonode/bindings/timers"
	urlbinding "github.com/gonode/gonode/bindings/url"
	"github.com/gonode/gonode/bindings/util"
	"github.com/gonode/gonode/bindings/uv"
)

// nativeBindings are the Go halves of the built-in modules, by internalBinding name.
var nativeBindings = map[string]binding.Init{
	"timers":          timers.Init,
	"buffer":          buffer.Init,
	"events":          eventsbinding.Init,
	"process_methods": process.Init,
	"signal_wrap":     signals.Init,
	"util":            util.Init,
	"os":              osbinding.Init,
	"uv":              uv.Init,
	"url":             urlbinding.Init,
	"fs":              fsbinding.Init,
	"path":            pathbinding.Init,
	"stream_wrap":     streamwrap.InitStreamWrap,
	"pipe_wrap":       streamwrap.InitPipe,
	"tty_wrap":        streamwrap.InitTTY,
}
