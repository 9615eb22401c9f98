package modules

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// PackageConfig is the part of a package.json that module resolution reads,
// with Node's rules: "name" and "main" only when they are strings, "type" only
// when it is "commonjs" or "module" (otherwise "none"), "exports" and "imports"
// as parsed JSON values (see the JSON value types below).
type PackageConfig struct {
	// Exists reports whether the file could be read and parsed.
	Exists bool
	// PjsonPath is the path of the package.json file (read or not).
	PjsonPath string
	// Name is "name" when HasName.
	Name    string
	HasName bool
	// Main is "main" when HasMain.
	Main    string
	HasMain bool
	// Type is "commonjs", "module" or "none".
	Type string
	// Exports is the "exports" value when HasExports; nil means JSON null.
	Exports    any
	HasExports bool
	// Imports is the "imports" value when HasImports; nil means JSON null.
	Imports    any
	HasImports bool
}

// Dir returns the directory holding the package.json.
func (pc *PackageConfig) Dir() string {
	i := strings.LastIndexByte(pc.PjsonPath, '/')
	if i <= 0 {
		return "/"
	}
	return pc.PjsonPath[:i]
}

// hasExports mirrors Node's `pkg.exports != null`.
func (pc *PackageConfig) hasExports() bool { return pc.HasExports && pc.Exports != nil }

// JSON values produced by the package.json parser: nil (null), bool, float64,
// string, []any and *JSONObject. Objects keep JavaScript's own-property order.

// JSONObject is a parsed JSON object whose Keys are in the order
// Object.getOwnPropertyNames would list them: array-index keys ascending first,
// then the other keys in first-insertion order (duplicate keys keep the first
// position and the last value, as JSON.parse does).
type JSONObject struct {
	Keys   []string
	Values map[string]any
}

// Get returns the value of an own property.
func (o *JSONObject) Get(key string) (any, bool) {
	v, ok := o.Values[key]
	return v, ok
}

// isArrayIndex reports whether key is a canonical array index (what Node's
// isArrayIndex and the engine's property ordering both test).
func isArrayIndex(key string) bool {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return false
		}
	}
	n, err := strconv.ParseUint(key, 10, 64)
	return err == nil && n < 0xFFFFFFFF
}

func (o *JSONObject) finish() {
	var idx []string
	rest := o.Keys[:0:0]
	for _, k := range o.Keys {
		if isArrayIndex(k) {
			idx = append(idx, k)
		} else {
			rest = append(rest, k)
		}
	}
	if len(idx) == 0 {
		return
	}
	// Insertion sort by numeric value (few keys in practice).
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0; j-- {
			a, _ := strconv.ParseUint(idx[j-1], 10, 64)
			b, _ := strconv.ParseUint(idx[j], 10, 64)
			if a <= b {
				break
			}
			idx[j-1], idx[j] = idx[j], idx[j-1]
		}
	}
	o.Keys = append(idx, rest...)
}

// ---- JSON parsing with V8's (Node v20) error messages ----

type jsonParser struct {
	s string
	i int
}

// jsonSyntaxError is a JSON.parse failure with V8's message.
type jsonSyntaxError struct{ msg string }

func (e *jsonSyntaxError) Error() string { return e.msg }

// ParseJSON parses data like JSON.parse and returns V8's SyntaxError message
// on failure. A leading UTF-8 byte order mark is not skipped (JSON.parse does
// not skip it); package.json reading strips it before calling this.
func ParseJSON(data []byte) (any, error) {
	s := string(data)
	if !utf8.ValidString(s) {
		// Decoding to a JavaScript string replaces invalid bytes with U+FFFD.
		s = string([]rune(s))
	}
	p := &jsonParser{s: s}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.i < len(p.s) {
		return nil, &jsonSyntaxError{fmt.Sprintf("Unexpected non-whitespace character after JSON at position %d", p.u16(p.i))}
	}
	return v, nil
}

