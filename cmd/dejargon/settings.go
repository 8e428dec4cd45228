package main

import (
	"errors"
	"fmt"
	"sync"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
)

// settingsPath is the path whose settings apply to a command-line
// argument: standard input goes by --stdin-filename when given, and a
// folder by the files directly in it.
func settingsPath(arg, stdinName string) string {
	switch {
	case arg == runner.StdinPath:
		if stdinName != "" {
			return stdinName
		}
		return arg
	case isDir(arg):
		return insideDir(arg)
	}
	return arg
}

// loadSettings works out the settings of every argument before anything
// is read, so a broken config file or glossary stops the run once, its
// problems one a line, rather than once per file below it. each, when
// not nil, is called with each argument's settings. It returns the linter
// of the first argument.
func loadSettings(r *config.Resolver, args []string, stdinName string, each func(*config.Effective) error) (*lint.Linter, error) {
	var first *lint.Linter
	for _, a := range args {
		e, err := r.Effective(settingsPath(a, stdinName))
		if err != nil {
			return nil, err
		}
		l, err := r.LinterFor(&e)
		if err != nil {
			return nil, err
		}
		if each != nil {
			if err := each(&e); err != nil {
				return nil, err
			}
		}
		if first == nil {
			first = l
		}
	}
	return first, nil
}

// settingsGuard wraps a resolver's Linter for a folder walk, which may
// meet a broken config file (or a glossary it names) below the folders
// named. The problems are printed once, one a line, however many files
// below it ask; each of those files gets a one-line error naming the
// broken file, so it is counted as not checked.
type settingsGuard struct {
	io        *streams
	linterFor func(path string) (*lint.Linter, error)

	mu   sync.Mutex
	seen map[string]bool
}

func newSettingsGuard(io *streams, linterFor func(string) (*lint.Linter, error)) *settingsGuard {
	return &settingsGuard{io: io, linterFor: linterFor, seen: map[string]bool{}}
}

// Linter is the linter for path, or an error naming the broken file.
func (g *settingsGuard) Linter(path string) (*lint.Linter, error) {
	l, err := g.linterFor(path)
	var list glossary.ErrorList
	if err == nil || !errors.As(err, &list) || len(list) == 0 {
		return l, err
	}
	file := list[0].File
	g.mu.Lock()
	if !g.seen[file] {
		g.seen[file] = true
		for _, e := range list {
			fmt.Fprintf(g.io.ErrOut, "dejargon: %s\n", report.Escape(e.Error()))
		}
	}
	g.mu.Unlock()
	return nil, fmt.Errorf("not checked: %s has errors", file)
}
