package modules

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// Package "exports" and "imports" resolution. Node resolves these with its ES
// module resolver, which works on file: URLs; the URL steps are reproduced
// here (percent-encoding, dot segments, "?"/"#" splitting, decoding) because
// they are observable in results and error messages.

// fileURL is a parsed URL reduced to what resolution needs.
type fileURL struct {
	scheme string // "file", or e.g. "node" for a built-in
	path   string // serialized (percent-encoded) pathname for file URLs; the opaque rest otherwise
	tail   string // "?query#fragment" as serialized
}

func (u fileURL) href() string {
	if u.scheme != "file" {
		return u.scheme + ":" + u.path + u.tail
	}
	return "file://" + u.path + u.tail
}

const upperHex = "0123456789ABCDEF"

func pctByte(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(upperHex[c>>4])
	b.WriteByte(upperHex[c&15])
}

// inPathSet reports whether c is in the WHATWG path percent-encode set.
func inPathSet(c byte) bool {
	if c < 0x20 || c > 0x7E {
		return true
	}
	switch c {
	case ' ', '"', '#', '<', '>', '?', '`', '{', '}':
		return true
	}
	return false
}

func inQuerySet(c byte) bool { // special-query percent-encode set
	if c < 0x20 || c > 0x7E {
		return true
	}
	switch c {
	case ' ', '"', '#', '<', '>', '\'':
		return true
	}
	return false
}

func inFragmentSet(c byte) bool {
	if c < 0x20 || c > 0x7E {
		return true
	}
	switch c {
	case ' ', '"', '<', '>', '`':
		return true
	}
	return false
}

// pathToFileURL mirrors url.pathToFileURL for an absolute POSIX path; a
// trailing slash is kept.
func pathToFileURL(p string) fileURL {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '%' || c == '\\' || inPathSet(c):
			pctByte(&b, c)
		default:
			b.WriteByte(c)
		}
	}
	return fileURL{scheme: "file", path: b.String()}
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// splitPath turns a serialized pathname into segments ("/a/b" → [a b]).
func splitPath(p string) []string {
	if p == "" {
		return nil
	}
	return strings.Split(strings.TrimPrefix(p, "/"), "/")
}

func hasScheme(s string) (string, bool) {
	if s == "" || !isAlpha(s[0]) {
		return "", false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c == ':' {
			return strings.ToLower(s[:i]), true
		}
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return "", false
		}
	}
	return "", false
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

var specialSchemes = map[string]bool{"http": true, "https": true, "ws": true, "wss": true, "ftp": true, "file": true}

// canParseURL approximates URL.canParse for an input without a base.
func canParseURL(s string) bool {
	s = cleanURLInput(s)
	scheme, ok := hasScheme(s)
	if !ok {
		return false
	}
	if scheme == "file" || !specialSchemes[scheme] {
		return true
	}
	// Special schemes other than file need a non-empty host.
	rest := strings.TrimLeft(s[len(scheme)+1:], "/\\")
	end := strings.IndexAny(rest, "/\\?#")
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:]
	}
	return host != ""
}

func cleanURLInput(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= 0x20 })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(s)
	}
	return s
}

// parseURL mirrors new URL(input, base) for the inputs resolution produces:
// relative references against a file: base, and absolute file: hrefs. ok is
// false when the URL constructor would throw.
func parseURL(input string, base *fileURL) (fileURL, bool) {
	s := cleanURLInput(input)
	if scheme, ok := hasScheme(s); ok {
		rest := s[len(scheme)+1:]
		if scheme != "file" {
			return fileURL{scheme: scheme, path: rest}, true
		}
		var segs []string
		if len(rest) >= 2 && (rest[0] == '/' || rest[0] == '\\') && (rest[1] == '/' || rest[1] == '\\') {
			rest = rest[2:]
			end := strings.IndexAny(rest, "/\\?#")
			if end < 0 {
				end = len(rest)
			}
			// Resolution only ever builds host-less file URLs.
			rest = rest[end:]
		}
		return parsePathState(rest, segs), true
	}
	if base == nil || base.scheme != "file" {
		return fileURL{}, false
	}
	segs := splitPath(base.path)
	switch {
	case s == "":
		return fileURL{scheme: "file", path: base.path, tail: stripFragment(base.tail)}, true
	case s[0] == '/' || s[0] == '\\':
		return parsePathState(s, nil), true
	case s[0] == '?' || s[0] == '#':
		u := parsePathState(s, nil)
		u.path = base.path
		if s[0] == '#' {
			u.tail = stripFragment(base.tail) + u.tail
		}
		return u, true
	}
	if len(segs) > 0 {
		segs = segs[:len(segs)-1] // shorten
	}
	return parsePathState("/"+s, segs), true
}

