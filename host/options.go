package host

import (
	"io"
	"os"

	"github.com/dop251/goja"
)

// Option configures a Runtime.
type Option func(*config)

// ModuleInit builds a native Go module for require(name): it fills module.exports
// (or replaces it) using vm. It runs on the loop thread the first time the module is required.
type ModuleInit func(vm *goja.Runtime, module *goja.Object)

// UnhandledRejections is the --unhandled-rejections mode.
type UnhandledRejections string

// The modes of --unhandled-rejections, as Node names them.
const (
	RejectionsThrow            UnhandledRejections = "throw"
	RejectionsStrict           UnhandledRejections = "strict"
	RejectionsWarn             UnhandledRejections = "warn"
	RejectionsNone             UnhandledRejections = "none"
	RejectionsWarnWithExitCode UnhandledRejections = "warn-with-error-code"
)

type config struct {
	argv                []string // process.argv from index 1 (script path and arguments)
	execArgv            []string
	execPath            string
	argv0               string // process.argv0: the program name as it was invoked
	env                 map[string]string
	stdin               io.Reader
	stdout              io.Writer
	stderr              io.Writer
	cwd                 string
	modules             map[string]ModuleInit
	preload             []string // -r modules
	unhandledRejections UnhandledRejections
	noWarnings          bool
	traceWarnings       bool
	noDeprecation       bool
	throwDeprecation    bool
	stackSize           int // max call stack depth (frames)
	evalMode            bool
	printResult         bool
}

func defaultConfig() *config {
	exe, _ := os.Executable()
	return &config{
		execPath:            exe,
		argv0:               "gonode",
		env:                 envMap(os.Environ()),
		stdin:               os.Stdin,
		stdout:              os.Stdout,
		stderr:              os.Stderr,
		modules:             map[string]ModuleInit{},
		unhandledRejections: RejectionsThrow,
		stackSize:           defaultStackSize,
	}
}

// defaultStackSize bounds runaway recursion; Node's default (984 KB of V8
// stack) allows roughly 10,000 simple frames.
const defaultStackSize = 10000

func envMap(kv []string) map[string]string {
	m := make(map[string]string, len(kv))
	for _, e := range kv {
		for i := 0; i < len(e); i++ {
			if e[i] == '=' {
				if i > 0 {
					m[e[:i]] = e[i+1:]
				}
				break
			}
		}
	}
	return m
}

// WithArgs sets the arguments after the script (process.argv[2:]).
func WithArgs(args ...string) Option {
	return func(c *config) { c.argv = append([]string(nil), args...) }
}

// WithExecArgv sets process.execArgv (the runtime options before the script).
func WithExecArgv(args ...string) Option {
	return func(c *config) { c.execArgv = append([]string(nil), args...) }
}

// WithArgv0 sets process.argv0, the program name as typed (default "gonode").
func WithArgv0(name string) Option { return func(c *config) { c.argv0 = name } }

// WithExecPath sets process.execPath (default: this program's path).
func WithExecPath(p string) Option { return func(c *config) { c.execPath = p } }

// WithEnv replaces the environment (process.env) with "KEY=value" entries.
func WithEnv(env []string) Option { return func(c *config) { c.env = envMap(env) } }

// WithStdin sets the source of process.stdin.
func WithStdin(r io.Reader) Option { return func(c *config) { c.stdin = r } }

// WithStdout sets where process.stdout and console.log write.
func WithStdout(w io.Writer) Option { return func(c *config) { c.stdout = w } }

// WithStderr sets where process.stderr, console.error and error reports write.
func WithStderr(w io.Writer) Option { return func(c *config) { c.stderr = w } }

// WithWorkingDir sets the runtime's working directory (process.cwd()); the
// process-wide directory is not changed.
func WithWorkingDir(dir string) Option { return func(c *config) { c.cwd = dir } }

// WithModule registers a native Go module importable with require(name).
func WithModule(name string, init ModuleInit) Option {
	return func(c *config) { c.modules[name] = init }
}

// WithPreload adds modules to require before the main script (like -r).
func WithPreload(modules ...string) Option {
	return func(c *config) { c.preload = append(c.preload, modules...) }
}

// WithUnhandledRejections sets the --unhandled-rejections mode (default throw).
func WithUnhandledRejections(mode UnhandledRejections) Option {
	return func(c *config) { c.unhandledRejections = mode }
}

// WithWarnings turns process warnings on (default) or off (--no-warnings);
// trace prints a stack trace with each (--trace-warnings).
func WithWarnings(enabled, trace bool) Option {
	return func(c *config) { c.noWarnings, c.traceWarnings = !enabled, trace }
}

// WithDeprecations sets --no-deprecation (enabled=false) and --throw-deprecation.
func WithDeprecations(enabled, throw bool) Option {
	return func(c *config) { c.noDeprecation, c.throwDeprecation = !enabled, throw }
}

// WithStackSize bounds the JavaScript call stack depth (frames); overflowing
// it is reported as "RangeError: Maximum call stack size exceeded".
func WithStackSize(frames int) Option {
	return func(c *config) {
		if frames > 0 {
			c.stackSize = frames
		}
	}
}

// WithPrintResult makes RunScript print the script's completion value, like `node -p`.
func WithPrintResult(print bool) Option { return func(c *config) { c.printResult = print } }
