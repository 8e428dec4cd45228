package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
)

func TestEscape(t *testing.T) {
	tests := map[string]string{
		"plain words":           "plain words",
		"clear\x1b[2Jscreen":    "clear^[[2Jscreen",
		"title\x1b]0;pwned\x07": "title^[]0;pwned^G",
		"c1\u009b2J":            "c1<U+009B>2J",
		"back\b\bspace":         "back^H^Hspace",
		"new\nline\r":           "new^Jline^M",
		"del\x7f":               "del^?",
		"tab\there":             "tab here",
		"bad\xffbyte":           "bad\uFFFDbyte",
		"café — ünïcode 日本":     "café — ünïcode 日本",
	}
	for in, want := range tests {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// noControls fails when out holds a control character other than a
// newline: what would reach the terminal raw.
func noControls(t *testing.T, format, out string) {
	t.Helper()
	for i, r := range out {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			t.Errorf("%s: control character %U at byte %d reaches the terminal:\n%q", format, r, i, out)
			return
		}
	}
}

// TestHumanFormatsEscapeControls: pretty used to pass ESC[2J, OSC title
// sequences, C1 CSI and backspaces from the document to the terminal, with
// carets misaligned, and text and pretty printed file names raw, so a
// name holding a newline forged a path:line:col record.
func TestHumanFormatsEscapeControls(t *testing.T) {
	line := "\x1b[2J\x1b]0;owned\x07\u009b2J\b\bWe leverage it."
	col := utf8.RuneCountInString(line[:strings.Index(line, "leverage")]) + 1
	f := lint.Finding{
		Path: "evil\nfake.md:1:1: error jargon: forged", Line: 1, Column: col, EndLine: 1, EndColumn: col + 8,
		Rule: "jargon", Severity: "warning", Match: "leverage", Term: "leverage",
		Message: "\"leverage\" is jargon\x1b[31m", LineText: line, Definition: "def\x1b]0;x\x07",
	}
	var pretty bytes.Buffer
	if err := (&Pretty{}).Format(&pretty, &Report{FilesChecked: 1, Findings: []lint.Finding{f}}); err != nil {
		t.Fatal(err)
	}
	noControls(t, "pretty", pretty.String())
	lines := strings.Split(pretty.String(), "\n")
	for i, l := range lines {
		if !strings.Contains(l, "leverage it.") || i+1 >= len(lines) {
			continue
		}
		want := utf8.RuneCountInString(l[:strings.Index(l, "leverage it.")])
		got := utf8.RuneCountInString(lines[i+1][:strings.Index(lines[i+1], "^^^^^^^^")])
		if got != want {
			t.Errorf("carets start at column %d, the term at %d:\n%s\n%s", got, want, l, lines[i+1])
		}
	}
	var text bytes.Buffer
	if err := (&Text{}).Format(&text, &Report{Findings: []lint.Finding{f}}); err != nil {
		t.Fatal(err)
	}
	noControls(t, "text", text.String())
	if n := strings.Count(text.String(), "\n"); n != 1 {
		t.Errorf("text printed %d lines for one finding:\n%s", n, text.String())
	}
}

// FuzzEscape: whatever a document or file name holds, the escaped text
// sends the terminal no control character, and text without any is left
// as it is.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[2J", "\u009b", "a\tb\nc", "\xff\xfe", "日本\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Escape(s)
		for _, r := range out {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("Escape(%q) = %q keeps control %U", s, out, r)
			}
		}
		if !needsEscape(s) && out != s {
			t.Fatalf("Escape(%q) = %q changed text with nothing to escape", s, out)
		}
	})
}
