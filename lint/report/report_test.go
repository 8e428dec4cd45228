package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		r    Report
		want string
	}{
		{Report{FilesChecked: 3}, "No findings in 3 files checked."},
		{Report{FilesChecked: 1}, "No findings in 1 file checked."},
		{Report{FilesChecked: 2, Findings: []lint.Finding{{Path: "a", Severity: "warning"}}}, "1 finding in 1 file (1 warning); 2 files checked."},
		{Report{FilesChecked: 2, Findings: []lint.Finding{{Path: "a", Severity: "warning"}, {Path: "b", Severity: "suggestion"}, {Path: "b", Severity: "warning"}}},
			"3 findings in 2 files (2 warnings, 1 suggestion)."},
		// A file that could not be read is never left out: "No findings"
		// alone would read as a clean run that exits 2.
		{Report{FilesChecked: 1, Errors: []FileError{{Path: "gone.md", Message: "no such file or directory", Kind: KindError}}},
			"No findings in 1 file checked; 1 file could not be checked."},
		{Report{FilesChecked: 1, Findings: []lint.Finding{{Path: "a", Severity: "warning"}},
			Errors: []FileError{{Path: "x", Kind: KindError}, {Path: "y", Kind: KindError}}, Notes: []FileError{{Path: "z", Kind: KindSkipped}}},
			"1 finding in 1 file (1 warning); 2 files could not be checked; 1 file skipped."},
	}
	for _, tt := range tests {
		if got := SummaryLine(Summarize(&tt.r)); got != tt.want {
			t.Errorf("SummaryLine = %q, want %q", got, tt.want)
		}
	}
}

// TestPrettyLongLine checks that a finding deep inside an enormous line
// prints a short window around the term, not the whole line.
func TestPrettyLongLine(t *testing.T) {
	line := strings.Repeat("word ", 100000) + "leverage" + strings.Repeat(" word", 100000)
	col := 500001
	f := lint.Finding{Path: "big.txt", Line: 1, Column: col, EndLine: 1, EndColumn: col + 8, Severity: "warning", Rule: "jargon", Message: "m", LineText: line}
	var buf bytes.Buffer
	if err := (&Pretty{}).Format(&buf, &Report{FilesChecked: 1, Findings: []lint.Finding{f}}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if len(out) > 2000 {
		t.Fatalf("report is %d bytes; the excerpt was not trimmed", len(out))
	}
	lines := strings.Split(out, "\n")
	excerpt, carets := lines[2], lines[3]
	at := strings.Index(excerpt, "leverage")
	if at < 0 || !strings.Contains(excerpt, "…") {
		t.Fatalf("excerpt %q lacks the term or the ellipsis", excerpt)
	}
	if got := strings.Index(carets, "^^^^^^^^"); len([]rune(carets[:got])) != len([]rune(excerpt[:at])) {
		t.Errorf("carets not under the term:\n%s\n%s", excerpt, carets)
	}
}

func TestPrettyColorOnlyWhenAsked(t *testing.T) {
	f := lint.Finding{Path: "a.txt", Line: 1, Column: 4, EndLine: 1, EndColumn: 12, Severity: "warning", Rule: "jargon", Message: "m", LineText: "We leverage it."}
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := (&Pretty{Color: color}).Format(&buf, &Report{FilesChecked: 1, Findings: []lint.Finding{f}}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(buf.String(), "\x1b["); got != color {
			t.Errorf("Color=%v: escape codes present = %v", color, got)
		}
	}
}

func TestNewFormatter(t *testing.T) {
	for _, name := range Names {
		if _, err := New(name, Options{}); err != nil {
			t.Errorf("New(%q): %v", name, err)
		}
	}
	if _, err := New("xml", Options{}); err == nil {
		t.Error("New(xml) succeeded")
	}
}
