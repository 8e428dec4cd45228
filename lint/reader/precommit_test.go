package reader

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestPreCommitHookFiles keeps the pre-commit hook's file pattern in step
// with the extensions a folder walk checks: a file the walk reads must not
// be left out of a commit's check, nor the other way round.
func TestPreCommitHookFiles(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID    string `yaml:"id"`
		Files string `yaml:"files"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) == 0 {
		t.Fatal(".pre-commit-hooks.yaml has no hook")
	}
	var names []string
	for _, ext := range Extensions() {
		names = append(names, regexp.QuoteMeta(strings.TrimPrefix(ext, ".")))
	}
	want := `(?i)\.(` + strings.Join(names, "|") + `)$`
	for _, h := range hooks {
		if h.Files != want {
			t.Errorf("hook %s: files: %s, want %s (from reader.Extensions)", h.ID, h.Files, want)
		}
		re, err := regexp.Compile(h.Files)
		if err != nil {
			t.Fatalf("hook %s: %v", h.ID, err)
		}
		for _, ext := range Extensions() {
			if !re.MatchString("docs/notice" + strings.ToUpper(ext)) {
				t.Errorf("hook %s: pattern misses %s", h.ID, ext)
			}
		}
		if re.MatchString("main.go") {
			t.Errorf("hook %s: pattern takes main.go", h.ID)
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		path string
		want Type
	}{
		{"a.md", Markdown},
		{"a.MDX", Markdown},
		{"a.markdown", Markdown},
		{"a.htm", HTML},
		{"a.eml", Email},
		{"a.txt", Text},
		{"README", Text},
		{"a.go", Text},
	}
	for _, tt := range tests {
		if got := Detect(tt.path); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
