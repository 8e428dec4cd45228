package fix

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestDiffHunkHeaders fixes a report whose rewrites leave hunks of
// different lengths and checks every hunk header against the hunks before
// it: a hunk's new start is its old start moved by the lines earlier
// hunks added or removed, and its counts are the lines it shows. A wrong
// header makes `git apply` and `patch` refuse the diff --dry-run prints.
func TestDiffHunkHeaders(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "diff", "incident.md"))
	if err != nil {
		t.Fatal(err)
	}
	var edits []Edit
	for _, r := range []struct{ old, new string }{
		{"P1", "priority 1 (P1)"},
		{"payroll API", "payroll application programming interface (API)"},
		{"## Root cause", "## Underlying cause"},
		{"hard-coded", "fixed"},
		{"cluster's DNS name, so", "cluster's domain name system (DNS) name, so"},
		{"utilize", "use"},
		{"our RTO and RPO", "our recovery time objective (RTO) and recovery point objective (RPO)"},
	} {
		i := strings.Index(string(src), r.old)
		if i < 0 {
			t.Fatalf("%q not in the fixture", r.old)
		}
		edits = append(edits, Edit{Offset: i, Length: len(r.old), Old: r.old, New: r.new})
	}
	d, err := Diff("incident.md", src, edits)
	if err != nil {
		t.Fatal(err)
	}
	checkHunks(t, d)
}

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// checkHunks checks each hunk header of unified diff d against its body
// and against the hunks before it.
func checkHunks(t *testing.T, d string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(d, "\n"), "\n")
	shift, hunks := 0, 0
	for i := 0; i < len(lines); i++ {
		m := hunkHeader.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		hunks++
		oldStart, oldN := atoi(m[1]), count(m[2])
		newStart, newN := atoi(m[3]), count(m[4])
		if newStart != oldStart+shift {
			t.Errorf("%s: new start %d, want %d (old start %d moved by %d)", lines[i], newStart, oldStart+shift, oldStart, shift)
		}
		gotOld, gotNew := 0, 0
		for i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "@@") {
			i++
			switch {
			case strings.HasPrefix(lines[i], " "):
				gotOld++
				gotNew++
			case strings.HasPrefix(lines[i], "-"):
				gotOld++
			case strings.HasPrefix(lines[i], "+"):
				gotNew++
			}
		}
		if gotOld != oldN || gotNew != newN {
			t.Errorf("%s: body has %d old and %d new lines", m[0], gotOld, gotNew)
		}
		shift += newN - oldN
	}
	if hunks < 2 {
		t.Fatalf("want several hunks, got %d:\n%s", hunks, d)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// count reads a hunk's line count, which a header leaves out when it is 1.
func count(s string) int {
	if s == "" {
		return 1
	}
	return atoi(s)
}
