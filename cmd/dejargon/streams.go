package main

import (
	"io"
	"os"

	"golang.org/x/term"
)

// streams carries standard input and output and what we know about them,
// so commands never touch os.Stdout directly and tests can swap in buffers.
type streams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// InTerminal and OutTerminal say whether stdin and stdout are a
	// terminal: stdin read implicitly only when it is not; pretty, coloured
	// output only when stdout is one.
	InTerminal  bool
	OutTerminal bool
	// NoColor is set by the NO_COLOR convention (https://no-color.org).
	NoColor bool
}

func systemStreams() *streams {
	_, noColor := os.LookupEnv("NO_COLOR")
	return &streams{
		In:          os.Stdin,
		Out:         os.Stdout,
		ErrOut:      os.Stderr,
		InTerminal:  term.IsTerminal(int(os.Stdin.Fd())),
		OutTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		NoColor:     noColor || os.Getenv("TERM") == "dumb",
	}
}