func stripFragment(tail string) string {
	if i := strings.IndexByte(tail, '#'); i >= 0 {
		return tail[:i]
	}
	return tail
}

// parsePathState runs the URL path state over s (which starts at a path
// separator or is empty) appending to segs.
func parsePathState(s string, segs []string) fileURL {
	u := fileURL{scheme: "file"}
	i := 0
	if i < len(s) && (s[i] == '/' || s[i] == '\\') {
		i++
	}
	var buf strings.Builder
	for ; ; i++ {
		var c byte
		end := i >= len(s)
		if !end {
			c = s[i]
		}
		if end || c == '/' || c == '\\' || c == '?' || c == '#' {
			seg := buf.String()
			buf.Reset()
			sep := !end && (c == '/' || c == '\\')
			switch {
			case isDoubleDot(seg):
				if len(segs) > 0 {
					segs = segs[:len(segs)-1]
				}
				if !sep {
					segs = append(segs, "")
				}
			case isSingleDot(seg):
				if !sep {
					segs = append(segs, "")
				}
			default:
				segs = append(segs, seg)
			}
			if end {
				break
			}
			if c == '?' || c == '#' {
				u.tail = parseTail(s[i:])
				break
			}
			continue
		}
		if inPathSet(c) {
			pctByte(&buf, c)
		} else {
			buf.WriteByte(c)
		}
	}
	u.path = "/" + strings.Join(segs, "/")
	return u
}

func parseTail(s string) string {
	var b strings.Builder
	inFrag := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 0 {
			b.WriteByte(c)
			inFrag = c == '#'
			continue
		}
		if !inFrag && c == '#' {
			inFrag = true
			b.WriteByte(c)
			continue
		}
		if (inFrag && inFragmentSet(c)) || (!inFrag && inQuerySet(c)) {
			pctByte(&b, c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// fileURLToPath mirrors url.fileURLToPath on POSIX.
func fileURLToPath(u fileURL) (string, error) {
	if u.scheme != "file" {
		return "", &Error{Kind: "TypeError", Code: "ERR_INVALID_URL_SCHEME", Message: "The URL must be of scheme file"}
	}
	p := u.path
	for n := 0; n+2 < len(p); n++ {
		if p[n] == '%' && p[n+1] == '2' && p[n+2]|0x20 == 'f' {
			return "", &Error{Kind: "TypeError", Code: "ERR_INVALID_FILE_URL_PATH", Message: "File URL path must not include encoded / characters"}
		}
	}
	return decodeURIComponent(p)
}

var errURIMalformed = &Error{Kind: "URIError", Message: "URI malformed"}

// decodeURIComponent mirrors JavaScript's, failing with URIError on bad
// escapes or invalid UTF-8.
func decodeURIComponent(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var b strings.Builder
	hexByte := func(i int) (byte, bool) {
		if i+2 >= len(s) || s[i] != '%' {
			return 0, false
		}
		h, l := hexVal(s[i+1]), hexVal(s[i+2])
		if h < 0 || l < 0 {
			return 0, false
		}
		return byte(h<<4 | l), true
	}
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b.WriteByte(s[i])
			i++
			continue
		}
		c, ok := hexByte(i)
		if !ok {
			return "", errURIMalformed
		}
		i += 3
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		var n int
		switch {
		case c&0xE0 == 0xC0:
			n = 2
		case c&0xF0 == 0xE0:
			n = 3
		case c&0xF8 == 0xF0:
			n = 4
		default:
			return "", errURIMalformed
		}
		seq := []byte{c}
		for k := 1; k < n; k++ {
			if i >= len(s) {
				return "", errURIMalformed
			}
			c2, ok := hexByte(i)
			if !ok || c2&0xC0 != 0x80 {
				return "", errURIMalformed
			}
			seq = append(seq, c2)
			i += 3
		}
		if r, size := utf8.DecodeRune(seq); r == utf8.RuneError && size <= 1 {
			return "", errURIMalformed
		}
		b.Write(seq)
	}
	return b.String(), nil
}

// ---- helpers for Node's messages ----

// jsonQuote is JSON.stringify for a string.
func jsonQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsNumber is Number.prototype.toString() for a float64.
func jsNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	n := x + 1
	k := len(digits)
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	es := "+"
	if n-1 < 0 {
		es = "-"
	}
	ev := strconv.Itoa(abs(n - 1))
	if k == 1 {
		return sign + digits + "e" + es + ev
	}
	return sign + digits[:1] + "." + digits[1:] + "e" + es + ev
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// jsString is String(v) for a JSON primitive.
func jsString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return jsNumber(v)
	case bool:
		if v {
			return "true"
		}
		return "false"
	case nil:
		return "null"
	}
	return "[object Object]"
}

