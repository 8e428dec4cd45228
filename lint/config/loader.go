package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dejargon/dejargon/internal/textfile"
)

// Loader finds the config file for each checked path and keeps what it
// has read, so a tree of thousands of files reads each config once. It is
// safe for concurrent use.
type Loader struct {
	explicit string
	cwd      string

	mu    sync.Mutex
	byDir map[string]lookup
}

type lookup struct {
	file *File
	err  error
}

// NewLoader returns a loader. explicit, when not empty, is the config file
// given with --config, used for every path instead of discovery.
func NewLoader(explicit string) (*Loader, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("finding the current folder: %w", err)
	}
	l := &Loader{explicit: explicit, cwd: cwd, byDir: map[string]lookup{}}
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return nil, fmt.Errorf("config file: %w", err)
		}
	}
	return l, nil
}

// ForFile returns the config for a file (nil when there is none). Standard
// input ("-" or "<stdin>") is governed by the current folder's config.
func (l *Loader) ForFile(path string) (*File, error) {
	if path == "-" || path == "<stdin>" {
		return l.ForDir(".")
	}
	return l.ForDir(filepath.Dir(path))
}

// ForDir returns the config for files in dir: the nearest .dejargon.yaml
// in dir or a folder above it, stopping at the repository root (the folder
// holding .git). Nearer files replace farther ones whole; they are not
// merged.
func (l *Loader) ForDir(dir string) (*File, error) {
	if l.explicit != "" {
		return l.load(l.Abs(l.explicit))
	}
	abs := l.Abs(dir)
	l.mu.Lock()
	r, ok := l.byDir[abs]
	l.mu.Unlock()
	if ok {
		return r.file, r.err
	}
	r = l.discover(abs)
	l.mu.Lock()
	l.byDir[abs] = r
	l.mu.Unlock()
	return r.file, r.err
}

func (l *Loader) discover(dir string) lookup {
	for _, name := range FileNames() {
		p := filepath.Join(dir, name)
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			f, err := l.load(p)
			return lookup{f, err}
		}
	}
	if isRepoRoot(dir) {
		return lookup{}
	}
	parent := filepath.Dir(dir)
	if parent == dir {
		return lookup{}
	}
	f, err := l.ForDir(parent)
	return lookup{f, err}
}

// load reads and parses one config file, once.
func (l *Loader) load(abs string) (*File, error) {
	key := "file:" + abs
	l.mu.Lock()
	r, ok := l.byDir[key]
	l.mu.Unlock()
	if ok {
		return r.file, r.err
	}
	data, err := textfile.ReadFile(abs, textfile.DefaultLimit, true)
	if err != nil {
		r.err = fmt.Errorf("reading config %s: %w", l.Display(abs), err)
	} else {
		r.file, r.err = Parse(l.Display(abs), filepath.Dir(abs), data)
	}
	l.mu.Lock()
	l.byDir[key] = r
	l.mu.Unlock()
	return r.file, r.err
}

// isRepoRoot reports whether dir holds a .git folder (or, in a worktree or
// submodule, a .git file).
func isRepoRoot(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, ".git"))
	return err == nil || !errors.Is(err, fs.ErrNotExist)
}

// Abs makes path absolute against the folder the loader started in.
func (l *Loader) Abs(path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(l.cwd, path)
}

// Display shows an absolute path relative to the current folder when it
// is near it (inside, or up to two folders up), so messages read like the
// paths the user typed; farther paths stay absolute.
func (l *Loader) Display(abs string) string {
	rel, err := filepath.Rel(l.cwd, abs)
	up := strings.Repeat(".."+string(filepath.Separator), 3)
	if err != nil || strings.HasPrefix(rel, up) {
		return abs
	}
	return rel
}
