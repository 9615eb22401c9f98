package main

const helpText = `Usage: gonode [options] [ script.js ] [arguments]
       gonode [options] -e "script" [arguments]
       gonode [options] -p "script" [arguments]
       gonode [options] - [arguments]      (script read from standard input)

gonode runs JavaScript with Node.js v20 semantics on a Go runtime.

Options:
  -                           script is read from stdin (the default when stdin is not a terminal)
  --                          indicate the end of gonode options
  -e, --eval script           evaluate script
  -p, --print script          evaluate script and print the result
  -r, --require module        module to preload (may be repeated)
  -h, --help                  print gonode command line options
  -v, --version               print the Node.js version gonode is compatible with
  --unhandled-rejections=...  throw (default), strict, warn, none, warn-with-error-code
  --no-warnings               silence all process warnings
  --trace-warnings            show stack traces on process warnings
  --no-deprecation            silence deprecation warnings
  --throw-deprecation         throw an exception on deprecations
  --stack-size=...            maximum call stack size, in KiB (as V8's flag)

Environment variables:
  NODE_PATH                   ':'-separated list of directories prefixed to the module search path
  UV_THREADPOOL_SIZE          number of worker threads for file system and other blocking work (default 4)
  NODE_DEBUG                  ','-separated list of core modules that should print debug information

Built-in modules implemented: assert, assert/strict, buffer, console, diagnostics_channel,
events, fs, fs/promises, module, os, path, path/posix, path/win32, process, querystring,
readline, readline/promises, stream, stream/consumers, stream/promises, stream/web,
string_decoder, timers, timers/promises, tty, url, util, util/types (and net.Socket's stream
half). Globals: EventTarget, Event, CustomEvent, AbortController, AbortSignal, DOMException,
URL, URLSearchParams, Buffer, Blob, File, atob, btoa, TextEncoder, TextDecoder, the web
streams classes. Every other Node built-in name resolves: its constants and classes are real, its
functions throw an Error with code ERR_NOT_IMPLEMENTED naming the feature.

Documentation: README.md in the gonode repository.
`
