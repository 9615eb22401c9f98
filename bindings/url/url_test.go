package url

import "testing"

// The conformance scripts in tests/url compare every part of the parser
// with Node; these check the pieces that are easiest to get subtly wrong.

func TestParseHref(t *testing.T) {
	cases := []struct{ in, base, want string }{
		{"HTTP://EXAMPLE.com:80/a/./b/../c?q#f", "", "http://example.com/a/c?q#f"},
		{"http://0x7f.1/", "", "http://127.0.0.1/"},
		{"http://[0:0:0:0:0:ffff:1.2.3.4]/", "", "http://[::ffff:102:304]/"},
		{"http://münchen.de/", "", "http://xn--mnchen-3ya.de/"},
		{"file:///C|/x/../..", "", "file:///C:/"},
		{"sc:/..//p", "", "sc:/.//p"},
		{"../x", "http://h/a/b/c", "http://h/a/x"},
		{"sc://h/..", "", "sc://h"},
		{"x#y", "sc:o", "sc:o/x#y"},
		{"http://[::1", "", ""},
		{"http://1.2.3.4.5/", "", ""},
		{"x", "", ""},
	}
	for _, c := range cases {
		var base *record
		if c.base != "" {
			base = &record{}
			base.reset()
			if !base.parse(c.base, nil, stNone) {
				t.Fatalf("base %q does not parse", c.base)
			}
		}
		var u record
		u.reset()
		got := ""
		if u.parse(c.in, base, stNone) {
			var comps components
			got = string(u.serialize(nil, &comps, false))
		}
		if got != c.want {
			t.Errorf("parse(%q, %q) = %q, want %q", c.in, c.base, got, c.want)
		}
	}
}

func TestIPv6Serialize(t *testing.T) {
	cases := map[string]string{
		"::":              "::",
		"1:0:0:2:0:0:0:3": "1:0:0:2::3",
		"1:0:0:2:0:0:3:4": "1::2:0:0:3:4",
		"0:0:1:0:0:1:0:0": "::1:0:0:1:0:0",
		"1:2:3:4:5:6:7:8": "1:2:3:4:5:6:7:8",
		"::1.2.3.4":       "::102:304",
		"1::":             "1::",
	}
	for in, want := range cases {
		a, ok := parseIPv6([]byte(in))
		if !ok {
			t.Errorf("parseIPv6(%q) failed", in)
			continue
		}
		if got := serializeIPv6(&a); got != want {
			t.Errorf("serializeIPv6(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	var r record
	var c components
	var out []byte
	for i := 0; i < b.N; i++ {
		r.reset()
		if !r.parse("https://user:pw@example.com:8080/a/b?x=1#f", nil, stNone) {
			b.Fatal("parse failed")
		}
		out = r.serialize(out[:0], &c, false)
	}
}
