package runner

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// walkDir walks root in lexical order, leaving out what the repository's
// .gitignore files (and .git/info/exclude) leave out, and whatever skip
// says to. root itself is always walked: the user named it.
//
// The gitignore rules come from go-git's implementation rather than our
// own, since the format has many corners (negation, folder-only patterns,
// anchoring, **) that are easy to get subtly wrong.
func walkDir(root string, skip func(path string, isDir bool) bool, fn fs.WalkDirFunc) error {
	ig := newIgnorer(root)
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && path != root && (ig.ignored(path, d.IsDir()) || (skip != nil && skip(path, d.IsDir()))) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		res := fn(path, d, err)
		if err == nil && res == nil && d.IsDir() {
			ig.enter(path)
		}
		return res
	})
}

// ignorer collects gitignore patterns as the walk enters folders. Each
// pattern carries the folder it came from, so patterns of one folder
// never apply to its siblings, and deeper files win over shallower ones.
type ignorer struct {
	// base is the absolute folder paths are matched from: the repository
	// root, or the walked folder when it is in no repository.
	base     string
	patterns []gitignore.Pattern
	matcher  gitignore.Matcher
}

func newIgnorer(root string) *ignorer {
	abs, err := filepath.Abs(root)
	if err != nil {
		return &ignorer{}
	}
	ig := &ignorer{base: abs}
	repo := findRepoRoot(abs)
	if repo != "" {
		ig.base = repo
		ig.read(filepath.Join(repo, ".git", "info", "exclude"), nil)
		// Folders between the repository root and root hold .gitignore
		// files that apply below them too.
		rel, _ := filepath.Rel(repo, abs)
		if rel != "." {
			parts := strings.Split(filepath.ToSlash(rel), "/")
			for i := 0; i < len(parts); i++ {
				ig.read(filepath.Join(repo, filepath.Join(parts[:i]...), ".gitignore"), parts[:i])
			}
			// A folder the user named is checked even if git ignores it
			// (build output, say): then the patterns that ignore it are
			// dropped, and only the .gitignore files inside it count.
			if ig.matcher != nil && ig.matcher.Match(parts, true) {
				ig.patterns, ig.matcher = nil, nil
			}
		}
	}
	return ig
}

// findRepoRoot returns the nearest folder at or above dir holding .git.
func findRepoRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil || !errors.Is(err, fs.ErrNotExist) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// enter reads the .gitignore of a folder the walk goes into.
func (ig *ignorer) enter(dir string) {
	parts, ok := ig.parts(dir)
	if !ok {
		return
	}
	ig.read(filepath.Join(dir, ".gitignore"), parts)
}

func (ig *ignorer) read(file string, domain []string) {
	data, err := os.ReadFile(file)
	if err != nil {
		return // no ignore file, or none we may read: nothing to leave out
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ig.patterns = append(ig.patterns, gitignore.ParsePattern(line, append([]string(nil), domain...)))
	}
	ig.matcher = gitignore.NewMatcher(ig.patterns)
}

func (ig *ignorer) ignored(path string, isDir bool) bool {
	if ig.matcher == nil {
		return false
	}
	parts, ok := ig.parts(path)
	return ok && len(parts) > 0 && ig.matcher.Match(parts, isDir)
}

// parts splits path into its folders relative to the base.
func (ig *ignorer) parts(path string) ([]string, bool) {
	if ig.base == "" {
		return nil, false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, false
	}
	rel, err := filepath.Rel(ig.base, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, false
	}
	if rel == "." {
		return []string{}, true
	}
	return strings.Split(filepath.ToSlash(rel), "/"), true
}
