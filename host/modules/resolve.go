// Package modules implements Node.js's CommonJS module resolution
// (require.resolve) as Node v20 does it: relative and absolute requests with
// extension and directory probing, package.json "main", node_modules lookup,
// NODE_PATH and the global folders, package "exports" and "imports",
// self-reference, realpath of results, and Node's caches and error messages.
//
// It reads the file system through FS and knows nothing about JavaScript; the
// JS-side Module class calls it through a binding, turns *Error into Node's
// error objects (adding the require stack where Error.RequireStack says so)
// and emits the returned warnings with process.emitWarning.
//
// Paths are POSIX paths; Windows drive letters and backslash separators are
// not handled.
package modules

import (
	"os"
	"path"
	"path/filepath"
	"strings"
)

// FS is what resolution reads; OSFS uses the real file system. Tests may use a fake.
type FS interface {
	// Stat follows symbolic links and reports whether path is a directory.
	Stat(path string) (isDir bool, err error)
	// ReadFile returns a file's contents; reading a directory is an error.
	ReadFile(path string) ([]byte, error)
	// Realpath returns the absolute path with every symbolic link resolved.
	Realpath(path string) (string, error)
}

// OSFS is the FS of the operating system.
type OSFS struct{}

// Stat implements FS with os.Stat.
func (OSFS) Stat(p string) (bool, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return false, err
	}
	return fi.IsDir(), nil
}

// ReadFile implements FS with os.ReadFile.
func (OSFS) ReadFile(p string) ([]byte, error) { return os.ReadFile(p) }

// Realpath implements FS with filepath.EvalSymlinks.
func (OSFS) Realpath(p string) (string, error) {
	rp, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(rp)
}

// DefaultConditions are the "exports"/"imports" conditions of Node v20's
// require (besides "default", which always matches).
var DefaultConditions = []string{"require", "node", "node-addons", "module-sync"}

// DefaultExtensions are the keys of Node's require.extensions, in probing order.
var DefaultExtensions = []string{".js", ".json", ".node"}

// Options configures a Resolver; the zero value behaves like `node` with no
// flags, no NODE_PATH and no HOME.
type Options struct {
	// NodePath holds the NODE_PATH entries (see ParseNodePath), searched
	// after the node_modules folders; relative entries are relative to the
	// working directory.
	NodePath []string
	// Home is $HOME: $HOME/.node_modules and $HOME/.node_libraries are
	// searched after NodePath. Empty means no HOME.
	Home string
	// Prefix is the installation prefix (execPath/../..): Prefix/lib/node is
	// the last global folder. Empty means derive it from os.Executable().
	Prefix string
	// NoGlobalSearchPaths drops NODE_PATH and every global folder (Node's
	// embedder option of the same name).
	NoGlobalSearchPaths bool
	// Conditions are the conditions matched in "exports" and "imports"
	// (plus "default"); nil means DefaultConditions. Add --conditions here.
	Conditions []string
	// Extensions are tried in order when probing files; nil means
	// DefaultExtensions. See also SetExtensions.
	Extensions []string
	// PreserveSymlinks is --preserve-symlinks: results keep symlinked paths.
	PreserveSymlinks bool
	// PreserveSymlinksMain is --preserve-symlinks-main, for IsMain requests.
	PreserveSymlinksMain bool
	// IsBuiltin reports whether name is a built-in module that can be
	// required without the "node:" scheme. Resolve returns such requests
	// unchanged, and "imports" targets naming them fail as in Node.
	IsBuiltin func(name string) bool
	// Getwd returns the working directory (process.cwd()); nil means os.Getwd.
	Getwd func() (string, error)
	// OnWarning receives the warnings Node emits with process.emitWarning
	// during resolution (DEP0128, DEP0151, DEP0155, DEP0166).
	OnWarning func(Warning)
}