func (p *jsonParser) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// u16 returns the UTF-16 offset of byte offset i.
func (p *jsonParser) u16(i int) int {
	n := 0
	for _, r := range p.s[:i] {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func (p *jsonParser) errAt(msg string, i int) error {
	return &jsonSyntaxError{fmt.Sprintf("%s in JSON at position %d", msg, p.u16(i))}
}

func (p *jsonParser) errEOS() error {
	return &jsonSyntaxError{"Unexpected end of JSON input"}
}

// unexpected reports the token at byte offset i the way V8 does when no
// specific message applies.
func (p *jsonParser) unexpected(i int) error {
	if i >= len(p.s) {
		return p.errEOS()
	}
	c := p.s[i]
	switch {
	case c == '"':
		return p.errAt("Unexpected string", i)
	case c == '-' || (c >= '0' && c <= '9'):
		return p.errAt("Unexpected number", i)
	}
	switch p.s {
	case "[object Object]", "undefined", "Infinity", "NaN":
		return &jsonSyntaxError{fmt.Sprintf("%q is not valid JSON", p.s)}
	}
	src := utf16.Encode([]rune(p.s))
	pos := p.u16(i)
	tok := string(utf16.Decode(src[pos : pos+1]))
	const ctx = 10
	n := len(src)
	sub := func(a, b int) string { return string(utf16.Decode(src[a:b])) }
	var msg string
	switch {
	case n < 2*ctx+1:
		msg = fmt.Sprintf("Unexpected token '%s', \"%s\" is not valid JSON", tok, p.s)
	case pos < ctx:
		msg = fmt.Sprintf("Unexpected token '%s', \"%s\"... is not valid JSON", tok, sub(0, pos+ctx))
	case pos < n-ctx:
		msg = fmt.Sprintf("Unexpected token '%s', ...\"%s\"... is not valid JSON", tok, sub(pos-ctx, pos+ctx))
	default:
		msg = fmt.Sprintf("Unexpected token '%s', ...\"%s\" is not valid JSON", tok, sub(pos-ctx, n))
	}
	return &jsonSyntaxError{msg}
}

func (p *jsonParser) value() (any, error) {
	p.ws()
	if p.i >= len(p.s) {
		return nil, p.errEOS()
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	}
	return nil, p.unexpected(p.i)
}

func (p *jsonParser) literal(lit string) error {
	for k := 0; k < len(lit); k++ {
		if p.i+k >= len(p.s) || p.s[p.i+k] != lit[k] {
			return p.unexpected(p.i + k)
		}
	}
	p.i += len(lit)
	return nil
}

func (p *jsonParser) object() (any, error) {
	p.i++ // {
	obj := &JSONObject{Values: map[string]any{}}
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return obj, nil
	}
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		return nil, p.errAt("Expected property name or '}'", p.i)
	}
	first := true
	for {
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			if first {
				return nil, p.errAt("Expected ':' after property name", p.i)
			}
			return nil, p.unexpected(p.i)
		}
		p.i++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if _, dup := obj.Values[key]; !dup {
			obj.Keys = append(obj.Keys, key)
		}
		obj.Values[key] = v
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			p.ws()
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				return nil, p.errAt("Expected double-quoted property name", p.i)
			}
			first = false
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			obj.finish()
			return obj, nil
		}
		return nil, p.errAt("Expected ',' or '}' after property value", p.i)
	}
}

func (p *jsonParser) array() (any, error) {
	p.i++ // [
	arr := []any{}
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return arr, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return arr, nil
		}
		return nil, p.errAt("Expected ',' or ']' after array element", p.i)
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (p *jsonParser) number() (any, error) {
	start := p.i
	s := p.s
	if s[p.i] == '-' {
		p.i++
	}
	if p.i < len(s) && s[p.i] == '0' {
		p.i++
		if p.i < len(s) && isDigit(s[p.i]) {
			return nil, p.errAt("Unexpected number", p.i)
		}
	} else if p.i >= len(s) || !isDigit(s[p.i]) {
		return nil, p.errAt("No number after minus sign", p.i)
	} else {
		for p.i < len(s) && isDigit(s[p.i]) {
			p.i++
		}
	}
	if p.i < len(s) && s[p.i] == '.' {
		p.i++
		if p.i >= len(s) || !isDigit(s[p.i]) {
			return nil, p.errAt("Unterminated fractional number", p.i)
		}
		for p.i < len(s) && isDigit(s[p.i]) {
			p.i++
		}
	}
	if p.i < len(s) && (s[p.i] == 'e' || s[p.i] == 'E') {
		p.i++
		if p.i < len(s) && (s[p.i] == '+' || s[p.i] == '-') {
			p.i++
		}
		if p.i >= len(s) || !isDigit(s[p.i]) {
			return nil, p.errAt("Exponent part is missing a number", p.i)
		}
		for p.i < len(s) && isDigit(s[p.i]) {
			p.i++
		}
	}
	f, _ := strconv.ParseFloat(s[start:p.i], 64) // out of range gives ±Inf or 0, as in JavaScript
	return f, nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (p *jsonParser) str() (string, error) {
	p.i++ // opening quote
	s := p.s
	var b strings.Builder
	var pendingHigh rune = -1 // a \uD800-\uDBFF escape waiting for its pair
	flushHigh := func() {
		if pendingHigh >= 0 {
			b.WriteRune(utf8.RuneError) // a lone surrogate cannot be held in a Go string
			pendingHigh = -1
		}
	}
	for {
		if p.i >= len(s) {
			return "", p.errAt("Unterminated string", len(s))
		}
		c := s[p.i]
		switch {
		case c == '"':
			flushHigh()
			p.i++
			return b.String(), nil
		case c < 0x20:
			return "", p.errAt("Bad control character in string literal", p.i)
		case c == '\\':
			p.i++
			if p.i >= len(s) {
				return "", p.errEOS()
			}
			e := s[p.i]
			if e == 'u' {
				r := 0
				for k := 1; k <= 4; k++ {
					if p.i+k >= len(s) || hexVal(s[p.i+k]) < 0 {
						return "", p.errAt("Bad Unicode escape", p.i+k)
					}
					r = r*16 + hexVal(s[p.i+k])
				}
				p.i += 5
				switch {
				case r >= 0xD800 && r <= 0xDBFF:
					flushHigh()
					pendingHigh = rune(r)
				case r >= 0xDC00 && r <= 0xDFFF:
					if pendingHigh >= 0 {
						b.WriteRune(utf16.DecodeRune(pendingHigh, rune(r)))
						pendingHigh = -1
					} else {
						b.WriteRune(utf8.RuneError)
					}
				default:
					flushHigh()
					b.WriteRune(rune(r))
				}
				continue
			}
			flushHigh()
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			default:
				// V8 names only one-byte characters here.
				if r, _ := utf8.DecodeRuneInString(s[p.i:]); r > 0xFF {
					return "", p.unexpected(p.i)
				}
				return "", p.errAt("Bad escaped character", p.i)
			}
			p.i++
		default:
			flushHigh()
			b.WriteByte(c)
			p.i++
		}
	}
}

