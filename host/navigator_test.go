package host

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestNavigator checks navigator (Node 21's, which the core-library issue asks
// for; Node v20 has none, so no recording can check it): Node's values for
// this machine, the illegal constructor, inspect output, and that it does not
// show up among globalThis's enumerable keys.
func TestNavigator(t *testing.T) {
	platform := map[string]string{"linux": "Linux x86_64", "darwin": "MacIntel", "windows": "Win32"}[runtime.GOOS]
	if platform == "" || (runtime.GOOS == "linux" && runtime.GOARCH != "amd64") {
		t.Skipf("the platform string for %s/%s is not spelled out in this test", runtime.GOOS, runtime.GOARCH)
	}
	out, errs, code, _ := runFile(t, `'use strict';
const os = require('os');
console.log(typeof navigator, navigator.userAgent, navigator.language, navigator.languages);
console.log(navigator.hardwareConcurrency === os.availableParallelism(), navigator.platform);
console.log(require('util').inspect(navigator), Object.prototype.toString.call(navigator));
console.log(navigator instanceof Navigator, Object.keys(globalThis).includes('navigator'));
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
`)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	major, _, _ := strings.Cut(strings.TrimPrefix(NodeVersion, "v"), ".")
	if _, err := strconv.Atoi(major); err != nil {
		t.Fatalf("NodeVersion %q has no major number", NodeVersion)
	}
	want := "object Node.js/" + major + " en-US [ 'en-US' ]\n" +
		"true " + platform + "\n" +
		"Navigator {} [object Navigator]\n" +
		"true false\n" +
		"TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}