// u16len is a string's length in UTF-16 code units (JavaScript's .length).
func u16len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

func urlDirPath(u fileURL) string {
	d, _ := parseURL(".", &u)
	p, _ := fileURLToPath(d)
	return p
}

func urlPath(u *fileURL) string {
	if u == nil {
		return ""
	}
	p, _ := fileURLToPath(*u)
	return p
}

func baseSuffix(base *fileURL) string {
	if base == nil {
		return ""
	}
	return " imported from " + urlPath(base)
}

func errInvalidPackageConfig(path string, base *fileURL, msg string) error {
	m := "Invalid package config " + path
	if base != nil {
		m += " while importing " + base.href()
	}
	if msg != "" {
		m += ". " + msg
	}
	return &Error{Kind: "Error", Code: "ERR_INVALID_PACKAGE_CONFIG", Message: m}
}

func errExportsNotFound(subpath string, pjson fileURL, base *fileURL) error {
	pkgPath := urlDirPath(pjson)
	var m string
	if subpath == "." {
		m = `No "exports" main defined in ` + pkgPath + "package.json" + baseSuffix(base)
	} else {
		m = "Package subpath '" + subpath + `' is not defined by "exports" in ` + pkgPath + "package.json" + baseSuffix(base)
	}
	return &Error{Kind: "Error", Code: "ERR_PACKAGE_PATH_NOT_EXPORTED", Message: m}
}

func errImportNotDefined(specifier string, pjson *fileURL, base fileURL) error {
	m := `Package import specifier "` + specifier + `" is not defined`
	if pjson != nil {
		m += " in package " + urlDirPath(*pjson) + "package.json"
	}
	m += " imported from " + urlPath(&base)
	return &Error{Kind: "TypeError", Code: "ERR_PACKAGE_IMPORT_NOT_DEFINED", Message: m}
}

func errInvalidModuleSpecifier(request, reason, base string) error {
	m := `Invalid module "` + request + `" ` + reason
	if base != "" {
		m += " imported from " + base
	}
	return &Error{Kind: "TypeError", Code: "ERR_INVALID_MODULE_SPECIFIER", Message: m}
}

func errInvalidPackageTarget(key string, target any, pjson fileURL, internal bool, base *fileURL) error {
	t := jsString(target)
	pkgPath := urlDirPath(pjson)
	rel := !internal && t != "" && !strings.HasPrefix(t, "./")
	var m string
	if key == "." {
		m = `Invalid "exports" main target ` + jsonQuote(t) + " defined in the package config " + pkgPath + "package.json" + baseSuffix(base)
	} else {
		kind := "exports"
		if internal {
			kind = "imports"
		}
		m = `Invalid "` + kind + `" target ` + jsonQuote(t) + " defined for '" + key + "' in the package config " + pkgPath + "package.json" + baseSuffix(base)
	}
	if rel {
		m += `; targets must start with "./"`
	}
	return &Error{Kind: "Error", Code: "ERR_INVALID_PACKAGE_TARGET", Message: m}
}

func errInvalidSubpath(request, match string, pjson fileURL, internal bool, base *fileURL) error {
	kind := "exports"
	if internal {
		kind = "imports"
	}
	p, _ := fileURLToPath(pjson)
	reason := `request is not a valid match in pattern "` + match + `" for the "` + kind + `" resolution of ` + p
	return errInvalidModuleSpecifier(request, reason, urlPath(base))
}

