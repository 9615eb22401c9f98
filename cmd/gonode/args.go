package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// cliOptions is the parsed command line.
type cliOptions struct {
	help, version                   bool
	eval                            string
	evalSet, print                  bool
	script                          string
	args                            []string
	execArgv                        []string
	preload                         []string
	unhandledRejections             string
	noWarnings, traceWarnings       bool
	noDeprecation, throwDeprecation bool
	stackSize                       int
}

// parseArgs reads runtime options up to the script name; everything after
// the script (or after --) belongs to the script. Errors carry Node's
// wording and mean exit code 9.
func parseArgs(args []string) (*cliOptions, error) {
	o := &cliOptions{unhandledRejections: "throw"}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			o.script = a
			o.args = args[i+1:]
			return o, nil
		}
		if a == "--" {
			if i+1 < len(args) {
				o.script = args[i+1]
				o.args = args[i+2:]
			}
			return o, nil
		}
		name, value, hasValue := strings.Cut(a, "=")
		needValue := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s requires an argument", name)
			}
			i++
			return args[i], nil
		}
		o.execArgv = append(o.execArgv, a)
		switch name {
		case "-h", "--help":
			o.help = true
		case "-v", "--version":
			o.version = true
		case "-e", "--eval", "-p", "--print":
			v, err := needValue()
			if err != nil {
				return nil, err
			}
			if !hasValue {
				o.execArgv = append(o.execArgv, v)
			}
			o.eval, o.evalSet = v, true
			o.print = o.print || name == "-p" || name == "--print"
			o.args = scriptArgs(args[i+1:])
			return o, nil
		case "-pe", "-ep":
			if i+1 >= len(args) {
				return nil, fmt.Errorf("%s requires an argument", name)
			}
			i++
			o.execArgv = append(o.execArgv, args[i])
			o.eval, o.evalSet, o.print = args[i], true, true
			o.args = scriptArgs(args[i+1:])
			return o, nil
		case "-r", "--require":
			v, err := needValue()
			if err != nil {
				return nil, err
			}
			if !hasValue {
				o.execArgv = append(o.execArgv, v)
			}
			o.preload = append(o.preload, v)
		case "--unhandled-rejections":
			v, err := needValue()
			if err != nil {
				return nil, err
			}
			switch v {
			case "throw", "strict", "warn", "none", "warn-with-error-code":
				o.unhandledRejections = v
			default:
				return nil, errors.New("invalid value for --unhandled-rejections")
			}
		case "--no-warnings":
			o.noWarnings = true
		case "--trace-warnings":
			o.traceWarnings = true
		case "--no-deprecation":
			o.noDeprecation = true
		case "--throw-deprecation":
			o.throwDeprecation = true
		case "--stack-size":
			v, err := needValue()
			if err != nil {
				return nil, err
			}
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("bad option: %s", a)
			}
			// V8's --stack-size is in KiB; a simple frame takes roughly 100 bytes.
			o.stackSize = n * 10
		default:
			return nil, fmt.Errorf("bad option: %s", a)
		}
	}
	return o, nil
}

// scriptArgs drops a "--" that directly follows -e/-p code, as node does.
func scriptArgs(rest []string) []string {
	if len(rest) > 0 && rest[0] == "--" {
		return rest[1:]
	}
	return rest
}
