package loop

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

// errnoGolden is testdata/errno_linux.json: util.getSystemErrorMap() as
// recorded from node on linux/x64, with the node and libuv versions.
type errnoGolden struct {
	Node     string   `json:"node"`
	UV       string   `json:"uv"`
	Platform string   `json:"platform"`
	Unknown  []string `json:"unknown"` // errname(-9999), util.getSystemErrorName(-9999)
	Map      [][3]any `json:"map"`     // [errno, code, message] in Node's order
}

// errnoGoldenDrift lists where this table knowingly differs from the libuv
// of the node the golden file was recorded with (1.46): the current libuv
// has ENOEXEC, which is newer than 1.46. Each
// entry is checked to differ exactly as described, so the list cannot go
// stale silently when the golden file is re-recorded with a newer node.
var errnoGoldenDrift = map[string]int{ // code → its number in the golden file, 0 if absent there
	"ENOEXEC": 0,
}

func TestErrnoGoldenLinux(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("golden file holds Linux numbers")
	}
	switch runtime.GOARCH {
	case "mips", "mipsle", "mips64", "mips64le", "sparc64":
		t.Skip("this architecture's Linux errno numbers differ from the x86 ones recorded")
	}
	data, err := os.ReadFile(filepath.Join("testdata", "errno_linux.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g errnoGolden
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Map) < 80 {
		t.Fatalf("golden map has only %d entries", len(g.Map))
	}
	t.Logf("golden recorded with node %s (libuv %s) on %s", g.Node, g.UV, g.Platform)

	all := Errnos()
	seen := map[string]bool{}
	pos := 0 // position in all of the previous golden code: the order must agree
	for i, row := range g.Map {
		num := int(row[0].(float64))
		code := row[1].(string)
		msg := row[2].(string)
		seen[code] = true

		e, ok := ErrnoByCode(code)
		if !ok {
			t.Errorf("golden[%d] %s: unknown code", i, code)
			continue
		}
		if drift, ok := errnoGoldenDrift[code]; ok {
			if drift != num {
				t.Errorf("%s: golden has %d, drift table expects %d: update errnoGoldenDrift", code, num, drift)
			}
			if int(e) == num {
				t.Errorf("%s: listed as drift but matches golden %d: drop it from errnoGoldenDrift", code, num)
			}
		} else if int(e) != num {
			t.Errorf("%s = %d, node says %d", code, int(e), num)
		}
		if e.Message() != msg {
			t.Errorf("%s message %q, node says %q", code, e.Message(), msg)
		}
		if e.Code() != code {
			t.Errorf("Errno(%d).Code() = %q, want %q", int(e), e.Code(), code)
		}
		// Same relative order as Node's map.
		j := pos
		for j < len(all) && all[j] != e {
			j++
		}
		if j == len(all) {
			t.Errorf("%s out of Node's order", code)
		} else {
			pos = j
		}
	}
	for _, e := range all {
		if !seen[e.Code()] {
			if d, ok := errnoGoldenDrift[e.Code()]; !ok || d != 0 {
				t.Errorf("%s (%d) is not in node's map and not listed as drift", e.Code(), int(e))
			}
		}
	}
	if len(g.Unknown) == 2 {
		if got := Errno(-9999).Code(); got != g.Unknown[0] || got != g.Unknown[1] {
			t.Errorf("Errno(-9999).Code() = %q, node says %q", got, g.Unknown)
		}
	}
}

// errnoCodes is libuv's UV_ERRNO_MAP, in its order.
var errnoCodes = []string{
	"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN",
	"EAI_ADDRFAMILY", "EAI_AGAIN", "EAI_BADFLAGS", "EAI_BADHINTS", "EAI_CANCELED",
	"EAI_FAIL", "EAI_FAMILY", "EAI_MEMORY", "EAI_NODATA", "EAI_NONAME", "EAI_OVERFLOW",
	"EAI_PROTOCOL", "EAI_SERVICE", "EAI_SOCKTYPE", "EALREADY", "EBADF", "EBUSY",
	"ECANCELED", "ECHARSET", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
	"EDESTADDRREQ", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EINTR", "EINVAL",
	"EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMSGSIZE", "ENAMETOOLONG",
	"ENETDOWN", "ENETUNREACH", "ENFILE", "ENOBUFS", "ENODEV", "ENOENT", "ENOMEM",
	"ENONET", "ENOPROTOOPT", "ENOSPC", "ENOSYS", "ENOTCONN", "ENOTDIR", "ENOTEMPTY",
	"ENOTSOCK", "ENOTSUP", "EOVERFLOW", "EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT",
	"EPROTOTYPE", "ERANGE", "EROFS", "ESHUTDOWN", "ESPIPE", "ESRCH", "ETIMEDOUT",
	"ETXTBSY", "EXDEV", "UNKNOWN", "EOF", "ENXIO", "EMLINK", "EHOSTDOWN", "EREMOTEIO",
	"ENOTTY", "EFTYPE", "EILSEQ", "ESOCKTNOSUPPORT", "ENODATA", "EUNATCH", "ENOEXEC",
}

