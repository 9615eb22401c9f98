// Package js holds the JavaScript sources of gonode's built-in modules,
// embedded into the binary. It contains no Go logic beyond the file system.
package js

import "embed"

// FS holds every built-in module source: "<name>.js" for public modules,
// "internal/<path>.js" for internal ones.
//
//go:embed *
var FS embed.FS
