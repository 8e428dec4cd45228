package main

import (
	"io"
	"os"
	"strconv"

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
	// Width is the width to fit output to: $COLUMNS when set, else the
	// terminal's width when stdout is one, else 0 (no limit).
	Width int
	// ErrTerminal says whether stderr is a terminal, where progress may
	// be drawn.
	ErrTerminal bool
}

func systemStreams() *streams {
	_, noColor := os.LookupEnv("NO_COLOR")
	s := &streams{
		In:          os.Stdin,
		Out:         os.Stdout,
		ErrOut:      os.Stderr,
		InTerminal:  term.IsTerminal(int(os.Stdin.Fd())),
		OutTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		NoColor:     noColor || os.Getenv("TERM") == "dumb",
	}
	s.Width = outputWidth(os.Getenv("COLUMNS"), s.OutTerminal, func() (int, error) {
		w, _, err := term.GetSize(int(os.Stdout.Fd()))
		return w, err
	})
	return s
}

// outputWidth picks the width to fit output to: a valid $COLUMNS wins (as
// for ls and man), then the terminal's width, else 0 for no limit.
func outputWidth(columns string, terminal bool, size func() (int, error)) int {
	if n, err := strconv.Atoi(columns); err == nil && n > 0 {
		return n
	}
	if terminal {
		if n, err := size(); err == nil && n > 0 {
			return n
		}
	}
	return 0
}