func codeOf(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Code
	}
	return ""
}

// ---- segment checks ----

var encodedSepRe = lazyRegexp(`%2[fF]|%5[cC]`)

// segmentRes are Node's invalid and deprecated-invalid path segment patterns.
var segmentRes = sync.OnceValues(func() (invalid, deprecated *regexp.Regexp) {
	// Node's patterns are case-insensitive JavaScript regexps; spell the case
	// variants out so that Unicode case folding (Go's (?i)) cannot differ.
	ci := func(c byte) string {
		lo, up := c|0x20, c&^0x20
		h := func(b byte) string {
			s := upperHex[b>>4 : b>>4+1]
			l := upperHex[b&15 : b&15+1]
			if isAlpha(l[0]) {
				l = "[" + l + strings.ToLower(l) + "]"
			}
			return "%" + s + l
		}
		if c == '_' {
			return `(?:_|` + h(c) + `)`
		}
		return `(?:[` + string(lo) + string(up) + `]|` + h(lo) + `|` + h(up) + `)`
	}
	dot := `(?:\.|%2[eE])`
	var nm strings.Builder
	for _, c := range []byte("node_modules") {
		nm.WriteString(ci(c))
	}
	seg := `(?:` + dot + dot + `?|` + nm.String() + `)`
	return regexp.MustCompile(`(?:^|[\\/])` + seg + `?(?:[\\/]|$)`),
		regexp.MustCompile(`(?:^|[\\/])` + seg + `(?:[\\/]|$)`)
})

// lazyRegexp compiles expr on first use, keeping start-up free of regexp compilation.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// ---- exports / imports ----

// targetResult is what Node's resolvePackageTarget returns: a URL, null
// (isNull) or undefined (neither).
type targetResult struct {
	url    *fileURL
	isNull bool
}

var (
	resUndefined = targetResult{}
	resNull      = targetResult{isNull: true}
)

func (t targetResult) isNullish() bool { return t.url == nil }

func (r *Resolver) resolvePackageTargetString(target, subpath, match string, pjson fileURL, base *fileURL,
	pattern, internal, isPathMap bool) (targetResult, error) {
	if subpath != "" && !pattern && !strings.HasSuffix(target, "/") {
		return resUndefined, errInvalidPackageTarget(match, target, pjson, internal, base)
	}
	if !strings.HasPrefix(target, "./") {
		if internal && !strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "../") && !canParseURL(target) {
			exportTarget := target + subpath
			if pattern {
				exportTarget = strings.ReplaceAll(target, "*", subpath)
			}
			u, err := r.packageResolve(exportTarget, pjson)
			if err != nil {
				return resUndefined, err
			}
			return targetResult{url: &u}, nil
		}
		return resUndefined, errInvalidPackageTarget(match, target, pjson, internal, base)
	}
	invalidSegment, deprecatedSegment := segmentRes()
	if invalidSegment.MatchString(target[2:]) {
		if deprecatedSegment.MatchString(target[2:]) {
			return resUndefined, errInvalidPackageTarget(match, target, pjson, internal, base)
		}
		if !isPathMap {
			request, resolvedTarget := match+subpath, target
			if pattern {
				request = strings.Replace(match, "*", subpath, 1)
				resolvedTarget = strings.ReplaceAll(target, "*", subpath)
			}
			r.emitInvalidSegmentDeprecation(resolvedTarget, request, match, pjson, internal, base, true)
		}
	}
	resolved, _ := parseURL(target, &pjson)
	pkgDir, _ := parseURL(".", &pjson)
	if !strings.HasPrefix(resolved.path, pkgDir.path) {
		return resUndefined, errInvalidPackageTarget(match, target, pjson, internal, base)
	}
	if subpath == "" {
		return targetResult{url: &resolved}, nil
	}
	if invalidSegment.MatchString(subpath) {
		request := match + subpath
		if pattern {
			request = strings.Replace(match, "*", subpath, 1)
		}
		if deprecatedSegment.MatchString(subpath) {
			return resUndefined, errInvalidSubpath(request, match, pjson, internal, base)
		}
		if !isPathMap {
			resolvedTarget := target
			if pattern {
				resolvedTarget = strings.ReplaceAll(target, "*", subpath)
			}
			r.emitInvalidSegmentDeprecation(resolvedTarget, request, match, pjson, internal, base, false)
		}
	}
	var u fileURL
	if pattern {
		u, _ = parseURL(strings.ReplaceAll(resolved.href(), "*", subpath), nil)
	} else {
		u, _ = parseURL(subpath, &resolved)
	}
	return targetResult{url: &u}, nil
}

