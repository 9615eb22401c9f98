package modules

import (
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "re-record testdata/expected.json by running testdata/oracle.js with node")

// The cases (testdata/cases.json) and Node's answers (testdata/expected.json,
// recorded by testdata/oracle.js) are shared with the oracle; see oracle.js.

type specCase struct {
	From    *string   `json:"from"`
	Request string    `json:"request"`
	Paths   *[]string `json:"paths"`
	Main    bool      `json:"main"`
	Repl    bool      `json:"repl"`
}

type specGroup struct {
	Name  string            `json:"name"`
	Cwd   string            `json:"cwd"`
	Flags []string          `json:"flags"`
	Env   map[string]string `json:"env"`
	Cases []specCase        `json:"cases"`
}

type spec struct {
	Symlinks      map[string]string `json:"symlinks"`
	Groups        []specGroup       `json:"groups"`
	JSON          []string          `json:"json"`
	JSONPrefixes  []string          `json:"jsonPrefixes"`
	JSONMutations []struct {
		Base string   `json:"base"`
		Subs []string `json:"subs"`
	} `json:"jsonMutations"`
	NodeModulePaths []string `json:"nodeModulePaths"`
}

type errResult struct {
	Kind         string `json:"kind"`
	Message      string `json:"message"`
	Code         string `json:"code,omitempty"`
	Path         string `json:"path,omitempty"`
	RequestPath  string `json:"requestPath,omitempty"`
	RequireStack bool   `json:"requireStack,omitempty"`
}

