package lsp

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
)

// workspace resolves settings for documents the way check does: the
// nearest .dejargon.yaml, then the client's settings. It caches config
// files and linters, so a change to a config or glossary means a new
// workspace.
type workspace struct {
	loader   *config.Loader
	resolver *config.Resolver
	err      error // the settings themselves are unusable (a missing --config)

	mu sync.Mutex
	// problems holds the URIs of config and glossary files given
	// diagnostics, to clear them when the files are fixed.
	problems map[string]bool
	// shown holds the messages already shown, so a broken config is
	// announced once, not on every keystroke.
	shown map[string]bool
	// files holds the config files and glossaries read (and the config
	// files looked for and missing) with their stamps, so an edit is noticed even by an editor that
	// reports no file changes.
	files map[string]stamp
}

func newWorkspace(s settings) *workspace {
	w := &workspace{problems: map[string]bool{}, shown: map[string]bool{}, files: map[string]stamp{}}
	w.loader, w.err = config.NewLoader(s.Config)
	if w.err != nil {
		return w
	}
	flags := config.Flags{Glossaries: s.Glossaries, NoBuiltin: s.NoBuiltin, Audience: glossary.Audience(s.Audience)}
	w.resolver = config.NewResolver(w.loader, flags)
	return w
}

// linter returns the linter for the file at path and the config file
// that applies to it (absolute, or "").
func (w *workspace) linter(path string) (*lint.Linter, string, error) {
	if w.err != nil {
		return nil, "", w.err
	}
	e, err := w.resolver.Effective(path)
	if err != nil || e.Config == "" {
		// No config applies, or the one that does cannot be read: a
		// config may appear (or be fixed) in any folder above.
		w.watchConfigs(path)
	}
	if err != nil {
		return nil, "", err
	}
	if e.Config != "" {
		w.note(w.loader.Abs(e.Config))
	}
	for _, g := range e.Glossaries {
		w.note(w.loader.Abs(g))
	}
	l, err := w.resolver.LinterFor(&e)
	if err != nil {
		return nil, "", err
	}
	cfg := ""
	if e.Config != "" {
		cfg = w.loader.Abs(e.Config)
	}
	return l, cfg, nil
}

// watchConfigs notes every config file that may apply to path.
func (w *workspace) watchConfigs(path string) {
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		w.note(filepath.Join(dir, config.FileName))
		if filepath.Dir(dir) == dir {
			return
		}
	}
}

// note records path's stamp the first time it is seen.
func (w *workspace) note(path string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.files[path]; ok {
		return
	}
	w.files[path] = stampOf(path)
}

// changed reports whether a file the workspace read (or looked for) has
// changed, appeared or gone since.
func (w *workspace) changed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for path, t := range w.files {
		if stampOf(path) != t {
			return true
		}
	}
	return false
}

// stamp tells one version of a file from another; the zero stamp is a
// missing file.
type stamp struct {
	mod  time.Time
	size int64
}

func stampOf(path string) stamp {
	info, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{info.ModTime(), info.Size()}
}

// firstShow reports whether msg has not been shown yet, and marks it.
func (w *workspace) firstShow(msg string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.shown[msg] {
		return false
	}
	w.shown[msg] = true
	return true
}

func (w *workspace) addProblem(uri string) {
	w.mu.Lock()
	w.problems[uri] = true
	w.mu.Unlock()
}

func (w *workspace) problemURIs() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]string, 0, len(w.problems))
	for u := range w.problems {
		out = append(out, u)
	}
	sort.Strings(out)
	return out
}

// problemDiagnostics turns a config or glossary error into diagnostics on
// the files it names, at the line and column it gives, keyed by URI.
func (w *workspace) problemDiagnostics(err error, enc encoding) map[string][]diagnostic {
	var list glossary.ErrorList
	var one *glossary.PositionError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = glossary.ErrorList{one}
	default:
		return nil
	}
	out := map[string][]diagnostic{}
	lines := map[string]*lineIndex{}
	for _, e := range list {
		if e.File == "" {
			continue
		}
		path := e.File
		if w.loader != nil {
			path = w.loader.Abs(path)
		}
		path = filepath.Clean(path)
		li, ok := lines[path]
		if !ok {
			src, _ := os.ReadFile(path)
			li = newLineIndex(string(src))
			lines[path] = li
		}
		p := li.positionOfColumn(e.Line, e.Column, enc)
		uri := pathToURI(path)
		out[uri] = append(out[uri], diagnostic{
			Range:    lspRange{Start: p, End: p},
			Severity: severityError,
			Source:   "dejargon",
			Message:  e.Msg,
		})
	}
	return out
}