var doubleSlashRe = lazyRegexp(`[/\\][/\\]`)

func (r *Resolver) emitInvalidSegmentDeprecation(target, request, match string, pjson fileURL, internal bool, base *fileURL, isTarget bool) {
	p, _ := fileURLToPath(pjson)
	probe := request
	if isTarget {
		probe = target
	}
	kind := "leading or trailing slash matching"
	if doubleSlashRe().MatchString(probe) {
		kind = "double slash"
	}
	matched := ""
	if request != match {
		matched = `matched to "` + match + `" `
	}
	field := "exports"
	if internal {
		field = "imports"
	}
	r.warn(Warning{Type: "DeprecationWarning", Code: "DEP0166",
		Message: "Use of deprecated " + kind + ` resolving "` + target + `" for module request "` + request + `" ` + matched +
			`in the "` + field + `" field module resolution of the package at ` + p + baseSuffix(base) + "."})
}

func (r *Resolver) resolvePackageTarget(pjson fileURL, target any, subpath, packageSubpath string, base *fileURL,
	pattern, internal, isPathMap bool) (targetResult, error) {
	switch t := target.(type) {
	case string:
		return r.resolvePackageTargetString(t, subpath, packageSubpath, pjson, base, pattern, internal, isPathMap)
	case []any:
		if len(t) == 0 {
			return resNull, nil
		}
		// last is Node's lastException: unset, null, or an error.
		var lastErr error
		lastSet, lastNull := false, false
		for _, item := range t {
			res, err := r.resolvePackageTarget(pjson, item, subpath, packageSubpath, base, pattern, internal, isPathMap)
			if err != nil {
				lastErr, lastSet, lastNull = err, true, false
				if codeOf(err) == "ERR_INVALID_PACKAGE_TARGET" {
					continue
				}
				return resUndefined, err
			}
			if res.url == nil && !res.isNull {
				continue
			}
			if res.isNull {
				lastErr, lastSet, lastNull = nil, true, true
				continue
			}
			return res, nil
		}
		switch {
		case !lastSet:
			return resUndefined, nil
		case lastNull:
			return resNull, nil
		}
		return resUndefined, lastErr
	case *JSONObject:
		for _, k := range t.Keys {
			if isArrayIndex(k) {
				p, _ := fileURLToPath(pjson)
				return resUndefined, errInvalidPackageConfig(p, base, `"exports" cannot contain numeric property keys.`)
			}
		}
		for _, k := range t.Keys {
			if k == "default" || r.conditions[k] {
				res, err := r.resolvePackageTarget(pjson, t.Values[k], subpath, packageSubpath, base, pattern, internal, isPathMap)
				if err != nil {
					return resUndefined, err
				}
				if res.url == nil && !res.isNull {
					continue
				}
				return res, nil
			}
		}
		return resUndefined, nil
	case nil:
		return resNull, nil
	}
	return resUndefined, errInvalidPackageTarget(packageSubpath, target, pjson, internal, base)
}

func isConditionalExportsMainSugar(exports any, pjson fileURL, base *fileURL) (bool, error) {
	switch e := exports.(type) {
	case string, []any:
		return true, nil
	case *JSONObject:
		sugar := false
		for i, k := range e.Keys {
			cur := k == "" || k[0] != '.'
			if i == 0 {
				sugar = cur
			} else if sugar != cur {
				p, _ := fileURLToPath(pjson)
				return false, errInvalidPackageConfig(p, base, `"exports" cannot contain some keys starting with '.' and some not.`+
					` The exports object must either be an object of package subpath keys`+
					` or an object of main entry condition name keys only.`)
			}
		}
		return sugar, nil
	}
	return false, nil
}

