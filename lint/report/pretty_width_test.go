package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

func prettyFinding() lint.Finding {
	line := "We will leverage the new portal."
	return lint.Finding{Path: "docs/a long name.md", Line: 1, Column: 9, EndLine: 1, EndColumn: 17, Offset: 8, Length: 8,
		Rule: "acronym-undefined", Severity: glossary.Warning, Match: "leverage", Term: "leverage", LineText: line,
		Message:    `SSO (single sign-on) is not spelled out; write "single sign-on (SSO)" the first time you use it`,
		Definition: "Logging in once with your work account to reach many different apps, instead of a password for each.",
	}
}

// TestPrettyHeaderOneSpan: the coloured file header is one escape
// sequence and one reset, not one per character.
func TestPrettyHeaderOneSpan(t *testing.T) {
	var buf bytes.Buffer
	if err := (&Pretty{Color: true}).Format(&buf, &Report{Findings: []lint.Finding{prettyFinding()}}); err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(buf.String(), "\n")
	if n := strings.Count(header, "\x1b["); n != 2 {
		t.Errorf("header %q has %d escape sequences, want 2 (one span)", header, n)
	}
	if !strings.Contains(header, "docs/a long name.md") {
		t.Errorf("header %q does not hold the path in one piece", header)
	}
}

// TestPrettyWraps: at a given width every message and meaning line fits,
// continuation lines are indented, and no word is lost.
func TestPrettyWraps(t *testing.T) {
	f := prettyFinding()
	for _, width := range []int{60, 80} {
		var buf bytes.Buffer
		if err := (&Pretty{Width: width}).Format(&buf, &Report{Findings: []lint.Finding{f}}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "│ We will") || strings.Contains(line, "^") {
				continue // the excerpt shows the draft's line as it is
			}
			if n := utf8.RuneCountInString(line); n > width {
				t.Errorf("width %d: line of %d columns: %q", width, n, line)
			}
		}
		flat := strings.Join(strings.Fields(out), " ")
		for _, want := range []string{f.Message, f.Definition} {
			if !strings.Contains(flat, want) {
				t.Errorf("width %d: %q lost in wrapping:\n%s", width, want, out)
			}
		}
	}
	var buf bytes.Buffer
	if err := (&Pretty{}).Format(&buf, &Report{Findings: []lint.Finding{f}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), f.Message+"\n") {
		t.Error("without a width the message was wrapped")
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"one two three", 40, "one two three"},
		{"aaaa bbbb cccc dddd eeee ffff gggg", 20, "aaaa bbbb cccc dddd\n>eeee ffff gggg"},
		{"averyveryveryverylongwordindeed x", 20, "averyveryveryverylongwordindeed\n>x"},
		{"too narrow to help at all here", 10, "too narrow to help at all here"},
	}
	for _, tt := range tests {
		if got := wrap(tt.s, tt.width, ">"); got != tt.want {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

// TestPrettyExcerptFitsWidth: on a terminal narrower than the excerpt
// window, a long line's excerpt is cut to fit, so the terminal does not
// wrap it and leave the carets under the wrong words.
func TestPrettyExcerptFitsWidth(t *testing.T) {
	line := "Over the next six weeks we are rolling out new laptops to everyone in the London and Leeds offices, floor by floor."
	col := strings.Index(line, "rolling") + 1
	f := lint.Finding{Path: "a.md", Line: 3, Column: col, EndLine: 3, EndColumn: col + len("rolling out"), Offset: col - 1, Length: len("rolling out"),
		Rule: "jargon", Severity: glossary.Warning, Match: "rolling out", Term: "roll out", LineText: line,
		Message: `"rolling out" is jargon; try "launching"`}
	for _, width := range []int{60, 80, 200} {
		var buf bytes.Buffer
		if err := (&Pretty{Width: width}).Format(&buf, &Report{Findings: []lint.Finding{f}}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(buf.String(), "\n")
		for i, l := range lines {
			if n := utf8.RuneCountInString(l); n > width {
				t.Errorf("width %d: line of %d columns: %q", width, n, l)
			}
			if strings.Contains(l, "^") {
				at := strings.Index(l, "^")
				got := string([]rune(lines[i-1])[utf8.RuneCountInString(l[:at]):][:len("rolling out")])
				if got != "rolling out" {
					t.Errorf("width %d: carets under %q", width, got)
				}
			}
		}
	}
}
