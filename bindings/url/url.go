// Package url is the Go side of the WHATWG URL class: the URL Standard's
// basic URL parser, host parser (IPv4, IPv6, IDNA through UTS #46) and
// serializer, and the setters' state-override parsing.
//
// Like Node's binding, parse and update return the serialized URL (href, all
// ASCII) and leave the offsets of its components in a shared Uint32Array,
// urlComponents, so that JavaScript reads each getter as a slice of href and
// a parse costs one call and one string. Everything here runs on the loop
// thread; the scratch records belong to one runtime.
package url

import (
	"encoding/binary"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
)

// Setter kinds of update(), numbered as in Node's updateActions.
const (
	kProtocol = iota
	kHost
	kHostname
	kPort
	kUsername
	kPassword
	kPathname
	kSearch
	kHash
	kHref
)

type state struct {
	vm         *goja.Runtime
	rec, base  record
	out        []byte
	comps      []byte // backing store of urlComponents
	components components
}

// Init builds internalBinding('url').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	s := &state{vm: vm, comps: make([]byte, 9*4)}
	b := vm.NewObject()
	b.Set("urlComponents", vm.NewArrayBuffer(s.comps))

	// parse(input, base) → href, or undefined when input (or base) is not a
	// valid URL. base is undefined for none.
	b.Set("parse", func(c goja.FunctionCall) goja.Value {
		if !s.parse(c.Argument(0), c.Argument(1)) {
			return goja.Undefined()
		}
		return s.result()
	})

	// canParse(input, base) → boolean.
	b.Set("canParse", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(s.parse(c.Argument(0), c.Argument(1)))
	})

	// update(href, action, value) → the new href, or false when the new
	// href would not parse (the href setter).
	b.Set("update", func(c goja.FunctionCall) goja.Value {
		if !s.update(c.Argument(0).String(), int(c.Argument(1).ToInteger()), c.Argument(2).String()) {
			return vm.ToValue(false)
		}
		return s.result()
	})

	// format(href, fragment, unicode, search, auth) → href without the parts
	// switched off, with a Unicode host when unicode is true (url.format).
	b.Set("format", func(c goja.FunctionCall) goja.Value {
		u := &s.rec
		u.reset()
		href := c.Argument(0).String()
		if !u.parse(href, nil, stNone) {
			return vm.ToValue(href)
		}
		if !c.Argument(1).ToBoolean() {
			u.hasFragment = false
			u.fragment = u.fragment[:0]
		}
		if c.Argument(2).ToBoolean() && u.hasHost {
			u.host = domainToUnicode(u.host)
		}
		if !c.Argument(3).ToBoolean() {
			u.clearQuery()
		}
		if !c.Argument(4).ToBoolean() {
			u.username, u.password = "", ""
		}
		s.out = u.serialize(s.out[:0], &s.components, false)
		return vm.ToValue(string(s.out))
	})

	// domainToASCII(domain) / domainToUnicode(domain): the host a special URL
	// would get from the hostname setter, or "" when it is invalid.
	b.Set("domainToASCII", func(c goja.FunctionCall) goja.Value {
		h, ok := s.hostname(c.Argument(0).String())
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(h)
	})
	b.Set("domainToUnicode", func(c goja.FunctionCall) goja.Value {
		h, ok := s.hostname(c.Argument(0).String())
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(domainToUnicode(h))
	})

	// toASCII(domain) → UTS #46 ToASCII of a legacy url.parse() hostname, or
	// "" when it is invalid.
	b.Set("toASCII", func(c goja.FunctionCall) goja.Value {
		out, ok := idnaToASCII([]byte(c.Argument(0).String()))
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(out)
	})
	q := &qsScanner{vm: vm}
	// parseParams(query) → [name, value, ...] (URLSearchParams).
	b.Set("parseParams", func(c goja.FunctionCall) goja.Value {
		return q.parseParams(c.Argument(0))
	})
	// parseQS(str, sep, eq, maxPairs, plusIsSpace, custom, decode) → flat
	// pairs, or triples with decode flags (querystring.parse).
	b.Set("parseQS", func(c goja.FunctionCall) goja.Value {
		return q.parseQS(c.Argument(0), c.Argument(1), c.Argument(2), int(c.Argument(3).ToInteger()),
			c.Argument(4).ToBoolean(), c.Argument(5).ToBoolean(), c.Argument(6).ToBoolean())
	})
	// decodeURIComponent(str) → the ECMAScript function's result on the
	// exact code units (lone surrogates stay), or undefined where it would
	// throw URIError.
	b.Set("decodeURIComponent", func(c goja.FunctionCall) goja.Value {
		s := newU16(c.Argument(0))
		if s.isASC && !strings.Contains(s.ascii, "%") {
			return c.Argument(0)
		}
		out, ok := decodeURIComponentUnits(s.all(), nil)
		if !ok {
			return goja.Undefined()
		}
		return unitsValue(vm, out)
	})
	return b
}