func TestErrnoTable(t *testing.T) {
	all := Errnos()
	if len(all) != len(errnoCodes) {
		t.Fatalf("Errnos() has %d entries, libuv has %d", len(all), len(errnoCodes))
	}
	nums := map[Errno]string{}
	for i, e := range all {
		if runtime.GOOS == "aix" && errnoCodes[i] == "ENOTEMPTY" {
			continue // ENOTEMPTY == EEXIST on AIX; the number reads as EEXIST
		}
		if e >= 0 {
			t.Errorf("%s = %d, want negative", errnoCodes[i], int(e))
		}
		if got := e.Code(); got != errnoCodes[i] {
			t.Errorf("Errnos()[%d].Code() = %q, want %q", i, got, errnoCodes[i])
		}
		if prev, dup := nums[e]; dup {
			t.Errorf("%s and %s share %d", prev, errnoCodes[i], int(e))
		}
		nums[e] = errnoCodes[i]
		back, ok := ErrnoByCode(errnoCodes[i])
		if !ok || back != e {
			t.Errorf("ErrnoByCode(%q) = %d, %v; want %d", errnoCodes[i], int(back), ok, int(e))
		}
		if e.Message() == "" || e.Message() == e.unknownText() {
			t.Errorf("%s has no message", errnoCodes[i])
		}
	}
	if _, ok := ErrnoByCode("ENOPE"); ok {
		t.Error(`ErrnoByCode("ENOPE") found something`)
	}
	if _, ok := ErrnoByCode("enoent"); ok {
		t.Error(`ErrnoByCode is case-insensitive; libuv's names are not`)
	}
	// Errnos returns a copy.
	all[0] = 0
	if Errnos()[0] != E2BIG {
		t.Error("Errnos() shares its backing array")
	}
}

func TestErrnoFixedValues(t *testing.T) {
	// The same on every OS.
	for _, c := range []struct {
		e    Errno
		want int
	}{
		{EOF, -4095}, {UNKNOWN, -4094},
		{EAI_ADDRFAMILY, -3000}, {EAI_AGAIN, -3001}, {EAI_BADFLAGS, -3002}, {EAI_CANCELED, -3003},
		{EAI_FAIL, -3004}, {EAI_FAMILY, -3005}, {EAI_MEMORY, -3006}, {EAI_NODATA, -3007},
		{EAI_NONAME, -3008}, {EAI_OVERFLOW, -3009}, {EAI_SERVICE, -3010}, {EAI_SOCKTYPE, -3011},
		{EAI_BADHINTS, -3013}, {EAI_PROTOCOL, -3014},
	} {
		if int(c.e) != c.want {
			t.Errorf("%s = %d, want %d", c.e.Code(), int(c.e), c.want)
		}
	}
	var want map[string]int
	switch runtime.GOOS {
	case "windows":
		want = map[string]int{"ENOENT": -4058, "EACCES": -4092, "EEXIST": -4075, "EISDIR": -4068, "ENOEXEC": -4022, "ECHARSET": -4080}
	case "darwin", "ios":
		want = map[string]int{"ENOENT": -2, "EAGAIN": -35, "ECONNREFUSED": -61, "ENOTSUP": -45, "EFTYPE": -79, "ENODATA": -96, "ENONET": -4056, "EUNATCH": -4023}
	case "freebsd":
		want = map[string]int{"ENOENT": -2, "EAGAIN": -35, "ECANCELED": -85, "EPROTO": -92, "EFTYPE": -79, "ENODATA": -9919, "EREMOTEIO": -4030}
	case "linux", "android":
		want = map[string]int{"ENOENT": -2, "EACCES": -13, "ECHARSET": -4080, "ENOEXEC": -8}
	}
	for code, n := range want {
		if e, _ := ErrnoByCode(code); int(e) != n {
			t.Errorf("%s = %d on %s, want %d", code, int(e), runtime.GOOS, n)
		}
	}
}

