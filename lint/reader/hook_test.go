package reader

import (
	"os"
	"regexp"
	"testing"
)

// TestPreCommitHookMatchesTable checks that the pre-commit hook's file
// pattern takes exactly the extensions of the file-type table.
func TestPreCommitHookMatchesTable(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*files:\s*(\S+)\s*$`).FindSubmatch(data)
	if m == nil {
		t.Fatal("no files: pattern in .pre-commit-hooks.yaml")
	}
	hook := regexp.MustCompile(string(m[1]))
	for _, ext := range Extensions {
		if !hook.MatchString("docs/draft" + ext) {
			t.Errorf("the hook's pattern %s leaves out %s files", m[1], ext)
		}
	}
	for _, other := range []string{".go", ".png", ".yaml", ".pdf", ".doc", ".rtf"} {
		if hook.MatchString("docs/file" + other) {
			t.Errorf("the hook's pattern %s takes %s files, which no reader reads", m[1], other)
		}
	}
	if regexp.MustCompile(`(?m)^\s*types:`).Match(data) {
		t.Error("a types: filter would keep Word and mbox files from the hook")
	}
}