// patternKeyCompare is Node's ordering of pattern keys: longer prefix first,
// then longer key.
func patternKeyCompare(a, b string) int {
	ai, bi := strings.IndexByte(a, '*'), strings.IndexByte(b, '*')
	baseA, baseB := u16len(a), u16len(b)
	if ai >= 0 {
		baseA = u16len(a[:ai]) + 1
	}
	if bi >= 0 {
		baseB = u16len(b[:bi]) + 1
	}
	switch {
	case baseA > baseB:
		return -1
	case baseB > baseA:
		return 1
	case ai < 0:
		return 1
	case bi < 0:
		return -1
	case u16len(a) > u16len(b):
		return -1
	case u16len(b) > u16len(a):
		return 1
	}
	return 0
}

// bestPatternMatch finds the pattern key of obj that matches name best,
// returning the key and the part of name that "*" stands for.
func bestPatternMatch(obj *JSONObject, name string, onPrefix func()) (string, string) {
	best, bestSub := "", ""
	for _, key := range obj.Keys {
		pi := strings.IndexByte(key, '*')
		if pi < 0 || !strings.HasPrefix(name, key[:pi]) {
			continue
		}
		if onPrefix != nil {
			onPrefix()
		}
		trailer := key[pi+1:]
		if len(name) >= len(key) && strings.HasSuffix(name, trailer) &&
			patternKeyCompare(best, key) == 1 && strings.LastIndexByte(key, '*') == pi {
			best = key
			bestSub = name[pi : len(name)-len(trailer)]
		}
	}
	return best, bestSub
}

// packageExportsResolve resolves packageSubpath ("." or "./sub") through the
// package's "exports".
func (r *Resolver) packageExportsResolve(pjson fileURL, packageSubpath string, pc *PackageConfig, base *fileURL) (fileURL, error) {
	exports := pc.Exports
	sugar, err := isConditionalExportsMainSugar(exports, pjson, base)
	if err != nil {
		return fileURL{}, err
	}
	if sugar {
		exports = &JSONObject{Keys: []string{"."}, Values: map[string]any{".": exports}}
	}
	obj, _ := exports.(*JSONObject)
	if obj == nil {
		return fileURL{}, errExportsNotFound(packageSubpath, pjson, base)
	}
	if target, ok := obj.Get(packageSubpath); ok && !strings.Contains(packageSubpath, "*") && !strings.HasSuffix(packageSubpath, "/") {
		res, err := r.resolvePackageTarget(pjson, target, "", packageSubpath, base, false, false, false)
		if err != nil {
			return fileURL{}, err
		}
		if res.isNullish() {
			return fileURL{}, errExportsNotFound(packageSubpath, pjson, base)
		}
		return *res.url, nil
	}
	trailingSlash := strings.HasSuffix(packageSubpath, "/")
	best, bestSub := bestPatternMatch(obj, packageSubpath, func() {
		if trailingSlash {
			r.emitTrailingSlashPatternDeprecation(packageSubpath, pjson, base)
		}
	})
	if best != "" {
		res, err := r.resolvePackageTarget(pjson, obj.Values[best], bestSub, best, base, true, false, trailingSlash)
		if err != nil {
			return fileURL{}, err
		}
		if res.isNullish() {
			return fileURL{}, errExportsNotFound(packageSubpath, pjson, base)
		}
		return *res.url, nil
	}
	return fileURL{}, errExportsNotFound(packageSubpath, pjson, base)
}

func (r *Resolver) emitTrailingSlashPatternDeprecation(match string, pjson fileURL, base *fileURL) {
	p, _ := fileURLToPath(pjson)
	key := p + "|" + match
	if r.emitted[key] {
		return
	}
	r.emitted[key] = true
	r.warn(Warning{Type: "DeprecationWarning", Code: "DEP0155",
		Message: `Use of deprecated trailing slash pattern mapping "` + match + `" in the "exports" field module resolution of the package at ` +
			p + baseSuffix(base) + `. Mapping specifiers ending in "/" is no longer supported.`})
}

// truthy is JavaScript's ToBoolean for a JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0 && !math.IsNaN(v)
	case string:
		return v != ""
	}
	return true
}

