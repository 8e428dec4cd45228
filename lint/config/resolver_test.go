package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// repo makes a repository with a root config, a nested one, and a config
// above the repository root that must never be found.
func repo(t *testing.T) string {
	t.Helper()
	top := t.TempDir()
	write(t, filepath.Join(top, FileName), "audience: executive\n")
	root := filepath.Join(top, "repo")
	if err := os.MkdirAll(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, FileName), `
glossaries: [team.yaml]
audience: business
fail_on: warning
rules: {wordy: off}
allow: [Acme Cloud]
ignore: ["generated/**"]
overrides:
  - paths: ["docs/api/**"]
    audience: technical
    rules: {jargon: error}
  - paths: ["docs/api/public/**"]
    audience: general
`)
	write(t, filepath.Join(root, "team.yaml"), "entries:\n  - {term: hypercare, kind: jargon}\n")
	write(t, filepath.Join(root, "sub", FileName), "builtin: off\n")
	write(t, filepath.Join(top, "outside", "x.md"), "")
	return root
}

func chdir(t *testing.T, dir string) {
	t.Helper()
	t.Chdir(dir)
}

func TestEffectiveSettings(t *testing.T) {
	root := repo(t)
	chdir(t, root)
	tests := []struct {
		name     string
		path     string
		flags    Flags
		config   string
		audience glossary.Audience
		builtin  bool
		ignored  bool
		rules    string
		failOn   string
	}{
		{"top level", "notes/a.md", Flags{}, FileName, "business", true, false, "wordy=off", "warning"},
		{"override", "docs/api/ref.md", Flags{}, FileName, "technical", true, false, "jargon=error wordy=off", "warning"},
		{"later override wins", "docs/api/public/ref.md", Flags{}, FileName, "general", true, false, "jargon=error wordy=off", "warning"},
		{"flags win", "docs/api/ref.md", Flags{Audience: "executive", FailOn: "none", NoBuiltin: true}, FileName, "executive", false, false, "jargon=error wordy=off", "none"},
		{"ignored", "generated/x.md", Flags{}, FileName, "business", true, true, "wordy=off", "warning"},
		{"nearest config replaces", "sub/deeper/x.md", Flags{}, filepath.Join("sub", FileName), "business", false, false, "", "suggestion"},
		{"stdin uses the current folder", "-", Flags{}, FileName, "business", true, false, "wordy=off", "warning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := NewLoader("")
			if err != nil {
				t.Fatal(err)
			}
			e, err := NewResolver(l, tt.flags).Effective(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			var rules []string
			for _, id := range []string{"acronym", "jargon", "wordy"} {
				if r, ok := e.Rules[id]; ok {
					rules = append(rules, id+"="+r.String())
				}
			}
			got := []any{e.Config, e.AudienceValue(), e.BuiltinOn(), e.Ignored, strings.Join(rules, " "), e.FailOnValue()}
			want := []any{tt.config, tt.audience, tt.builtin, tt.ignored, tt.rules, tt.failOn}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got %v, want %v", got, want)
					break
				}
			}
		})
	}
}

func TestDiscoveryStopsAtRepositoryRoot(t *testing.T) {
	root := repo(t)
	chdir(t, root)
	l, _ := NewLoader("")
	f, err := l.ForFile(filepath.Join("..", "outside", "x.md"))
	if err != nil {
		t.Fatal(err)
	}
	// outside/ is not in the repository: it finds the top config.
	if f == nil || f.Top.Audience != "executive" {
		t.Errorf("outside the repository got %+v", f)
	}
	// Inside, the root config is found and the one above it never is.
	if f, _ := l.ForFile("a/b/c/x.md"); f == nil || f.Top.Audience != "business" {
		t.Errorf("inside the repository got %+v", f)
	}
}

func TestExplicitConfig(t *testing.T) {
	root := repo(t)
	chdir(t, root)
	l, err := NewLoader(filepath.Join("sub", FileName))
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewResolver(l, Flags{}).Effective("docs/api/x.md")
	if err != nil {
		t.Fatal(err)
	}
	if e.BuiltinOn() || e.Audience != "" {
		t.Errorf("--config ignored: %+v", e)
	}
	if _, err := NewLoader("missing.yaml"); err == nil {
		t.Error("a missing --config file is not an error")
	}
}

func TestLintersAreSharedAndRulesChecked(t *testing.T) {
	root := repo(t)
	chdir(t, root)
	l, _ := NewLoader("")
	r := NewResolver(l, Flags{})
	a, err := r.Linter("notes/a.md")
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Linter("other/b.md")
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("two paths with the same settings got two linters")
	}
	c, err := r.Linter("docs/api/c.md")
	if err != nil {
		t.Fatal(err)
	}
	if c == a {
		t.Error("an override's path got the top-level linter")
	}
	if c.Lookup("hypercare") == nil {
		t.Error("team glossary not loaded")
	}

	write(t, filepath.Join(root, "bad", FileName), "rules:\n  jargon: off\n  jargn: off\n")
	_, err = r.Linter("bad/x.md")
	want := filepath.Join("bad", FileName) + `:3:3: unknown rule "jargn"; did you mean "jargon"? (known rules: `
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}
