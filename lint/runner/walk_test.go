package runner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExpandRespectsGitignore(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, ".git", "info"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		".git/info/exclude":  "local.md\n",
		".gitignore":         "# comment\n/out/\n*.log.md\r\n",
		"a.md":               "",
		"local.md":           "",
		"x.log.md":           "",
		"out/b.md":           "",
		"docs/out/c.md":      "", // /out/ is anchored to the root
		"docs/.gitignore":    "secret.md\n!keep.log.md\n",
		"docs/secret.md":     "",
		"docs/keep.log.md":   "",
		"other/secret.md":    "", // docs/.gitignore does not reach here
		"node_modules/n.md":  "",
		"docs/vendor/v.md":   "",
		"skipped/by-hook.md": "",
	}
	for name, content := range files {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	skip := func(path string, isDir bool) bool { return isDir && filepath.Base(path) == "skipped" }
	got, errs := expand([]string{dir}, skip)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p.Path)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := "a.md docs/keep.log.md docs/out/c.md other/secret.md"
	if strings.Join(rel, " ") != want {
		t.Errorf("walked %q, want %q", strings.Join(rel, " "), want)
	}

	// A folder named on the command line is walked even though ignored.
	got, _ = expand([]string{filepath.Join(dir, "out")}, nil)
	if len(got) != 1 {
		t.Errorf("named ignored folder gave %v, want its one file", got)
	}
}
