package url

import (
	"strconv"
	"strings"
)

// Scheme types, numbered like ada::scheme::type, which Node exposes in its
// URL context (util.inspect with showHidden shows them).
const (
	schemeHTTP       = 0
	schemeNotSpecial = 1
	schemeHTTPS      = 2
	schemeWS         = 3
	schemeFTP        = 4
	schemeWSS        = 5
	schemeFile       = 6
)

func schemeTypeOf(s string) uint32 {
	switch s {
	case "http":
		return schemeHTTP
	case "https":
		return schemeHTTPS
	case "ws":
		return schemeWS
	case "wss":
		return schemeWSS
	case "ftp":
		return schemeFTP
	case "file":
		return schemeFile
	}
	return schemeNotSpecial
}

// defaultPort of a special scheme, or -1.
func defaultPort(t uint32) int {
	switch t {
	case schemeHTTP, schemeWS:
		return 80
	case schemeHTTPS, schemeWSS:
		return 443
	case schemeFTP:
		return 21
	}
	return -1
}

// record is a URL record of the URL Standard. A non-opaque path is kept
// serialized ("/a/b"; no segments is "", one empty segment is "/").
type record struct {
	scheme      string
	schemeType  uint32
	username    string
	password    string
	host        string // serialized
	hasHost     bool
	port        int // -1 when null
	path        []byte
	opaque      bool // path is an opaque path
	query       []byte
	hasQuery    bool
	fragment    []byte
	hasFragment bool
	scratch     []byte // the parser's buffer, kept for reuse
}

func (u *record) special() bool { return u.schemeType != schemeNotSpecial }

func (u *record) setScheme(s string) {
	u.scheme = s
	u.schemeType = schemeTypeOf(s)
}

func (u *record) reset() {
	*u = record{port: -1, path: u.path[:0], query: u.query[:0], fragment: u.fragment[:0], scratch: u.scratch[:0]}
}

// schemeString returns the scheme in b as a string, without allocating for
// the special schemes.
func schemeString(b []byte) string {
	switch string(b) {
	case "http":
		return "http"
	case "https":
		return "https"
	case "ws":
		return "ws"
	case "wss":
		return "wss"
	case "ftp":
		return "ftp"
	case "file":
		return "file"
	}
	return string(b)
}

func (u *record) includesCredentials() bool { return u.username != "" || u.password != "" }

// cannotHaveCredentialsOrPort: host null or empty, or scheme file.
func (u *record) cannotHaveCredentialsOrPort() bool {
	return !u.hasHost || u.host == "" || u.schemeType == schemeFile
}

func (u *record) copyAuthority(b *record) {
	u.username, u.password = b.username, b.password
	u.host, u.hasHost = b.host, b.hasHost
	u.port = b.port
}

func (u *record) copyQuery(b *record) {
	u.query = append(u.query[:0], b.query...)
	u.hasQuery = b.hasQuery
}

func (u *record) clearQuery() {
	u.query = u.query[:0]
	u.hasQuery = false
}

func (u *record) startQuery() {
	u.query = u.query[:0]
	u.hasQuery = true
}

func (u *record) startFragment() {
	u.fragment = u.fragment[:0]
	u.hasFragment = true
}

// firstSegment of a non-opaque path, and whether there is one.
func (u *record) firstSegment() ([]byte, bool) {
	if len(u.path) == 0 {
		return nil, false
	}
	seg := u.path[1:]
	for i, c := range seg {
		if c == '/' {
			return seg[:i], true
		}
	}
	return seg, true
}

func (u *record) appendSegment(seg []byte) {
	u.path = append(u.path, '/')
	u.path = append(u.path, seg...)
}

// shortenPath removes the last segment, except a lone normalized Windows drive
// letter of a file URL, and reports whether it removed one.
func (u *record) shortenPath() bool {
	if u.schemeType == schemeFile {
		if first, ok := u.firstSegment(); ok && len(first)+1 == len(u.path) && isNormalizedDriveLetter(first) {
			return false
		}
	}
	for i := len(u.path) - 1; i >= 0; i-- {
		if u.path[i] == '/' {
			u.path = u.path[:i]
			return true
		}
	}
	return false
}

// stripTrailingSpacesFromOpaquePath: when an opaque-path URL loses its query
// or fragment, spaces at the end of the path would otherwise become
// significant.
func (u *record) stripTrailingSpacesFromOpaquePath() {
	if !u.opaque || u.hasFragment || u.hasQuery {
		return
	}
	for len(u.path) > 0 && u.path[len(u.path)-1] == ' ' {
		u.path = u.path[:len(u.path)-1]
	}
}

func isAlpha(c int) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c int) bool { return c >= '0' && c <= '9' }