// parse parses input against the optional base into s.rec.
func (s *state) parse(input, base goja.Value) bool {
	var basePtr *record
	if base != nil && !goja.IsUndefined(base) {
		s.base.reset()
		if !s.base.parse(base.String(), nil, stNone) {
			return false
		}
		basePtr = &s.base
	}
	s.rec.reset()
	return s.rec.parse(input.String(), basePtr, stNone)
}

// result serializes s.rec, publishes its components and returns href.
func (s *state) result() goja.Value {
	s.out = s.rec.serialize(s.out[:0], &s.components, false)
	c := &s.components
	for i, v := range [9]uint32{c.protocolEnd, c.usernameEnd, c.hostStart, c.hostEnd, c.port,
		c.pathnameStart, c.searchStart, c.hashStart, c.schemeType} {
		binary.NativeEndian.PutUint32(s.comps[i*4:], v)
	}
	return s.vm.ToValue(string(s.out))
}

// update applies one setter of the URL API to href, leaving the result in s.rec.
func (s *state) update(href string, action int, value string) bool {
	u := &s.rec
	u.reset()
	if action == kHref {
		return u.parse(value, nil, stNone)
	}
	if !u.parse(href, nil, stNone) {
		return false
	}
	switch action {
	case kProtocol:
		u.parse(value+":", nil, stSchemeStart)
	case kHost, kHostname:
		switch {
		case u.opaque:
		case !u.special():
			setOpaqueHost(u, value, action == kHostname)
		case action == kHost:
			u.parse(value, nil, stHost)
		default:
			u.parse(value, nil, stHostname)
		}
	case kPort:
		if u.cannotHaveCredentialsOrPort() {
			break
		}
		if value == "" {
			u.port = -1
		} else {
			u.parse(value, nil, stPort)
		}
	case kUsername:
		if !u.cannotHaveCredentialsOrPort() {
			u.username = encodeString(value, &userinfoSet)
		}
	case kPassword:
		if !u.cannotHaveCredentialsOrPort() {
			u.password = encodeString(value, &userinfoSet)
		}
	case kPathname:
		if !u.opaque {
			u.path = u.path[:0]
			u.parse(value, nil, stPathStart)
		}
	case kSearch:
		if value == "" {
			u.clearQuery()
			u.stripTrailingSpacesFromOpaquePath()
			break
		}
		if value[0] == '?' {
			value = value[1:]
		}
		u.startQuery()
		u.parse(value, nil, stQuery)
	case kHash:
		if value == "" {
			u.hasFragment = false
			u.fragment = u.fragment[:0]
			u.stripTrailingSpacesFromOpaquePath()
			break
		}
		if value[0] == '#' {
			value = value[1:]
		}
		u.startFragment()
		u.parse(value, nil, stFragment)
	}
	return true
}

// hostname returns the host that the hostname setter gives a special URL
// for domain (Node's domainToASCII).
func (s *state) hostname(domain string) (string, bool) {
	if domain == "" {
		return "", false
	}
	u := &s.rec
	u.reset()
	u.parse("ws://x", nil, stNone)
	if !u.parse(domain, nil, stHostname) {
		return "", false
	}
	return u.host, true
}

// setOpaqueHost is the host and hostname setter of a non-special URL, with the
// results of Node's parser (ada) where they differ from the standard: the
// port after a ':' is applied first (and only if the URL already has a host),
// and an empty host ("" or ":port") empties the host instead of failing. A
// host that does not parse leaves host and port as they were.
func setOpaqueHost(u *record, value string, hostnameOnly bool) {
	if i := strings.IndexByte(value, '#'); i >= 0 {
		value = value[:i]
	}
	value = cleanInput(value, false)
	end, colon, inBrackets := len(value), false, false
scan:
	for i := 0; i < len(value); i++ {
		switch value[i] {
		case '[':
			inBrackets = true
		case ']':
			inBrackets = false
		case '/', '?':
			end = i
			break scan
		case ':':
			if !inBrackets {
				end, colon = i, true
				break scan
			}
		}
	}
	host := value[:end]
	prevHost, prevHasHost, prevPort := u.host, u.hasHost, u.port
	if colon {
		if hostnameOnly {
			return
		}
		if port := value[end+1:]; port != "" {
			setPortLikeAda(u, port)
		}
	} else if host == "" && (u.includesCredentials() || u.port >= 0) {
		return
	}
	if host == "" {
		if u.hasHost {
			u.host = ""
		} else if len(u.path) > 1 && u.path[0] == '/' && u.path[1] == '/' {
			u.host, u.hasHost = "", true
		}
		return
	}
	h, ok := parseHost([]byte(host), true)
	if !ok {
		u.host, u.hasHost, u.port = prevHost, prevHasHost, prevPort
		return
	}
	u.host, u.hasHost = h, true
}

// setPortLikeAda applies a port the way the host setter of a non-special URL
// does in Node.
func setPortLikeAda(u *record, value string) {
	if u.cannotHaveCredentialsOrPort() {
		return
	}
	if value == "" {
		u.port = -1
		return
	}
	if value[0] <= ' ' || !strings.ContainsAny(value, "0123456789") {
		return
	}
	prev := u.port
	if !u.parse(value, nil, stPort) {
		u.port = prev
	}
}