// packageImportsResolve resolves a "#name" specifier through the "imports"
// of the package scope of base.
func (r *Resolver) packageImportsResolve(name string, base fileURL) (fileURL, error) {
	if name == "#" || strings.HasPrefix(name, "#/") || strings.HasSuffix(name, "/") {
		return fileURL{}, errInvalidModuleSpecifier(name, "is not a valid internal imports specifier name", urlPath(&base))
	}
	var pjson *fileURL
	pc, err := r.getPackageScopeConfig(base)
	if err != nil {
		return fileURL{}, err
	}
	if pc.Exists {
		u := pathToFileURL(pc.PjsonPath)
		pjson = &u
		if truthy(pc.Imports) {
			obj, _ := pc.Imports.(*JSONObject)
			if target, ok := objGet(obj, name); ok && !strings.Contains(name, "*") {
				res, err := r.resolvePackageTarget(u, target, "", name, &base, false, true, false)
				if err != nil {
					return fileURL{}, err
				}
				if !res.isNullish() {
					return *res.url, nil
				}
			} else if obj != nil {
				best, bestSub := bestPatternMatch(obj, name, nil)
				if best != "" {
					res, err := r.resolvePackageTarget(u, obj.Values[best], bestSub, best, &base, true, true, false)
					if err != nil {
						return fileURL{}, err
					}
					if !res.isNullish() {
						return *res.url, nil
					}
				}
			}
		}
	}
	return fileURL{}, errImportNotDefined(name, pjson, base)
}

func objGet(o *JSONObject, k string) (any, bool) {
	if o == nil {
		return nil, false
	}
	return o.Get(k)
}

// getPackageScopeConfig is the ES resolver's package scope lookup: it walks
// up from the URL's directory, stopping below a node_modules directory.
func (r *Resolver) getPackageScopeConfig(resolved fileURL) (*PackageConfig, error) {
	u, _ := parseURL("./package.json", &resolved)
	specifier := urlPath(&resolved)
	for {
		if strings.HasSuffix(u.path, "node_modules/package.json") {
			break
		}
		p, err := fileURLToPath(u)
		if err != nil {
			return nil, err
		}
		pc, err := r.readPackageJSON(p, &esmReadContext{specifier: specifier})
		if err != nil {
			return nil, err
		}
		if pc.Exists {
			return pc, nil
		}
		last := u
		u, _ = parseURL("../package.json", &u)
		if u.path == last.path {
			break
		}
	}
	p, _ := fileURLToPath(u)
	return &PackageConfig{PjsonPath: p, Type: "none"}, nil
}

var invalidPackageNameRe = lazyRegexp(`^\.|%|\\`)

func parsePackageName(specifier string, base fileURL) (name, subpath string, scoped bool, err error) {
	sep := strings.IndexByte(specifier, '/')
	valid := true
	if strings.HasPrefix(specifier, "@") {
		scoped = true
		if sep < 0 {
			valid = false
		} else if j := strings.IndexByte(specifier[sep+1:], '/'); j >= 0 {
			sep = sep + 1 + j
		} else {
			sep = -1
		}
	}
	name = specifier
	if sep >= 0 {
		name = specifier[:sep]
	}
	if invalidPackageNameRe().MatchString(name) {
		valid = false
	}
	if !valid {
		return "", "", false, errInvalidModuleSpecifier(specifier, "is not a valid package name", urlPath(&base))
	}
	subpath = "."
	if sep >= 0 {
		subpath += specifier[sep:]
	}
	return name, subpath, scoped, nil
}

// packageResolve is the ES resolver's bare-specifier lookup, reached from
// "imports" targets that name another package.
func (r *Resolver) packageResolve(specifier string, base fileURL) (fileURL, error) {
	if r.opts.IsBuiltin != nil && r.opts.IsBuiltin(specifier) {
		return fileURL{scheme: "node", path: specifier}, nil
	}
	name, subpath, scoped, err := parsePackageName(specifier, base)
	if err != nil {
		return fileURL{}, err
	}
	pc, err := r.getPackageScopeConfig(base)
	if err != nil {
		return fileURL{}, err
	}
	if pc.Exists && pc.hasExports() && pc.HasName && pc.Name == name {
		return r.packageExportsResolve(pathToFileURL(pc.PjsonPath), subpath, pc, &base)
	}
	u, _ := parseURL("./node_modules/"+name+"/package.json", &base)
	p, err := fileURLToPath(u)
	if err != nil {
		return fileURL{}, err
	}
	up := "../../../node_modules/"
	if scoped {
		up = "../../../../node_modules/"
	}
	for {
		if len(p) >= 13 && r.stat(p[:len(p)-13]) == 1 {
			pc, err := r.readPackageJSON(p, &esmReadContext{specifier: specifier, base: urlPath(&base)})
			if err != nil {
				return fileURL{}, err
			}
			if pc.hasExports() {
				return r.packageExportsResolve(u, subpath, pc, &base)
			}
			if subpath == "." {
				return r.legacyMainResolve(u, pc, base)
			}
			res, _ := parseURL(subpath, &u)
			return res, nil
		}
		last := p
		u, _ = parseURL(up+name+"/package.json", &u)
		if p, err = fileURLToPath(u); err != nil {
			return fileURL{}, err
		}
		if len(p) == len(last) {
			break
		}
	}
	return fileURL{}, &Error{Kind: "Error", Code: "ERR_MODULE_NOT_FOUND",
		Message: "Cannot find package '" + name + "' imported from " + urlPath(&base)}
}

