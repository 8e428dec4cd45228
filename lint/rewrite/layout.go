package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/document"
)

// keepLineBreak keeps the shape of a hard-wrapped paragraph when the
// words an edit replaces run over a line break ("In\norder to"): the
// break moves into the replacement at about the same place, or, for a
// one-word replacement, just after it, taking the spaces that followed.
// Without this every such fix would join two lines.
func keepLineBreak(doc *document.Document, sp span, e edit) edit {
	sepStart, sepEnd, ok := lineBreakIn(e.Old)
	if !ok {
		return e
	}
	sep := e.Old[sepStart:sepEnd]
	words := strings.Split(e.New, " ")
	if len(words) >= 2 {
		before := len(strings.Fields(e.Old[:sepStart]))
		total := len(strings.Fields(e.Old))
		j := min(max((before*len(words)+total/2)/total, 1), len(words)-1)
		e.New = strings.Join(words[:j], " ") + sep + strings.Join(words[j:], " ")
		return e
	}
	// One word: put the break after it, in place of the spaces before
	// the next word.
	text := sp.seg.Text
	gap := sp.end
	for gap < len(text) && (text[gap] == ' ' || text[gap] == '\t') {
		gap++
	}
	if gap == sp.end || gap >= len(text) {
		return e
	}
	if r, _ := utf8.DecodeRuneInString(text[gap:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return e
	}
	if wide, reason := locate(doc, sp.seg, e.Offset, e.Length+gap-sp.end); reason != "" || wide.seg != sp.seg {
		return e
	}
	e.Old += text[sp.end:gap]
	e.Length += gap - sp.end
	e.New += sep
	return e
}

// lineBreakIn finds the first run of white space in s that holds a line
// break.
func lineBreakIn(s string) (int, int, bool) {
	i := strings.IndexAny(s, "\r\n")
	if i < 0 {
		return 0, 0, false
	}
	start, end := i, i
	for start > 0 && isBlank(s[start-1]) {
		start--
	}
	for end < len(s) && isBlank(s[end]) {
		end++
	}
	return start, end, true
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}
