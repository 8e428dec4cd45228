package gitdiff

import (
	"path/filepath"
	"testing"
)

func TestParse(t *testing.T) {
	diff := "diff --git a.md a.md\n" +
		"--- a.md\n+++ a.md\n" +
		"@@ -3 +3 @@\n-old\n+new\n" +
		"@@ -10,0 +11,2 @@\n+added\n+added\n" +
		"@@ -20,2 +22,0 @@\n-gone\n-gone\n" +
		"diff --git \"caf\\303\\251 x.md\" \"caf\\303\\251 x.md\"\n" +
		"--- \"caf\\303\\251 x.md\"\n+++ \"caf\\303\\251 x.md\"\n@@ -1 +1 @@\n-a\n+b\n" +
		"diff --git release notes.md release notes.md\n" +
		"--- release notes.md\t\n+++ release notes.md\t\n@@ -2,0 +3 @@\n+c\n" +
		"--- gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
	// A root that does not exist keeps the paths as written.
	c := &Changes{root: "/repo", files: map[string]*fileChanges{}}
	if err := c.parse([]byte(diff)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path        string
		first, last int
		want        bool
	}{
		{"a.md", 3, 3, true},
		{"a.md", 2, 2, false},
		{"a.md", 4, 10, false},
		{"a.md", 10, 11, true}, // a span reaching into an added line
		{"a.md", 12, 12, true},
		{"a.md", 13, 30, false}, // deleted lines add nothing
		{"café x.md", 1, 1, true},
		{"release notes.md", 3, 3, true}, // git ends a name holding a space with a tab
		{"release notes.md", 2, 2, false},
		{"gone.md", 1, 1, false},
	}
	for _, tt := range tests {
		got := c.Lines(filepath.Join("/repo", tt.path), tt.first, tt.last)
		if got != tt.want {
			t.Errorf("%s lines %d-%d changed = %v, want %v", tt.path, tt.first, tt.last, got, tt.want)
		}
	}
}

func TestNewRangeRejectsGarbage(t *testing.T) {
	for _, h := range []string{"@@", "@@ -1 1 @@", "@@ -1 +x @@", "@@ -1 +1,y @@", "@@ -1 +3,-2 @@", "@@ -1 +-3 @@"} {
		if _, _, err := newRange(h); err == nil {
			t.Errorf("newRange(%q) accepted a bad header", h)
		}
	}
}

// FuzzParse feeds arbitrary text as git diff output: parse must not panic,
// and every range it keeps starts at line 1 or later and is not empty.
func FuzzParse(f *testing.F) {
	f.Add("--- a.md\n+++ a.md\n@@ -3 +3 @@\n-old\n+new\n@@ -10,0 +11,2 @@\n")
	f.Add("+++ \"caf\\303\\251.md\"\n@@ -1 +1,0 @@\n")
	f.Add("+++ /dev/null\n@@ -1 +0,0 @@\n")
	f.Add("@@ -1 +x @@\n+++ a\n@@\n")
	f.Fuzz(func(t *testing.T, diff string) {
		c := &Changes{root: "/repo", files: map[string]*fileChanges{}}
		if err := c.parse([]byte(diff)); err != nil {
			return
		}
		for name, fc := range c.files {
			for _, r := range fc.ranges {
				if r[1] < r[0] {
					t.Fatalf("%s: empty range %v from %q", name, r, diff)
				}
			}
		}
	})
}
