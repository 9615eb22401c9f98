package url

import "testing"

// FuzzParse checks that no input makes the parser or a setter panic, and
// that a parsed URL re-parses to itself (the serializer's output is a valid
// URL string).
func FuzzParse(f *testing.F) {
	for _, s := range []string{"http://a/b", "sc:x", "file:///C:/", "http://[::1]:8/", "sc://u:p@h:1/?q#f", "a", "//x", "http://%41.com/", "\\\\x"} {
		f.Add(s, "http://base/a/b", "v:1")
	}
	f.Fuzz(func(t *testing.T, in, base, value string) {
		var b, u record
		b.reset()
		var bp *record
		if b.parse(base, nil, stNone) {
			bp = &b
		}
		u.reset()
		if !u.parse(in, bp, stNone) {
			return
		}
		var c components
		href := string(u.serialize(nil, &c, false))
		var again record
		again.reset()
		if !again.parse(href, nil, stNone) {
			t.Fatalf("%q (base %q) serialized to %q, which does not parse", in, base, href)
		}
		var s state
		for action := kProtocol; action <= kHref; action++ {
			s.update(href, action, value)
		}
	})
}
