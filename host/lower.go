package host

import (
	"errors"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// lowerForGoja rewrites syntax goja cannot parse (async generators,
// `for await`) into what it can, with an inline source map so positions in
// stack traces still point at the original lines.
func lowerForGoja(filename, source string) (string, error) {
	res := api.Transform(source, api.TransformOptions{
		Loader:     api.LoaderJS,
		Format:     api.FormatDefault,
		Target:     api.ES2017,
		Supported:  map[string]bool{"async-await": true, "arrow": true, "class": true, "const-and-let": true, "destructuring": true, "generator": true, "object-rest-spread": true, "optional-chain": true, "nullish-coalescing": true, "bigint": true, "class-field": true, "class-private-field": true, "class-private-method": true, "class-static-blocks": true, "logical-assignment": true, "exponent-operator": true, "template-literal": true, "default-argument": true, "rest-argument": true, "for-of": true, "new-target": true, "object-extensions": true, "regexp-sticky-and-unicode-flags": true, "unicode-escapes": true, "hashbang": true, "top-level-await": false},
		Sourcemap:  api.SourceMapInline,
		Sourcefile: filename,
		Charset:    api.CharsetUTF8,
	})
	if len(res.Errors) > 0 {
		msgs := make([]string, 0, len(res.Errors))
		for _, m := range res.Errors {
			msgs = append(msgs, m.Text)
		}
		return "", errors.New(strings.Join(msgs, "; "))
	}
	return string(res.Code), nil
}