func TestErrnoText(t *testing.T) {
	for _, c := range []struct {
		e                   Errno
		code, msg, errorStr string
	}{
		{ENOENT, "ENOENT", "no such file or directory", "ENOENT: no such file or directory"},
		{EISDIR, "EISDIR", "illegal operation on a directory", "EISDIR: illegal operation on a directory"},
		{EOF, "EOF", "end of file", "EOF: end of file"},
		{UNKNOWN, "UNKNOWN", "unknown error", "UNKNOWN: unknown error"},
		{EAI_NONAME, "EAI_NONAME", "unknown node or service", "EAI_NONAME: unknown node or service"},
		{EREMOTEIO, "EREMOTEIO", "remote I/O error", "EREMOTEIO: remote I/O error"},
		{ECHARSET, "ECHARSET", "invalid Unicode character", "ECHARSET: invalid Unicode character"},
		{ENOEXEC, "ENOEXEC", "exec format error", "ENOEXEC: exec format error"},
		{-9999, "Unknown system error -9999", "Unknown system error -9999",
			"Unknown system error -9999: Unknown system error -9999"},
		{0, "Unknown system error 0", "Unknown system error 0", "Unknown system error 0: Unknown system error 0"},
	} {
		if got := c.e.Code(); got != c.code {
			t.Errorf("Errno(%d).Code() = %q, want %q", int(c.e), got, c.code)
		}
		if got := c.e.Message(); got != c.msg {
			t.Errorf("Errno(%d).Message() = %q, want %q", int(c.e), got, c.msg)
		}
		if got := c.e.Error(); got != c.errorStr {
			t.Errorf("Errno(%d).Error() = %q, want %q", int(c.e), got, c.errorStr)
		}
	}
}

func TestErrnoOf(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, openMissing := os.Open(filepath.Join(dir, "missing"))
	mkdirExisting := os.Mkdir(dir, 0o755)
	_, readDirOfFile := os.ReadDir(file)
	canceled, cancel := context.WithCancel(context.Background())
	cancel()

	cases := []struct {
		name string
		err  error
		want Errno
	}{
		{"nil", nil, 0},
		{"Errno", EPIPE, EPIPE},
		{"wrapped Errno", fmt.Errorf("write: %w", ECONNRESET), ECONNRESET},
		{"syscall.Errno", syscall.ENOENT, ENOENT}, // ERROR_FILE_NOT_FOUND on Windows
		{"os.Open missing", openMissing, ENOENT},
		{"os.Mkdir existing", mkdirExisting, EEXIST},
		{"os.SyscallError", os.NewSyscallError("read", syscall.EBADF), EBADF},
		{"net.OpError", &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}, ECONNREFUSED},
		{"fmt %w chain", fmt.Errorf("a: %w", fmt.Errorf("b: %w", &fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES})), EACCES},
		{"errors.Join", errors.Join(errors.New("other"), &os.LinkError{Op: "link", Err: syscall.EXDEV}), EXDEV},
		{"io.EOF", io.EOF, EOF},
		{"wrapped io.EOF", fmt.Errorf("read: %w", io.EOF), EOF},
		{"context.DeadlineExceeded", context.DeadlineExceeded, ETIMEDOUT},
		{"os.ErrDeadlineExceeded", &net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}, ETIMEDOUT},
		{"context.Canceled", canceled.Err(), ECANCELED},
		{"fs.ErrNotExist", fs.ErrNotExist, ENOENT},
		{"fs.ErrExist", fmt.Errorf("x: %w", fs.ErrExist), EEXIST},
		{"fs.ErrPermission", fs.ErrPermission, EACCES},
		{"fs.ErrClosed", &fs.PathError{Op: "read", Path: "f", Err: fs.ErrClosed}, EBADF},
		{"net.ErrClosed", &net.OpError{Op: "read", Err: net.ErrClosed}, EBADF},
		{"io.ErrClosedPipe", io.ErrClosedPipe, EPIPE},
		{"os.ErrProcessDone", os.ErrProcessDone, ESRCH},
		{"errors.ErrUnsupported", errors.ErrUnsupported, ENOSYS},
		{"DNS not found", &net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true}, EAI_NONAME},
		{"DNS timeout", &net.DNSError{Err: "i/o timeout", Name: "x", IsTimeout: true}, EAI_AGAIN},
		{"DNS other", &net.DNSError{Err: "server misbehaving", Name: "x"}, EAI_FAIL},
		{"errno 0", syscall.Errno(0), UNKNOWN},
		{"Errno 0", Errno(0), UNKNOWN},
		{"anything else", errors.New("boom"), UNKNOWN},
		{"As method", asErrno{syscall.ENOSPC}, fromSyscall(syscall.ENOSPC)},
	}
	if runtime.GOOS != "windows" {
		cases = append(cases,
			struct {
				name string
				err  error
				want Errno
			}{"os.ReadDir of a file", readDirOfFile, ENOTDIR},
			struct {
				name string
				err  error
				want Errno
			}{"unnamed errno", syscall.Errno(4000), Errno(-4000)},
		)
	}
	for _, c := range cases {
		if got := ErrnoOf(c.err); got != c.want {
			t.Errorf("%s: ErrnoOf(%v) = %d (%s), want %d (%s)", c.name, c.err, int(got), got.Code(), int(c.want), c.want.Code())
		}
	}
	if runtime.GOOS != "windows" {
		// Unnamed errno: libuv's uv_err_name text.
		if got := ErrnoOf(syscall.Errno(4000)).Code(); got != "Unknown system error -4000" {
			t.Errorf("unnamed errno Code() = %q", got)
		}
	}
}