var legacyMainExts = []string{"", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node"}

// legacyMainResolve is the ES resolver's "main" lookup for packages without
// "exports".
func (r *Resolver) legacyMainResolve(pjson fileURL, pc *PackageConfig, base fileURL) (fileURL, error) {
	isFile := func(rel string) (fileURL, bool) {
		u, ok := parseURL(rel, &pjson)
		if !ok {
			return u, false
		}
		p, err := fileURLToPath(u)
		return u, err == nil && r.stat(p) == 0
	}
	if pc.HasMain {
		for _, ext := range legacyMainExts {
			if u, ok := isFile("./" + pc.Main + ext); ok {
				r.emitLegacyIndexDeprecation(u, pjson, base, pc)
				return u, nil
			}
		}
	}
	for _, ext := range []string{".js", ".json", ".node"} {
		if u, ok := isFile("./index" + ext); ok {
			r.emitLegacyIndexDeprecation(u, pjson, base, pc)
			return u, nil
		}
	}
	return fileURL{}, &Error{Kind: "Error", Code: "ERR_MODULE_NOT_FOUND",
		Message: "Cannot find package '" + urlDirPath(pjson) + "' imported from " + urlPath(&base)}
}

func (r *Resolver) emitLegacyIndexDeprecation(u, pjson, base fileURL, pc *PackageConfig) {
	p, _ := fileURLToPath(u)
	isModule := strings.HasSuffix(p, ".mjs")
	if strings.HasSuffix(p, ".js") {
		if scope, err := r.getPackageScopeConfig(u); err == nil && scope.Type == "module" {
			isModule = true
		}
	}
	if !isModule {
		return
	}
	pkgPath := urlDirPath(pjson)
	basePath := urlPath(&base)
	rel := strings.TrimPrefix(p, pkgPath)
	if !pc.HasMain || pc.Main == "" {
		r.warn(Warning{Type: "DeprecationWarning", Code: "DEP0151",
			Message: `No "main" or "exports" field defined in the package.json for ` + pkgPath + ` resolving the main entry point "` + rel +
				`", imported from ` + basePath + ".\nDefault \"index\" lookups for the main are deprecated for ES modules."})
	} else if r.resolvePath(pkgPath, pc.Main) != p {
		r.warn(Warning{Type: "DeprecationWarning", Code: "DEP0151",
			Message: "Package " + pkgPath + ` has a "main" field set to "` + pc.Main + `", excluding the full filename and extension to the resolved file at "` +
				rel + `", imported from ` + basePath + ".\n Automatic extension resolution of the \"main\" field is deprecated for ES modules."})
	}
}

// finalizeEsmResolution turns a URL from exports/imports resolution into an
// existing file, as the CommonJS loader does.
func (r *Resolver) finalizeEsmResolution(u fileURL, parentPath, pkgPath string) (string, error) {
	if encodedSepRe().MatchString(u.href()) {
		return "", errInvalidModuleSpecifier(u.href(), `must not include encoded "/" or "\" characters`, parentPath)
	}
	filename, err := fileURLToPath(u)
	if err != nil {
		return "", err
	}
	actual, err := r.tryFile(filename, false)
	if err != nil || actual != "" {
		return actual, err
	}
	return "", &Error{Kind: "Error", Code: "MODULE_NOT_FOUND", Message: "Cannot find module '" + filename + "'",
		Path: r.resolvePath(pkgPath, "package.json")}
}
