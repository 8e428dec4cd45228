package markdown

import (
	"strings"
	"testing"
)

func nestedList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- we leverage it\n")
	}
	return b.String()
}

// TestDeepNestingIsCapped: 2,000 nested list levels used to keep goldmark
// busy for about 40 seconds with no word to the user. Past MaxNesting
// the file is read as plain text, with a note saying so; ordinary nesting
// is still read as Markdown.
func TestDeepNestingIsCapped(t *testing.T) {
	deep := Read("deep.md", []byte(nestedList(2000)))
	if len(deep.Notes) != 1 || !strings.Contains(deep.Notes[0], "read as plain text") {
		t.Errorf("notes = %q, want one saying the file was read as plain text", deep.Notes)
	}
	if len(deep.Segments) == 0 {
		t.Error("the deep file was not read at all")
	}
	quotes := Read("q.md", []byte(strings.Repeat("> ", 500)+"leverage\n"))
	if len(quotes.Notes) != 1 {
		t.Errorf("500 nested quotes: notes = %q, want the cap's note", quotes.Notes)
	}
	for _, src := range []string{nestedList(20), "> > quote\n\n1. one\n   - two\n", "    - code, not a list\n"} {
		if doc := Read("ok.md", []byte(src)); len(doc.Notes) != 0 {
			t.Errorf("%q: notes = %q, want none", src, doc.Notes)
		}
	}
}

func TestLineDepth(t *testing.T) {
	tests := map[string]int{
		"text\n": 0, "- a\n": 1, "  - a\n": 2, "> > - a\n": 3, "\t- a\n": 3, "12. a\n": 1, "-a\n": 0, "> text\n": 1,
	}
	for line, want := range tests {
		if got := lineDepth(line); got != want {
			t.Errorf("lineDepth(%q) = %d, want %d", line, got, want)
		}
	}
}
