package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
)

// referenceExcerpt is the plain form of excerpt: convert the whole line to
// characters and cut. It costs a whole line per finding, which is why
// excerpt does not work this way, but it says what excerpt must return.
func referenceExcerpt(f *lint.Finding, width int) (before, term, after string) {
	runes := []rune(strings.ToValidUTF8(f.LineText, "\uFFFD"))
	start := f.Column - 1
	end := len(runes)
	if f.EndLine == f.Line {
		end = min(max(f.EndColumn-1, start), len(runes))
	}
	end = min(end, start+width)
	from, to := 0, len(runes)
	if len(runes) > width {
		if start > width/2 {
			from = start - width/3
		}
		to = min(len(runes), max(end, from+width))
	}
	before, term, after = string(runes[from:start]), string(runes[start:end]), string(runes[end:to])
	if from > 0 {
		before = "…" + before
	}
	if to < len(runes) {
		after += "…"
	}
	return Escape(before), Escape(term), Escape(after)
}

func TestExcerptMatchesReference(t *testing.T) {
	lines := []string{
		"We leverage it.",
		"é 東京\tleverage " + strings.Repeat("word ", 40) + "end",
		strings.Repeat("ab 東 ", 300),
		strings.Repeat("x", 99) + "é",
		"tab\tand\tmore\ttabs " + strings.Repeat("y", 150),
	}
	for li, line := range lines {
		n := utf8.RuneCountInString(line)
		for col := 1; col <= n; col += 7 {
			for _, span := range []struct{ endLine, endCol int }{{1, col + 4}, {1, col}, {2, 1}, {1, n + 1}} {
				f := &lint.Finding{Path: "a", Line: 1, Column: col, EndLine: span.endLine, EndColumn: min(span.endCol, n+1), LineText: line}
				var c lineCursor
				i, ok := c.seek(f)
				if !ok {
					t.Fatalf("line %d col %d: seek failed", li, col)
				}
				for _, width := range []int{excerptWidth, 60, minExcerptWidth} {
					b, m, a := excerpt(f, i, width)
					wb, wm, wa := referenceExcerpt(f, width)
					if b != wb || m != wm || a != wa {
						t.Fatalf("line %d col %d end %d:%d width %d:\n got %q | %q | %q\nwant %q | %q | %q", li, col, span.endLine, span.endCol, width, b, m, a, wb, wm, wa)
					}
				}
			}
		}
	}
}

// TestLineCursorWalksOn checks that consecutive findings on a line are
// found from the previous one, and that a new line or an earlier column
// starts over.
func TestLineCursorWalksOn(t *testing.T) {
	line := "é 東京 leverage and leverage"
	var c lineCursor
	for _, tc := range []struct {
		path      string
		line, col int
		want      string
	}{{"a", 1, 6, "leverage and leverage"}, {"a", 1, 19, "leverage"}, {"a", 1, 1, line}, {"b", 1, 3, "東京 leverage and leverage"}, {"b", 2, 6, "leverage and leverage"}} {
		i, ok := c.seek(&lint.Finding{Path: tc.path, Line: tc.line, Column: tc.col, LineText: line})
		if !ok || line[i:] != tc.want {
			t.Errorf("%s:%d:%d: got %q (%v), want %q", tc.path, tc.line, tc.col, line[i:], ok, tc.want)
		}
	}
	if _, ok := c.seek(&lint.Finding{Path: "c", Line: 1, Column: 99, LineText: "short"}); ok {
		t.Error("a column past the line's end was found")
	}
}
