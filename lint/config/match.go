package config

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// relSlash returns abs relative to dir with forward slashes, and false
// when abs lies outside dir (no glob in dir's config can name it).
func relSlash(dir, abs string) (string, bool) {
	rel, err := filepath.Rel(dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// matchAny reports whether rel (slash-separated, relative to the config
// file's folder) matches one of globs. A glob without a slash matches a
// name at any depth, as in .gitignore: `*.draft.md` means every draft. A
// glob also matches everything below a folder it matches, so `drafts`
// and `drafts/**` both leave out the whole folder.
func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		g = strings.TrimSuffix(g, "/")
		if !strings.Contains(g, "/") {
			g = "**/" + g
		}
		for p := rel; p != "." && p != "/" && p != ""; p = path.Dir(p) {
			if ok, _ := doublestar.Match(g, p); ok {
				return true
			}
		}
	}
	return false
}