// ---- package.json reading ----

// esmReadContext carries what the ES module resolver passes to Node's
// package.json reader; it changes the error thrown for malformed JSON.
type esmReadContext struct {
	specifier string // the specifier; a file path when base is ""
	base      string // file path of the importer, or ""
}

// readPackageJSON reads and caches jsonPath like Node's package_json_reader
// read(): a missing or unreadable file is cached as not existing; malformed
// JSON throws every time (SyntaxError "Error parsing ..." for CommonJS,
// ERR_INVALID_PACKAGE_CONFIG when esm is set).
func (r *Resolver) readPackageJSON(jsonPath string, esm *esmReadContext) (*PackageConfig, error) {
	if pc, ok := r.pkgCache[jsonPath]; ok {
		return pc, nil
	}
	pc := &PackageConfig{PjsonPath: jsonPath, Type: "none"}
	data, err := r.fs.ReadFile(r.abs(jsonPath))
	if err == nil {
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		parsed, perr := ParseJSON(data)
		if perr != nil {
			if esm != nil {
				detail := esm.specifier
				if esm.base != "" {
					detail = "\"" + esm.specifier + "\" from " + esm.base
				}
				return nil, &Error{Kind: "Error", Code: "ERR_INVALID_PACKAGE_CONFIG",
					Message: fmt.Sprintf("Invalid package config %s while importing %s. %s", jsonPath, detail, perr.Error())}
			}
			return nil, &Error{Kind: "SyntaxError", Message: "Error parsing " + jsonPath + ": " + perr.Error(), Path: jsonPath}
		}
		if parsed == nil {
			// Object.prototype.hasOwnProperty(null, 'name') throws.
			return nil, &Error{Kind: "TypeError", Message: "Cannot convert undefined or null to object"}
		}
		pc.Exists = true
		if obj, ok := parsed.(*JSONObject); ok {
			if v, ok := obj.Get("name"); ok {
				if s, ok := v.(string); ok {
					pc.Name, pc.HasName = s, true
				}
			}
			if v, ok := obj.Get("main"); ok {
				if s, ok := v.(string); ok {
					pc.Main, pc.HasMain = s, true
				}
			}
			if v, ok := obj.Get("exports"); ok {
				pc.Exports, pc.HasExports = v, true
			}
			if v, ok := obj.Get("imports"); ok {
				pc.Imports, pc.HasImports = v, true
			}
			if v, ok := obj.Get("type"); ok {
				if s, ok := v.(string); ok && (s == "commonjs" || s == "module") {
					pc.Type = s
				}
			}
		}
	}
	r.pkgCache[jsonPath] = pc
	return pc, nil
}

// ReadPackage reads dir/package.json (Node's readPackage); the result's
// Exists is false when there is none. Results are cached until ClearCache.
func (r *Resolver) ReadPackage(dir string) (*PackageConfig, error) {
	return r.readPackageJSON(r.resolvePath(dir, "package.json"), nil)
}

// ReadPackageScope finds the nearest package.json above checkPath (a module's
// filename, or a directory with a trailing slash), as Node's readPackageScope
// does: the search starts at checkPath's directory and stops at a
// "node_modules" directory or the root. It returns nil when there is none.
// It is what "type", self-reference and "imports" read.
func (r *Resolver) ReadPackageScope(checkPath string) (*PackageConfig, error) {
	rootSep := strings.IndexByte(checkPath, '/')
	for {
		sep := strings.LastIndexByte(checkPath, '/')
		if sep < 0 {
			return nil, nil
		}
		checkPath = checkPath[:sep]
		if strings.HasSuffix(checkPath, "/node_modules") {
			return nil, nil
		}
		pc, err := r.ReadPackage(checkPath + "/")
		if err != nil {
			return nil, err
		}
		if pc.Exists {
			return pc, nil
		}
		if sep <= rootSep {
			return nil, nil
		}
	}
}