// ParseNodePath splits a NODE_PATH value the way Node does (on ':', dropping
// empty entries).
func ParseNodePath(env string) []string {
	var out []string
	for _, p := range strings.Split(env, ":") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ResolveOptions are the per-call inputs of Resolve besides the request.
type ResolveOptions struct {
	// Paths is require.resolve's paths option; nil means the option is absent
	// (an empty, non-nil slice is an empty array).
	Paths []string
	// IsMain is true when resolving the main entry point.
	IsMain bool
	// ParentID is the parent module's id; empty means the parent's filename.
	// Use "<repl>" for the REPL. With an empty parentFilename and ParentID
	// there is no parent, as for the main entry point.
	ParentID string
	// ParentPaths is the parent's module.paths; nil means
	// NodeModulePaths(dirname(parentFilename)), what Node sets when loading.
	ParentPaths []string
}

// Parent is the part of a Node Module object that LookupPaths reads.
type Parent struct {
	ID       string
	Filename string
	Paths    []string
}

// Warning is a process warning Node emits during resolution.
type Warning struct {
	Message string
	Type    string // e.g. "DeprecationWarning"
	Code    string // e.g. "DEP0128"
}

// Error is a resolution failure carrying what Node's error object carries.
type Error struct {
	// Kind is the JavaScript constructor: "Error", "TypeError",
	// "SyntaxError" (malformed package.json) or "URIError".
	Kind string
	// Code is err.code ("MODULE_NOT_FOUND", "ERR_PACKAGE_PATH_NOT_EXPORTED",
	// ...); empty when Node sets none.
	Code string
	// Message is err.message without any require stack.
	Message string
	// Path is err.path when Node sets it (a package.json path).
	Path string
	// RequestPath is err.requestPath (set for a package.json "main" that
	// leads nowhere).
	RequestPath string
	// RequireStack is true for the plain "Cannot find module" error, to
	// which Node appends "\nRequire stack:\n- <parent>..." and sets
	// err.requireStack.
	RequireStack bool
}

// Error returns the message (without a require stack).
func (e *Error) Error() string { return e.Message }

// Resolver resolves require() requests like Node v20. It is for use by one
// goroutine (the loop thread). Like Node it caches, for the life of the
// process or until ClearCache: package.json reads (including absent files),
// realpaths, and successful resolutions keyed by (request, search paths),
// Node's Module._pathCache. Stat results are cached only between
// EnableStatCache and DisableStatCache.
type Resolver struct {
	fs          FS
	opts        Options
	conditions  map[string]bool
	exts        []string
	globalPaths []string
	pkgCache    map[string]*PackageConfig
	realCache   map[string]string
	pathCache   map[string]string
	statCache   map[string]int
	emitted     map[string]bool
}

// NewResolver returns a Resolver reading through fs (OSFS{} when nil).
func NewResolver(fs FS, opts Options) *Resolver {
	if fs == nil {
		fs = OSFS{}
	}
	r := &Resolver{fs: fs, opts: opts, conditions: map[string]bool{}, emitted: map[string]bool{}}
	conds := opts.Conditions
	if conds == nil {
		conds = DefaultConditions
	}
	for _, c := range conds {
		r.conditions[c] = true
	}
	r.SetExtensions(opts.Extensions)
	r.ClearCache()
	if !opts.NoGlobalSearchPaths {
		prefix := opts.Prefix
		if prefix == "" {
			if exe, err := os.Executable(); err == nil {
				prefix = r.resolvePath(exe, "..", "..")
			}
		}
		paths := []string{r.resolvePath(prefix, "lib", "node")}
		if opts.Home != "" {
			paths = append([]string{r.resolvePath(opts.Home, ".node_modules"), r.resolvePath(opts.Home, ".node_libraries")}, paths...)
		}
		var np []string
		for _, p := range opts.NodePath {
			if p != "" {
				np = append(np, p)
			}
		}
		r.globalPaths = append(np, paths...)
	}
	return r
}

// GlobalPaths returns Module.globalPaths: NODE_PATH entries, then
// $HOME/.node_modules, $HOME/.node_libraries and $PREFIX/lib/node.
func (r *Resolver) GlobalPaths() []string { return append([]string(nil), r.globalPaths...) }

// SetExtensions sets the probing extensions (the keys of require.extensions,
// which user code may change); nil restores DefaultExtensions.
func (r *Resolver) SetExtensions(exts []string) {
	if exts == nil {
		exts = DefaultExtensions
	}
	r.exts = append([]string(nil), exts...)
}

// ClearCache forgets every cached package.json, realpath, resolution and stat.
func (r *Resolver) ClearCache() {
	r.pkgCache = map[string]*PackageConfig{}
	r.realCache = map[string]string{}
	r.pathCache = map[string]string{}
	if r.statCache != nil {
		r.statCache = map[string]int{}
	}
}

// EnableStatCache starts caching successful stats, as Node does while the
// outermost module body runs (requireDepth 0 in Module.prototype._compile).
func (r *Resolver) EnableStatCache() {
	if r.statCache == nil {
		r.statCache = map[string]int{}
	}
}

// DisableStatCache stops caching stats and drops the cached ones.
func (r *Resolver) DisableStatCache() { r.statCache = nil }

func (r *Resolver) warn(w Warning) {
	if r.opts.OnWarning != nil {
		r.opts.OnWarning(w)
	}
}

func (r *Resolver) cwd() string {
	getwd := r.opts.Getwd
	if getwd == nil {
		getwd = os.Getwd
	}
	if wd, err := getwd(); err == nil {
		return wd
	}
	return "/"
}

// resolvePath is Node's path.resolve (POSIX).
func (r *Resolver) resolvePath(parts ...string) string {
	p := ""
	for i := len(parts) - 1; i >= 0; i-- {
		if parts[i] == "" {
			continue
		}
		if p == "" {
			p = parts[i]
		} else {
			p = parts[i] + "/" + p
		}
		if parts[i][0] == '/' {
			break
		}
	}
	if !strings.HasPrefix(p, "/") {
		p = r.cwd() + "/" + p
	}
	return path.Clean(p)
}

func (r *Resolver) abs(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	return r.resolvePath(p)
}

// stat is Node's internalModuleStat: 0 for a file (anything but a
// directory), 1 for a directory, negative on error.
func (r *Resolver) stat(p string) int {
	p = r.abs(p)
	if r.statCache != nil {
		if v, ok := r.statCache[p]; ok {
			return v
		}
	}
	isDir, err := r.fs.Stat(p)
	if err != nil {
		return -2
	}
	v := 0
	if isDir {
		v = 1
	}
	if r.statCache != nil {
		r.statCache[p] = v
	}
	return v
}

func (r *Resolver) realpath(p string) (string, error) {
	if v, ok := r.realCache[p]; ok {
		return v, nil
	}
	rp, err := r.fs.Realpath(r.abs(p))
	if err != nil {
		return "", err
	}
	r.realCache[p] = rp
	return rp, nil
}

// dirname is Node's path.dirname (POSIX).
func dirname(p string) string {
	if p == "" {
		return "."
	}
	end := len(p)
	for end > 1 && p[end-1] == '/' {
		end--
	}
	i := strings.LastIndexByte(p[:end], '/')
	switch {
	case i < 0:
		return "."
	case i == 0:
		return "/"
	}
	j := i
	for j > 1 && p[j-1] == '/' {
		j--
	}
	return p[:j]
}

// NodeModulePaths returns Module._nodeModulePaths(dir) exactly like Node (e.g.
// for /a/b: /a/b/node_modules, /a/node_modules, /node_modules), skipping
// directories that are themselves named node_modules. A relative dir is made
// absolute against the process working directory.
func NodeModulePaths(dir string) []string {
	if !strings.HasPrefix(dir, "/") {
		if a, err := filepath.Abs(dir); err == nil {
			dir = a
		}
	}
	return nodeModulePaths(path.Clean(dir))
}

func nodeModulePaths(from string) []string {
	if from == "/" {
		return []string{"/node_modules"}
	}
	const nm = "node_modules"
	var paths []string
	// Walk backwards; p counts how many characters of the current segment
	// matched "node_modules" from its end (-1 once it cannot match).
	last, p := len(from), 0
	for i := len(from) - 1; i >= 0; i-- {
		c := from[i]
		if c == '/' {
			if p != len(nm) {
				paths = append(paths, from[:last]+"/node_modules")
			}
			last, p = i, 0
		} else if p != -1 {
			if p < len(nm) && nm[len(nm)-1-p] == c {
				p++
			} else {
				p = -1
			}
		}
	}
	return append(paths, "/node_modules")
}

// LookupPaths mirrors Module._resolveLookupPaths: the directories searched for
// request from parent (nil for none), or nil when there are none.
func (r *Resolver) LookupPaths(request string, parent *Parent) []string {
	if r.opts.IsBuiltin != nil && r.opts.IsBuiltin(request) {
		return nil
	}
	if request == "" || request[0] != '.' || (len(request) > 1 && request[1] != '.' && request[1] != '/') {
		var paths []string
		if parent != nil && len(parent.Paths) > 0 {
			paths = append(append(paths, parent.Paths...), r.globalPaths...)
		} else {
			paths = append(paths, r.globalPaths...)
		}
		if len(paths) == 0 {
			return nil
		}
		return paths
	}
	if parent == nil || parent.ID == "" || parent.Filename == "" {
		return []string{"."}
	}
	return []string{dirname(parent.Filename)}
}

// isRelative is the loader's test for "./x", "../x", "." and "..".
func isRelative(p string) bool {
	if p == "" || p[0] != '.' {
		return false
	}
	return len(p) == 1 || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../")
}

// Resolve implements require.resolve(request) from a module whose filename is
// parentFilename: Node's Module._resolveFilename. With no parent (empty
// parentFilename and opts.ParentID) relative requests resolve against the
// working directory, as for the main entry point; the REPL passes ParentID
// "<repl>". Errors are *Error values (or FS errors from realpath).
func (r *Resolver) Resolve(request, parentFilename string, opts ResolveOptions) (string, error) {
	if r.opts.IsBuiltin != nil && r.opts.IsBuiltin(request) {
		return request, nil
	}
	var parent *Parent
	if parentFilename != "" || opts.ParentID != "" {
		parent = &Parent{ID: opts.ParentID, Filename: parentFilename, Paths: opts.ParentPaths}
		if parent.ID == "" {
			parent.ID = parentFilename
		}
		if parent.Paths == nil && parentFilename != "" {
			parent.Paths = nodeModulePaths(r.resolvePath(dirname(parentFilename)))
		}
	}

	var paths []string
	if opts.Paths != nil {
		if isRelative(request) {
			paths = opts.Paths
		} else {
			paths = []string{}
			seen := map[string]bool{}
			for _, p := range opts.Paths {
				fake := &Parent{Paths: nodeModulePaths(r.resolvePath(p))}
				for _, lp := range r.LookupPaths(request, fake) {
					if !seen[lp] {
						seen[lp] = true
						paths = append(paths, lp)
					}
				}
			}
		}
	} else {
		paths = r.LookupPaths(request, parent)
	}

	if strings.HasPrefix(request, "#") && parent != nil && (parent.Filename != "" || parent.ID == "<repl>") {
		parentPath := parent.Filename
		if parentPath == "" {
			parentPath = r.cwd() + "/"
		}
		pc, err := r.ReadPackageScope(parentPath)
		if err != nil {
			return "", err
		}
		if pc != nil && pc.HasImports && pc.Imports != nil {
			u, err := r.packageImportsResolve(request, pathToFileURL(parentPath))
			var res string
			if err == nil {
				res, err = r.finalizeEsmResolution(u, parentPath, pc.Dir())
			}
			if err != nil {
				if codeOf(err) == "ERR_MODULE_NOT_FOUND" {
					return "", &Error{Kind: "Error", Code: "MODULE_NOT_FOUND", Message: "Cannot find module '" + request + "'"}
				}
				return "", err
			}
			return res, nil
		}
	}

	// Self-reference: a package requiring its own name through "exports".
	parentPath := ""
	if parent != nil {
		if parent.Filename != "" {
			parentPath = parent.Filename
		} else if parent.ID == "<repl>" || parent.ID == "internal/preload" {
			parentPath = r.cwd() + "/"
		}
	}
	self, err := r.trySelf(parentPath, request)
	if err != nil {
		return "", err
	}
	if self != "" {
		r.pathCache[request+"\x00"+strings.Join(paths, "\x00")] = self
		return self, nil
	}

	filename, err := r.FindPath(request, paths, opts.IsMain)
	if err != nil {
		return "", err
	}
	if filename != "" {
		return filename, nil
	}
	return "", &Error{Kind: "Error", Code: "MODULE_NOT_FOUND", Message: "Cannot find module '" + request + "'", RequireStack: true}
}

func (r *Resolver) trySelf(parentPath, request string) (string, error) {
	if parentPath == "" {
		return "", nil
	}
	pc, err := r.ReadPackageScope(parentPath)
	if err != nil || pc == nil || !pc.hasExports() || !pc.HasName {
		return "", err
	}
	var expansion string
	switch {
	case request == pc.Name:
		expansion = "."
	case strings.HasPrefix(request, pc.Name+"/"):
		expansion = "." + request[len(pc.Name):]
	default:
		return "", nil
	}
	pkgPath := pc.Dir()
	base := pathToFileURL(parentPath)
	u, err := r.packageExportsResolve(pathToFileURL(pkgPath+"/package.json"), expansion, pc, &base)
	var res string
	if err == nil {
		res, err = r.finalizeEsmResolution(u, parentPath, pkgPath)
	}
	if err != nil && codeOf(err) == "ERR_MODULE_NOT_FOUND" {
		err = &Error{Kind: "Error", Code: "MODULE_NOT_FOUND", Message: "Cannot find module '" + request + "'", Path: pkgPath + "/package.json"}
	}
	return res, err
}

// exportsPattern matches "name/sub" and "@scope/name/sub" requests, the only
// ones resolveExports looks at. (JavaScript's "." excludes line terminators.)
var exportsPattern = lazyRegexp(`^((?:@[^/\\%]+/)?[^./\\%][^/\\%]*)(/[^\n\r\x{2028}\x{2029}]*)?$`)

// resolveExports resolves request through the "exports" of the package it
// names inside the node_modules directory nmPath, if that package has them.
func (r *Resolver) resolveExports(nmPath, request string) (string, error) {
	m := exportsPattern().FindStringSubmatch(request)
	if m == nil || m[1] == "" {
		return "", nil
	}
	pkgPath := r.resolvePath(nmPath, m[1])
	pc, err := r.ReadPackage(pkgPath)
	if err != nil {
		return "", err
	}
	if !pc.Exists || !pc.hasExports() {
		return "", nil
	}
	u, err := r.packageExportsResolve(pathToFileURL(pkgPath+"/package.json"), "."+m[2], pc, nil)
	var res string
	if err == nil {
		res, err = r.finalizeEsmResolution(u, "", pkgPath)
	}
	if err != nil && codeOf(err) == "ERR_MODULE_NOT_FOUND" {
		err = &Error{Kind: "Error", Code: "MODULE_NOT_FOUND", Message: "Cannot find module '" + request + "'", Path: pkgPath + "/package.json"}
	}
	return res, err
}

// FindPath mirrors Module._findPath: it looks for request in each of paths
// (ignored when request is absolute) and returns "" when nothing matches.
// Successful results are cached by (request, paths).
func (r *Resolver) FindPath(request string, paths []string, isMain bool) (string, error) {
	absolute := strings.HasPrefix(request, "/")
	if absolute {
		paths = []string{""}
	} else if len(paths) == 0 {
		return "", nil
	}
	key := request + "\x00" + strings.Join(paths, "\x00")
	if v := r.pathCache[key]; v != "" {
		return v, nil
	}

	n := len(request)
	trailingSlash := n > 0 && (request[n-1] == '/' ||
		(request[n-1] == '.' && (n == 1 || request[n-2] == '/' ||
			(request[n-2] == '.' && (n == 2 || request[n-3] == '/')))))

	insidePath := true
	if isRelative(request) && strings.HasPrefix(path.Clean(request), "..") {
		insidePath = false
	}

	for _, cur := range paths {
		// Skip search directories that do not exist, unless the request
		// climbs out of them.
		if insidePath && cur != "" && r.stat(cur) < 1 {
			continue
		}
		if !absolute {
			res, err := r.resolveExports(cur, request)
			if err != nil || res != "" {
				return res, err
			}
		}
		basePath := r.resolvePath(cur, request)
		rc := r.stat(basePath)
		filename := ""
		var err error
		if !trailingSlash {
			if rc == 0 {
				preserve := r.opts.PreserveSymlinks
				if isMain {
					preserve = r.opts.PreserveSymlinksMain
				}
				if preserve {
					filename = r.resolvePath(basePath)
				} else if filename, err = r.realpath(basePath); err != nil {
					return "", err
				}
			}
			if filename == "" {
				if filename, err = r.tryExtensions(basePath, isMain); err != nil {
					return "", err
				}
			}
		}
		if filename == "" && rc == 1 {
			if filename, err = r.tryPackage(basePath, isMain, request); err != nil {
				return "", err
			}
		}
		if filename != "" {
			r.pathCache[key] = filename
			return filename, nil
		}
	}
	return "", nil
}

// tryFile returns the (real) path of p when it is a file.
func (r *Resolver) tryFile(p string, isMain bool) (string, error) {
	if r.stat(p) != 0 {
		return "", nil
	}
	preserve := r.opts.PreserveSymlinks
	if isMain {
		preserve = r.opts.PreserveSymlinksMain
	}
	if preserve {
		return r.resolvePath(p), nil
	}
	return r.realpath(p)
}

func (r *Resolver) tryExtensions(base string, isMain bool) (string, error) {
	for _, ext := range r.exts {
		if f, err := r.tryFile(base+ext, isMain); err != nil || f != "" {
			return f, err
		}
	}
	return "", nil
}

// tryPackage loads a directory: package.json "main" (as a file, with
// extensions, or as a directory with an index), else the index files.
func (r *Resolver) tryPackage(requestPath string, isMain bool, originalPath string) (string, error) {
	pc, err := r.ReadPackage(requestPath)
	if err != nil {
		return "", err
	}
	if !pc.HasMain || pc.Main == "" {
		return r.tryExtensions(r.resolvePath(requestPath, "index"), isMain)
	}
	filename := r.resolvePath(requestPath, pc.Main)
	actual, err := r.tryFile(filename, isMain)
	if err == nil && actual == "" {
		actual, err = r.tryExtensions(filename, isMain)
	}
	if err == nil && actual == "" {
		actual, err = r.tryExtensions(r.resolvePath(filename, "index"), isMain)
	}
	if err != nil || actual != "" {
		return actual, err
	}
	actual, err = r.tryExtensions(r.resolvePath(requestPath, "index"), isMain)
	if err != nil {
		return "", err
	}
	jsonPath := r.resolvePath(requestPath, "package.json")
	if actual == "" {
		return "", &Error{Kind: "Error", Code: "MODULE_NOT_FOUND",
			Message:     "Cannot find module '" + filename + "'. Please verify that the package.json has a valid \"main\" entry",
			Path:        jsonPath,
			RequestPath: originalPath}
	}
	r.warn(Warning{Type: "DeprecationWarning", Code: "DEP0128",
		Message: "Invalid 'main' field in '" + jsonPath + "' of '" + pc.Main + "'. Please either fix that or report it to the module author"})
	return actual, nil
}