// asErrno hides its errno from Unwrap; only its As method gives it away.
type asErrno struct{ e syscall.Errno }

func (a asErrno) Error() string { return "as: " + a.e.Error() }
func (a asErrno) As(target any) bool {
	if p, ok := target.(*syscall.Errno); ok {
		*p = a.e
		return true
	}
	return false
}

func TestErrnoOfAllOSErrnos(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows codes are libuv's own numbers, not OS errnos")
	}
	// Every code that is minus an OS errno comes back from that errno
	// (libuv's own numbers are -3000 and below).
	n := 0
	for _, e := range Errnos() {
		if e > -3000 {
			n++
			if got := ErrnoOf(syscall.Errno(-e)); got != e {
				t.Errorf("ErrnoOf(syscall.Errno(%d)) = %d, want %s", -e, int(got), e.Code())
			}
		}
	}
	if n < 55 {
		t.Errorf("only %d codes are OS errnos", n)
	}
}

func TestErrnoIs(t *testing.T) {
	if !errors.Is(ENOENT, syscall.ENOENT) {
		t.Error("errors.Is(ENOENT, syscall.ENOENT) = false")
	}
	if !errors.Is(fmt.Errorf("open: %w", ENOENT), fs.ErrNotExist) {
		t.Error("errors.Is(ENOENT, fs.ErrNotExist) = false")
	}
	if !errors.Is(EEXIST, fs.ErrExist) || !errors.Is(ENOTEMPTY, fs.ErrExist) {
		t.Error("EEXIST/ENOTEMPTY are not fs.ErrExist")
	}
	if !errors.Is(EACCES, fs.ErrPermission) || !errors.Is(EPERM, fs.ErrPermission) {
		t.Error("EACCES/EPERM are not fs.ErrPermission")
	}
	if !errors.Is(ENOSYS, errors.ErrUnsupported) || !errors.Is(ENOTSUP, errors.ErrUnsupported) {
		t.Error("ENOSYS/ENOTSUP are not errors.ErrUnsupported")
	}
	if errors.Is(ENOENT, fs.ErrExist) || errors.Is(EEXIST, fs.ErrNotExist) {
		t.Error("ENOENT/EEXIST match the wrong sentinel")
	}
	if errors.Is(ENOENT, syscall.EACCES) {
		t.Error("errors.Is(ENOENT, syscall.EACCES) = true")
	}
	if errors.Is(UNKNOWN, syscall.Errno(123456)) {
		t.Error("UNKNOWN matches an errno")
	}
	if errors.Is(ENOENT, syscall.Errno(0)) {
		t.Error("ENOENT matches errno 0")
	}
	for _, e := range []syscall.Errno{syscall.EACCES, syscall.EEXIST, syscall.EINVAL, syscall.EPIPE, syscall.ECONNRESET} {
		if !errors.Is(ErrnoOf(e), e) {
			t.Errorf("errors.Is(ErrnoOf(%v), %v) = false", e, e)
		}
	}
}

func TestErrnoAllocs(t *testing.T) {
	var sink Errno
	var s string
	pathErr := &fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}
	wrapped := fmt.Errorf("ctx: %w", pathErr)
	for name, f := range map[string]func(){
		"ErrnoOf(syscall.ENOENT)":   func() { sink = ErrnoOf(syscall.ENOENT) },
		"ErrnoOf(*fs.PathError)":    func() { sink = ErrnoOf(pathErr) },
		"ErrnoOf(fmt %w PathError)": func() { sink = ErrnoOf(wrapped) },
		"ErrnoOf(Errno)":            func() { sink = ErrnoOf(ECONNRESET) },
		"ErrnoByCode":               func() { sink, _ = ErrnoByCode("ENOENT") },
		"Code":                      func() { s = ENOENT.Code() },
		"Message":                   func() { s = ENOENT.Message() },
		"Error":                     func() { s = ENOENT.Error() },
		"Is":                        func() { _ = ENOENT.Is(syscall.ENOENT) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs, want 0", name, n)
		}
	}
	_, _ = sink, s
}

func BenchmarkErrnoOf(b *testing.B) {
	err := error(&fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT})
	for b.Loop() {
		_ = ErrnoOf(err)
	}
}

func ExampleErrnoOf() {
	_, err := os.Open("/definitely/not/here")
	e := ErrnoOf(err)
	fmt.Println(e.Code(), e == ENOENT)
	fmt.Println(e.Message())
	// Output:
	// ENOENT true
	// no such file or directory
}
