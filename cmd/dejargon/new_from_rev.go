package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/gitdiff"
	"github.com/dejargon/dejargon/lint/runner"
)

// changedSince loads the lines changed since --new-from-rev in the git
// working trees of the paths, or nil when the flag is not given.
func changedSince(rev string, args []string) (*gitdiff.Changes, error) {
	if rev == "" {
		return nil, nil
	}
	dirs := []string{"."}
	if len(args) > 0 {
		dirs = dirs[:0]
	}
	for _, a := range args {
		if a == runner.StdinPath {
			return nil, usagef("--new-from-rev compares files with git; it cannot check standard input")
		}
		if !isDir(a) {
			a = filepath.Dir(a)
		}
		dirs = append(dirs, a)
	}
	c, err := gitdiff.SinceAll(context.Background(), dirs, rev)
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev %s: %w", rev, err)
	}
	return c, nil
}

// onlyChanged keeps the findings that touch a line added or changed.
func onlyChanged(c *gitdiff.Changes, fs []lint.Finding) []lint.Finding {
	if c == nil {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if c.Lines(f.Path, f.Line, max(f.EndLine, f.Line)) {
			out = append(out, f)
		}
	}
	return out
}