type warnResult struct {
	Type    string `json:"type"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

type caseResult struct {
	Result   string       `json:"result,omitempty"`
	Error    *errResult   `json:"error,omitempty"`
	Warnings []warnResult `json:"warnings,omitempty"`
}

type jsonResult struct {
	Value *string `json:"value"`
	Error *string `json:"error"`
}

type expectation struct {
	Node           string   `json:"node"`
	BuiltinModules []string `json:"builtinModules"`
	Groups         []struct {
		Name    string       `json:"name"`
		Results []caseResult `json:"results"`
	} `json:"groups"`
	JSON            []jsonResult   `json:"json"`
	JSONPrefixes    [][]jsonResult `json:"jsonPrefixes"`
	JSONMutations   [][]jsonResult `json:"jsonMutations"`
	NodeModulePaths [][]string     `json:"nodeModulePaths"`
}

func readJSONFile(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

var recorded bool

func load(t *testing.T) (*spec, *expectation) {
	t.Helper()
	if *update && !recorded {
		node, err := exec.LookPath("node")
		if err != nil {
			t.Fatal("-update needs node on PATH")
		}
		cmd := exec.Command(node, filepath.Join("testdata", "oracle.js"))
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("oracle.js: %v", err)
		}
		recorded = true
	}
	var s spec
	var e expectation
	readJSONFile(t, "cases.json", &s)
	readJSONFile(t, "expected.json", &e)
	return &s, &e
}

// makeFixture copies testdata/tree into a temporary directory (renaming
// _node_modules to node_modules), adds the symlinks, and returns its real path.
func makeFixture(t *testing.T, s *spec) string {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join("testdata", "tree")
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		parts := strings.Split(rel, string(filepath.Separator))
		for i, part := range parts {
			if part == "_node_modules" {
				parts[i] = "node_modules"
			}
		}
		dst := filepath.Join(root, filepath.Join(parts...))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for link, target := range s.Symlinks {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	return root
}

// optionsFor translates a group's node flags and environment into Options.
func optionsFor(g specGroup, root string, builtins []string) Options {
	expand := func(s string) string { return strings.ReplaceAll(s, "<root>", root) }
	opts := Options{
		Home:      expand(g.Env["HOME"]),
		NodePath:  ParseNodePath(expand(g.Env["NODE_PATH"])),
		Prefix:    filepath.Join(root, "prefix"),
		IsBuiltin: func(name string) bool { return slices.Contains(builtins, name) },
		Getwd:     func() (string, error) { return filepath.Join(root, g.Cwd), nil },
	}
	addons := true
	var custom []string
	for _, f := range g.Flags {
		switch {
		case f == "--preserve-symlinks":
			opts.PreserveSymlinks = true
		case f == "--preserve-symlinks-main":
			opts.PreserveSymlinksMain = true
		case f == "--no-addons":
			addons = false
		case strings.HasPrefix(f, "--conditions="):
			custom = append(custom, strings.TrimPrefix(f, "--conditions="))
		}
	}
	opts.Conditions = []string{"require", "node"}
	if addons {
		opts.Conditions = append(opts.Conditions, "node-addons")
	}
	opts.Conditions = append(append(opts.Conditions, custom...), "module-sync")
	return opts
}

func describe(c specCase) string {
	from := "<no parent>"
	if c.From != nil {
		from = *c.From
	}
	d := "require.resolve(" + c.Request + ") from " + from
	if c.Paths != nil {
		d += " paths=" + strings.Join(*c.Paths, ",")
	}
	if c.Main {
		d += " (main)"
	}
	if c.Repl {
		d += " (repl)"
	}
	return d
}

func TestResolveMatchesNode(t *testing.T) {
	s, e := load(t)
	root := makeFixture(t, s)
	if len(e.Groups) != len(s.Groups) {
		t.Fatalf("expected.json has %d groups, cases.json %d: re-record with -update", len(e.Groups), len(s.Groups))
	}
	total := 0
	for gi, g := range s.Groups {
		want := e.Groups[gi].Results
		if len(want) != len(g.Cases) {
			t.Fatalf("group %s: expected.json has %d results for %d cases: re-record with -update", g.Name, len(want), len(g.Cases))
		}
		var warnings []warnResult
		opts := optionsFor(g, root, e.BuiltinModules)
		opts.OnWarning = func(w Warning) { warnings = append(warnings, warnResult{w.Type, w.Code, w.Message}) }
		r := NewResolver(OSFS{}, opts)
		cwd := filepath.Join(root, g.Cwd)
		for ci, c := range g.Cases {
			total++
			request := strings.ReplaceAll(c.Request, "<root>", root)
			var parent string
			var ro ResolveOptions
			if c.From != nil {
				parent = filepath.Join(root, *c.From)
			}
			if c.Paths != nil {
				ro.Paths = []string{}
				for _, p := range *c.Paths {
					if strings.HasPrefix(p, "=") {
						ro.Paths = append(ro.Paths, p[1:])
					} else {
						ro.Paths = append(ro.Paths, filepath.Join(root, p))
					}
				}
			}
			if c.Repl {
				ro.ParentID = "<repl>"
				ro.ParentPaths = NodeModulePaths(cwd)
			}
			ro.IsMain = c.Main
			warnings = nil
			res, err := r.Resolve(request, parent, ro)
			var got caseResult
			if err != nil {
				var re *Error
				if !errors.As(err, &re) {
					t.Errorf("%s: non-*Error %T: %v", describe(c), err, err)
					continue
				}
				got.Error = &errResult{Kind: re.Kind, Message: re.Message, Code: re.Code, Path: re.Path,
					RequestPath: re.RequestPath, RequireStack: re.RequireStack}
			} else {
				got.Result = res
			}
			got.Warnings = warnings
			gotText := strings.ReplaceAll(marshal(got), root, "<root>")
			wantJSON := marshal(want[ci])
			if gotText != wantJSON {
				t.Errorf("[%s] %s\n got: %s\nwant: %s", g.Name, describe(c), gotText, wantJSON)
			}
		}
	}
	t.Logf("%d resolution cases compared with %s", total, e.Node)
}

func marshal(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// stringify is JSON.stringify for the parser's values.
func stringify(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return jsString(v)
	case float64:
		s := jsNumber(v)
		if s == "NaN" || strings.HasSuffix(s, "Infinity") {
			return "null"
		}
		return s
	case string:
		return jsonQuote(v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = stringify(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case *JSONObject:
		parts := make([]string, len(v.Keys))
		for i, k := range v.Keys {
			parts[i] = jsonQuote(k) + ":" + stringify(v.Values[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	panic("unexpected JSON value")
}

func checkJSON(t *testing.T, input string, want jsonResult) {
	t.Helper()
	v, err := ParseJSON([]byte(input))
	switch {
	case want.Error != nil && err == nil:
		t.Errorf("ParseJSON(%q) = %s, want error %q", input, stringify(v), *want.Error)
	case want.Error != nil && err.Error() != *want.Error:
		t.Errorf("ParseJSON(%q) error\n got: %s\nwant: %s", input, err, *want.Error)
	case want.Value != nil && err != nil:
		t.Errorf("ParseJSON(%q) error %q, want %s", input, err, *want.Value)
	case want.Value != nil && stringify(v) != *want.Value:
		t.Errorf("ParseJSON(%q)\n got: %s\nwant: %s", input, stringify(v), *want.Value)
	}
}

func TestParseJSONMatchesV8(t *testing.T) {
	s, e := load(t)
	for i, in := range s.JSON {
		checkJSON(t, in, e.JSON[i])
	}
	for i, base := range s.JSONPrefixes {
		runes := []rune(base)
		for n := range runes {
			checkJSON(t, string(runes[:n]), e.JSONPrefixes[i][n])
		}
	}
	for i, m := range s.JSONMutations {
		runes := []rune(m.Base)
		k := 0
		for j := range runes {
			for _, sub := range m.Subs {
				checkJSON(t, string(runes[:j])+sub+string(runes[j+1:]), e.JSONMutations[i][k])
				k++
			}
		}
	}
}

func TestNodeModulePathsMatchesNode(t *testing.T) {
	s, e := load(t)
	for i, dir := range s.NodeModulePaths {
		if got := NodeModulePaths(dir); !reflect.DeepEqual(got, e.NodeModulePaths[i]) {
			t.Errorf("NodeModulePaths(%q)\n got: %q\nwant: %q", dir, got, e.NodeModulePaths[i])
		}
	}
}

// memFS is an in-memory FS for cache tests.
type memFS struct {
	files map[string]string
	dirs  map[string]bool
	stats int
}

func newMemFS(files map[string]string) *memFS {
	m := &memFS{files: files, dirs: map[string]bool{"/": true}}
	for p := range files {
		for d := filepath.Dir(p); d != "/"; d = filepath.Dir(d) {
			m.dirs[d] = true
		}
	}
	return m
}

func (m *memFS) Stat(p string) (bool, error) {
	m.stats++
	if m.dirs[p] {
		return true, nil
	}
	if _, ok := m.files[p]; ok {
		return false, nil
	}
	return false, fs.ErrNotExist
}

func (m *memFS) ReadFile(p string) ([]byte, error) {
	if s, ok := m.files[p]; ok {
		return []byte(s), nil
	}
	return nil, fs.ErrNotExist
}

func (m *memFS) Realpath(p string) (string, error) { return p, nil }

func TestCachesAndClearCache(t *testing.T) {
	m := newMemFS(map[string]string{
		"/p/main.js":                       "",
		"/p/a.js":                          "",
		"/p/node_modules/dep/package.json": `{"main": "one.js"}`,
		"/p/node_modules/dep/one.js":       "",
		"/p/node_modules/dep/two.js":       "",
	})
	r := NewResolver(m, Options{NoGlobalSearchPaths: true, Getwd: func() (string, error) { return "/p", nil }})
	resolve := func(req string) string {
		t.Helper()
		got, err := r.Resolve(req, "/p/main.js", ResolveOptions{})
		if err != nil {
			t.Fatalf("Resolve(%q): %v", req, err)
		}
		return got
	}
	if got := resolve("./a"); got != "/p/a.js" {
		t.Fatalf("./a = %q", got)
	}
	// Module._pathCache: a resolved request keeps its answer after the file goes.
	delete(m.files, "/p/a.js")
	if got := resolve("./a"); got != "/p/a.js" {
		t.Errorf("cached ./a = %q", got)
	}
	// package.json reads are cached too ("dep/" is a different request,
	// so it is not answered by the path cache).
	if got := resolve("dep"); got != "/p/node_modules/dep/one.js" {
		t.Errorf("dep = %q", got)
	}
	m.files["/p/node_modules/dep/package.json"] = `{"main": "two.js"}`
	if got := resolve("dep/"); got != "/p/node_modules/dep/one.js" {
		t.Errorf("dep/ with a cached package.json = %q", got)
	}
	r.ClearCache()
	if _, err := r.Resolve("./a", "/p/main.js", ResolveOptions{}); err == nil {
		t.Errorf("./a resolved after ClearCache")
	}
	if got := resolve("dep"); got != "/p/node_modules/dep/two.js" {
		t.Errorf("dep after ClearCache = %q", got)
	}

	// Stats are cached only while enabled, and only successful ones (as in
	// Node): resolving "dep" again still probes dep.js, dep.json and dep.node.
	statsFor := func(req string) int {
		r.pathCache = map[string]string{}
		before := m.stats
		resolve(req)
		return m.stats - before
	}
	cold := statsFor("dep")
	r.EnableStatCache()
	statsFor("dep")
	if warm := statsFor("dep"); warm != 3 || cold <= warm {
		t.Errorf("stats with a warm stat cache: %d (cold %d), want 3", warm, cold)
	}
	r.DisableStatCache()
	if n := statsFor("dep"); n != cold {
		t.Errorf("stats with the stat cache disabled: %d, want %d", n, cold)
	}
}

func TestLookupPathsAndGlobalPaths(t *testing.T) {
	r := NewResolver(newMemFS(nil), Options{NodePath: ParseNodePath("/np1::rel"), Home: "/home/u", Prefix: "/usr",
		Getwd: func() (string, error) { return "/cwd", nil }, IsBuiltin: func(n string) bool { return n == "fs" }})
	global := []string{"/np1", "rel", "/home/u/.node_modules", "/home/u/.node_libraries", "/usr/lib/node"}
	if got := r.GlobalPaths(); !reflect.DeepEqual(got, global) {
		t.Errorf("GlobalPaths = %q", got)
	}
	parent := &Parent{ID: "/a/b.js", Filename: "/a/b.js", Paths: []string{"/a/node_modules", "/node_modules"}}
	tests := []struct {
		req    string
		parent *Parent
		want   []string
	}{
		{"fs", parent, nil},
		{"x", parent, append([]string{"/a/node_modules", "/node_modules"}, global...)},
		{"x", nil, global},
		{".x", parent, append([]string{"/a/node_modules", "/node_modules"}, global...)},
		{"./x", parent, []string{"/a"}},
		{"..x", parent, []string{"/a"}},
		{"./x", nil, []string{"."}},
		{"./x", &Parent{ID: "<repl>"}, []string{"."}},
	}
	for _, tt := range tests {
		if got := r.LookupPaths(tt.req, tt.parent); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("LookupPaths(%q) = %q, want %q", tt.req, got, tt.want)
		}
	}
	if got := NewResolver(nil, Options{NoGlobalSearchPaths: true, NodePath: []string{"/x"}}).GlobalPaths(); len(got) != 0 {
		t.Errorf("NoGlobalSearchPaths: GlobalPaths = %q", got)
	}
}

func TestURLHelpers(t *testing.T) {
	base := pathToFileURL("/p/a b/%x#?/package.json")
	if want := "/p/a%20b/%25x%23%3F/package.json"; base.path != want {
		t.Errorf("pathToFileURL = %q, want %q", base.path, want)
	}
	for _, tt := range []struct{ in, want string }{
		{"./x.js", "/p/a b/%x#?/x.js"},
		{"./d/../y.js", "/p/a b/%x#?/y.js"},
		{"./d/%2e%2E/y.js", "/p/a b/%x#?/y.js"},
		{"./é.js", "/p/a b/%x#?/é.js"},
		{"./q.js?x#y", "/p/a b/%x#?/q.js"},
		{"./a\\b", "/p/a b/%x#?/a/b"},
		{".", "/p/a b/%x#?/"},
		{"./", "/p/a b/%x#?/"},
	} {
		u, ok := parseURL(tt.in, &base)
		got, err := fileURLToPath(u)
		if !ok || err != nil || got != tt.want {
			t.Errorf("resolve %q: %q %v %v, want %q", tt.in, got, ok, err, tt.want)
		}
	}
	if _, err := decodeURIComponent("%C0%80"); err == nil {
		t.Errorf("overlong UTF-8 decoded")
	}
	if s, err := decodeURIComponent("%E2%82%AC%41"); err != nil || s != "€A" || !utf8.ValidString(s) {
		t.Errorf("decode = %q %v", s, err)
	}
	for _, tt := range []struct {
		f    float64
		want string
	}{{1, "1"}, {-1.5, "-1.5"}, {1e21, "1e+21"}, {1e-7, "1e-7"}, {123e-20, "1.23e-18"}, {0.000001, "0.000001"}, {1e20, "100000000000000000000"}} {
		if got := jsNumber(tt.f); got != tt.want {
			t.Errorf("jsNumber(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}
