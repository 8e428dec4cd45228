package markdown

import (
	"bytes"
	"fmt"
)

// MaxNesting is the deepest nesting of lists and quotes read as Markdown.
// goldmark slows down far faster than the input grows on deeply nested
// lists (measured: 250 levels parse in 0.06 s, 500 in 0.36 s, 1,000 in
// 4.6 s, 2,000 in about 40 s), which belongs upstream; no real document
// nests a hundred levels, so deeper input is read as plain text, with a
// note, instead of stalling the run.
const MaxNesting = 100

// nestingNote says why a document was read as plain text.
func nestingNote(depth int) string {
	return fmt.Sprintf("lists or quotes nested %d levels deep, more than %d; read as plain text", depth, MaxNesting)
}

// nestingDepth estimates how deep src nests lists and block quotes from
// each line's quote markers and the indentation of its list marker. It
// stops counting once past MaxNesting, so it costs one pass over src.
func nestingDepth(src []byte) int {
	deepest := 0
	for line := range bytes.Lines(src) {
		d := lineDepth(line)
		deepest = max(deepest, d)
		if deepest > MaxNesting {
			return deepest
		}
	}
	return deepest
}

// lineDepth is the nesting one line shows: a level per quote marker, and
// for a list item a level per two columns of indentation, plus its own.
func lineDepth[S string | []byte](line S) int {
	depth, i := 0, 0
	for i < len(line) {
		switch {
		case line[i] == '>':
			depth++
			i++
		case line[i] == ' ' && i+1 < len(line) && line[i+1] == '>':
			i++
		default:
			goto indent
		}
	}
indent:
	cols := 0
	for ; i < len(line); i++ {
		switch line[i] {
		case ' ':
			cols++
		case '\t':
			cols += 4 - cols%4
		default:
			if isListMarker(line[i:]) {
				return depth + cols/2 + 1
			}
			return depth
		}
	}
	return depth
}

// isListMarker reports whether s starts with a list item marker followed
// by a space: "- ", "* ", "+ ", "1. " or "1) ".
func isListMarker[S string | []byte](s S) bool {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t') {
		return true
	}
	j := 0
	for j < len(s) && j < 9 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j > 0 && j+1 < len(s) && (s[j] == '.' || s[j] == ')') && (s[j+1] == ' ' || s[j+1] == '\t')
}
