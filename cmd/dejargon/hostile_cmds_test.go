package main

import (
	"bytes"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
)

// hostileCmds make the files a hostile tree holds that cannot live in a
// txtar archive (FIFOs, sockets) or would bloat it (deep nesting, huge
// lines, UTF-16), so the repository never commits them.
var hostileCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	// mkfifo PATH
	"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 1 {
			ts.Fatalf("usage: mkfifo PATH")
		}
		ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
	},
	// mksocket PATH: a Unix socket file, left in place.
	"mksocket": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 1 {
			ts.Fatalf("usage: mksocket PATH")
		}
		l, err := net.ListenUnix("unix", &net.UnixAddr{Name: ts.MkAbs(args[0]), Net: "unix"})
		ts.Check(err)
		l.SetUnlinkOnClose(false)
		ts.Check(l.Close())
	},
	// utf16 PATH TEXT: TEXT (with \n for newlines) as UTF-16 LE with a BOM.
	"utf16": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 2 {
			ts.Fatalf("usage: utf16 PATH TEXT")
		}
		text := strings.ReplaceAll(args[1], `\n`, "\n")
		var b bytes.Buffer
		b.Write([]byte{0xFF, 0xFE})
		for _, u := range utf16.Encode([]rune(text)) {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
		ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
	},
	// repeat PATH N OPEN [MIDDLE [CLOSE]]: OPEN N times, MIDDLE once, then
	// CLOSE N times: deep nesting, or one huge line.
	"repeat": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) < 3 || len(args) > 5 {
			ts.Fatalf("usage: repeat PATH N OPEN [MIDDLE [CLOSE]]")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		var middle, closing string
		if len(args) > 3 {
			middle = args[3]
		}
		if len(args) > 4 {
			closing = args[4]
		}
		out := strings.Repeat(args[2], n) + middle + strings.Repeat(closing, n) + "\n"
		ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(out), 0o644))
	},
}
