package reader

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestPreCommitPattern keeps the pre-commit hook's file pattern in step
// with Extensions: every file type dejargon reads is passed to the hook,
// and nothing else.
func TestPreCommitPattern(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var pattern string
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "files:"); ok {
			pattern = strings.TrimSpace(v)
		}
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		t.Fatalf("files pattern %q: %v", pattern, err)
	}
	for _, ext := range Extensions {
		for _, name := range []string{"docs/a" + ext, "B" + strings.ToUpper(ext)} {
			if !re.MatchString(name) {
				t.Errorf("the hook's files pattern %q skips %s", pattern, name)
			}
		}
	}
	for _, name := range []string{"build.sh", "a.md.bak", "notes.docx", "mdx"} {
		if re.MatchString(name) {
			t.Errorf("the hook's files pattern %q takes %s", pattern, name)
		}
	}
}