func isDriveLetter(b []byte) bool {
	return len(b) == 2 && isAlpha(int(b[0])) && (b[1] == ':' || b[1] == '|')
}

func isNormalizedDriveLetter(b []byte) bool {
	return len(b) == 2 && isAlpha(int(b[0])) && b[1] == ':'
}

// startsWithDriveLetter: a drive letter followed by the end or / \ ? #.
func startsWithDriveLetter(s string) bool {
	if len(s) < 2 || !isAlpha(int(s[0])) || (s[1] != ':' && s[1] != '|') {
		return false
	}
	if len(s) == 2 {
		return true
	}
	switch s[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(b []byte) bool {
	return (len(b) == 1 && b[0] == '.') || (len(b) == 3 && b[0] == '%' && b[1] == '2' && b[2]|0x20 == 'e')
}

func isDoubleDot(b []byte) bool {
	switch len(b) {
	case 2:
		return b[0] == '.' && b[1] == '.'
	case 4:
		return (b[0] == '.' && isPct2e(b[1:])) || (isPct2e(b) && b[3] == '.')
	case 6:
		return isPct2e(b) && isPct2e(b[3:])
	}
	return false
}

func isPct2e(b []byte) bool { return b[0] == '%' && b[1] == '2' && b[2]|0x20 == 'e' }

// Parser states. stNone means "no state override".
const (
	stNone = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

const eof = -1

// cleanInput trims leading and trailing C0 controls and spaces (only without
// a state override) and removes every tab and newline.
func cleanInput(in string, trim bool) string {
	if trim {
		i, j := 0, len(in)
		for i < j && in[i] <= ' ' {
			i++
		}
		for j > i && in[j-1] <= ' ' {
			j--
		}
		in = in[i:j]
	}
	if strings.ContainsAny(in, "\t\n\r") {
		b := make([]byte, 0, len(in))
		for i := 0; i < len(in); i++ {
			if c := in[i]; c != '\t' && c != '\n' && c != '\r' {
				b = append(b, c)
			}
		}
		in = string(b)
	}
	return in
}

// parse runs the basic URL parser on in (UTF-8) into u, relative to base (may
// be nil). With a state override u is an existing URL being modified by a
// setter, and the result only says whether the parser reached its end; the
// URL keeps whatever was changed before a failure, as the standard says.
func (u *record) parse(in string, base *record, override int) bool {
	in = cleanInput(in, override == stNone)
	state := override
	if state == stNone {
		state = stSchemeStart
	}
	buf := u.scratch[:0]
	defer func() { u.scratch = buf[:0] }()
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	var user, pass []byte // credentials being read in the authority state
	n := len(in)
	for p := 0; ; p++ {
		c := eof
		if p < n {
			c = int(in[p])
		}
		switch state {
		case stSchemeStart:
			if isAlpha(c) {
				buf = append(buf, byte(c|0x20))
				state = stScheme
			} else if override == stNone {
				state = stNoScheme
				p--
			} else {
				return false
			}

		case stScheme:
			if isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.' {
				if c >= 'A' && c <= 'Z' {
					c |= 0x20
				}
				buf = append(buf, byte(c))
			} else if c == ':' {
				s := schemeString(buf)
				t := schemeTypeOf(s)
				if override != stNone {
					if (u.schemeType == schemeNotSpecial) != (t == schemeNotSpecial) {
						return false
					}
					if (u.includesCredentials() || u.port >= 0) && t == schemeFile {
						return false
					}
					if u.schemeType == schemeFile && u.hasHost && u.host == "" {
						return false
					}
				}
				u.scheme, u.schemeType = s, t
				if override != stNone {
					if u.port == defaultPort(t) {
						u.port = -1
					}
					return true
				}
				buf = buf[:0]
				switch {
				case t == schemeFile:
					state = stFile
				case t != schemeNotSpecial && base != nil && base.scheme == s:
					state = stSpecialRelativeOrAuthority
				case t != schemeNotSpecial:
					state = stSpecialAuthoritySlashes
				case p+1 < n && in[p+1] == '/':
					state = stPathOrAuthority
					p++
				default:
					u.opaque = true
					u.path = u.path[:0]
					state = stOpaquePath
				}
			} else if override == stNone {
				buf = buf[:0]
				state = stNoScheme
				p = -1
			} else {
				return false
			}

		case stNoScheme:
			// Like ada, a reference that has a '#' anywhere may resolve against
			// an opaque-path base as if its path were a plain one
			// ("x#y" against "sc:o" is "sc:o/x#y"); the standard only allows a
			// reference that starts with '#'.
			if base == nil || (base.opaque && c != '#' && !strings.Contains(in, "#")) {
				return false
			}
			if base.opaque && c == '#' {
				u.setScheme(base.scheme)
				u.path = append(u.path[:0], base.path...)
				u.opaque = true
				u.copyQuery(base)
				u.startFragment()
				state = stFragment
			} else if base.schemeType != schemeFile {
				state = stRelative
				p--
			} else {
				state = stFile
				p--
			}

		case stSpecialRelativeOrAuthority:
			if c == '/' && p+1 < n && in[p+1] == '/' {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stRelative
				p--
			}

		case stPathOrAuthority:
			if c == '/' {
				state = stAuthority
			} else {
				state = stPath
				p--
			}

		case stRelative:
			u.setScheme(base.scheme)
			if c == '/' || (u.special() && c == '\\') {
				state = stRelativeSlash
			} else {
				u.copyAuthority(base)
				u.path = append(u.path[:0], base.path...)
				u.copyQuery(base)
				switch c {
				case '?':
					u.startQuery()
					state = stQuery
				case '#':
					u.startFragment()
					state = stFragment
				case eof:
				default:
					u.clearQuery()
					u.shortenPath()
					state = stPath
					p--
				}
			}

		case stRelativeSlash:
			if u.special() && (c == '/' || c == '\\') {
				state = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				state = stAuthority
			} else {
				u.copyAuthority(base)
				state = stPath
				p--
			}

		case stSpecialAuthoritySlashes:
			state = stSpecialAuthorityIgnoreSlashes
			if c == '/' && p+1 < n && in[p+1] == '/' {
				p++
			} else {
				p--
			}

		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				state = stAuthority
				p--
			}

		case stAuthority:
			if c == '@' {
				// An earlier '@' belongs to the credentials: it is written as
				// "%40" where the buffer's text goes (the standard prepends it
				// to the buffer; appending it first is the same, in linear time).
				if atSignSeen {
					if passwordTokenSeen {
						pass = append(pass, "%40"...)
					} else {
						user = append(user, "%40"...)
					}
				}
				atSignSeen = true
				for _, b := range buf {
					if b == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						pass = appendEncoded(pass, b, &userinfoSet)
					} else {
						user = appendEncoded(user, b, &userinfoSet)
					}
				}
				buf = buf[:0]
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				if atSignSeen && len(buf) == 0 {
					return false
				}
				if atSignSeen {
					u.username, u.password = string(user), string(pass)
				}
				p -= len(buf) + 1
				buf = buf[:0]
				state = stHost
			} else {
				buf = append(buf, byte(c))
			}

		case stHost, stHostname:
			if override != stNone && u.schemeType == schemeFile {
				p--
				state = stFileHost
			} else if c == ':' && !insideBrackets {
				if len(buf) == 0 {
					return false
				}
				if override == stHostname {
					return false
				}
				h, ok := parseHost(buf, !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf = buf[:0]
				state = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				p--
				if u.special() && len(buf) == 0 {
					return false
				}
				if override != stNone && len(buf) == 0 && (u.includesCredentials() || u.port >= 0) {
					return false
				}
				h, ok := parseHost(buf, !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf = buf[:0]
				state = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf = append(buf, byte(c))
			}

		case stPort:
			if isDigit(c) {
				buf = append(buf, byte(c))
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') || override != stNone {
				if len(buf) != 0 {
					port := 0
					for _, d := range buf {
						port = port*10 + int(d-'0')
						if port > 65535 {
							return false
						}
					}
					if port == defaultPort(u.schemeType) {
						u.port = -1
					} else {
						u.port = port
					}
					buf = buf[:0]
				}
				if override != stNone {
					return true
				}
				state = stPathStart
				p--
			} else {
				return false
			}

		case stFile:
			u.setScheme("file")
			u.host, u.hasHost = "", true
			if c == '/' || c == '\\' {
				state = stFileSlash
			} else if base != nil && base.schemeType == schemeFile {
				u.host, u.hasHost = base.host, base.hasHost
				u.path = append(u.path[:0], base.path...)
				u.copyQuery(base)
				switch c {
				case '?':
					u.startQuery()
					state = stQuery
				case '#':
					u.startFragment()
					state = stFragment
				case eof:
				default:
					u.clearQuery()
					if !startsWithDriveLetter(in[p:]) {
						u.shortenPath()
					} else {
						u.path = u.path[:0]
					}
					state = stPath
					p--
				}
			} else {
				state = stPath
				p--
			}

		case stFileSlash:
			if c == '/' || c == '\\' {
				state = stFileHost
			} else {
				if base != nil && base.schemeType == schemeFile {
					u.host, u.hasHost = base.host, base.hasHost
					rest := ""
					if p < n {
						rest = in[p:]
					}
					if first, ok := base.firstSegment(); !startsWithDriveLetter(rest) && ok && isNormalizedDriveLetter(first) {
						u.appendSegment(first)
					}
				}
				state = stPath
				p--
			}

		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isDriveLetter(buf) {
					// The buffer is kept: it becomes the first path segment.
					state = stPath
				} else if len(buf) == 0 {
					u.host, u.hasHost = "", true
					if override != stNone {
						return true
					}
					state = stPathStart
				} else {
					h, ok := parseHost(buf, false)
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.host, u.hasHost = h, true
					if override != stNone {
						return true
					}
					buf = buf[:0]
					state = stPathStart
				}
			} else {
				buf = append(buf, byte(c))
			}

		case stPathStart:
			if u.special() {
				state = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				u.startQuery()
				state = stQuery
			} else if override == stNone && c == '#' {
				u.startFragment()
				state = stFragment
			} else if c != eof {
				state = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !u.hasHost {
				u.path = append(u.path, '/')
			}

		case stPath:
			slash := c == '/' || (u.special() && c == '\\')
			if c == eof || slash || (override == stNone && (c == '?' || c == '#')) {
				if isDoubleDot(buf) {
					// Like ada (Node's parser), a non-special URL gets no empty
					// last segment when ".." had nothing to remove: "sc://h/.."
					// is "sc://h", not "sc://h/".
					if removed := u.shortenPath(); !slash && (removed || u.special()) {
						u.path = append(u.path, '/')
					}
				} else if isSingleDot(buf) {
					if !slash {
						u.path = append(u.path, '/')
					}
				} else {
					if u.schemeType == schemeFile && len(u.path) == 0 && isDriveLetter(buf) {
						buf[1] = ':'
					}
					u.appendSegment(buf)
				}
				buf = buf[:0]
				if c == '?' {
					u.startQuery()
					state = stQuery
				} else if c == '#' {
					u.startFragment()
					state = stFragment
				}
			} else {
				buf = appendEncoded(buf, byte(c), &pathSet)
			}

		case stOpaquePath:
			switch c {
			case '?':
				u.startQuery()
				state = stQuery
			case '#':
				u.startFragment()
				state = stFragment
			case eof:
			default:
				u.path = appendEncoded(u.path, byte(c), &c0ControlSet)
			}

		case stQuery:
			if c == '#' && override == stNone {
				u.startFragment()
				state = stFragment
			} else if c != eof {
				set := &querySet
				if u.special() {
					set = &specialQuerySet
				}
				u.query = appendEncoded(u.query, byte(c), set)
			}

		case stFragment:
			if c != eof {
				u.fragment = appendEncoded(u.fragment, byte(c), &fragmentSet)
			}
		}
		if p >= n {
			return true
		}
	}
}

// Offsets into the serialized URL, laid out like ada's url_aggregator, which
// Node's URL class reads its getters from.
type components struct {
	protocolEnd, usernameEnd, hostStart, hostEnd uint32
	port                                         uint32
	pathnameStart, searchStart, hashStart        uint32
	schemeType                                   uint32
}

const omitted = 0xFFFFFFFF

// serialize writes the URL (href) into dst and fills c.
func (u *record) serialize(dst []byte, c *components, excludeFragment bool) []byte {
	dst = append(dst, u.scheme...)
	dst = append(dst, ':')
	c.protocolEnd = uint32(len(dst))
	c.schemeType = u.schemeType
	c.port = omitted
	if u.hasHost {
		dst = append(dst, '/', '/')
		if u.includesCredentials() {
			dst = append(dst, u.username...)
			c.usernameEnd = uint32(len(dst))
			if u.password != "" {
				dst = append(dst, ':')
				dst = append(dst, u.password...)
			}
			c.hostStart = uint32(len(dst))
			dst = append(dst, '@')
		} else {
			c.usernameEnd = uint32(len(dst))
			c.hostStart = c.usernameEnd
		}
		dst = append(dst, u.host...)
		c.hostEnd = uint32(len(dst))
		if u.port >= 0 {
			dst = append(dst, ':')
			dst = strconv.AppendInt(dst, int64(u.port), 10)
			c.port = uint32(u.port)
		}
	} else {
		c.usernameEnd, c.hostStart, c.hostEnd = c.protocolEnd, c.protocolEnd, c.protocolEnd
		if !u.opaque && len(u.path) > 1 && u.path[0] == '/' && u.path[1] == '/' {
			dst = append(dst, '/', '.')
		}
	}
	c.pathnameStart = uint32(len(dst))
	dst = append(dst, u.path...)
	c.searchStart = omitted
	if u.hasQuery {
		c.searchStart = uint32(len(dst))
		dst = append(dst, '?')
		dst = append(dst, u.query...)
	}
	c.hashStart = omitted
	if u.hasFragment && !excludeFragment {
		c.hashStart = uint32(len(dst))
		dst = append(dst, '#')
		dst = append(dst, u.fragment...)
	}
	return dst
}
