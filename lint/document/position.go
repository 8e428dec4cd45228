package document

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Position is a place in a file. Line and Column are 1-based; Column
// counts Unicode characters (a tab is one character, a byte-order mark at
// the start of the file is none). Offset is the 0-based byte offset.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

// LineIndex converts byte offsets to lines and columns. Lines end at LF,
// CRLF or a lone CR, so files from any system give the positions their
// editors show.
type LineIndex struct {
	src    []byte
	starts []int
	bom    int
}

// NewLineIndex indexes the line starts of src.
func NewLineIndex(src []byte) *LineIndex {
	// Counting line feeds first sizes the index once: growing it would
	// allocate about twice as much. A lone CR makes it grow after all.
	starts := make([]int, 1, 1+bytes.Count(src, []byte{'\n'}))
	li := &LineIndex{src: src, starts: starts}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		li.bom = 3
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			li.starts = append(li.starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

// Position returns the line and column of byte offset off.
func (li *LineIndex) Position(off int) Position {
	off = min(max(off, 0), len(li.src))
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	start := li.starts[line]
	if line == 0 {
		start = min(li.bom, off)
	}
	return Position{Line: line + 1, Column: utf8.RuneCount(li.src[start:off]) + 1, Offset: off}
}

// PositionFrom returns the position of off, counting onward from known, a
// position this index returned earlier, when off lies after it on the same
// line. Callers that walk a document in order (every rule does) then pay
// for the characters between findings, not from the line's start each
// time, which on a file that is one long line would grow with the square
// of its length.
func (li *LineIndex) PositionFrom(known Position, off int) Position {
	off = min(max(off, 0), len(li.src))
	// Offsets inside a byte-order mark all stand at column 1, and one
	// inside a character shares its column: counting onward from either
	// would count a character twice, so start over instead.
	if known.Line < 1 || known.Offset > off || known.Line > len(li.starts) || known.Offset < li.bom ||
		known.Offset < len(li.src) && !utf8.RuneStart(li.src[known.Offset]) {
		return li.Position(off)
	}
	if known.Line < len(li.starts) && off >= li.starts[known.Line] {
		return li.Position(off) // off is on a later line
	}
	return Position{Line: known.Line, Column: known.Column + utf8.RuneCount(li.src[known.Offset:off]), Offset: off}
}

// Line returns the text of 1-based line n without its line ending.
func (li *LineIndex) Line(n int) string {
	start, end := li.LineSpan(n)
	return string(li.src[start:end])
}

// LineSpan returns the byte range of 1-based line n in the source,
// without its line ending (nor, on line 1, a byte-order mark); empty when
// there is no line n.
func (li *LineIndex) LineSpan(n int) (start, end int) {
	if n < 1 || n > len(li.starts) {
		return 0, 0
	}
	start = li.starts[n-1]
	if n == 1 {
		start = li.bom
	}
	end = len(li.src)
	if n < len(li.starts) {
		end = li.starts[n]
	}
	for end > start && (li.src[end-1] == '\n' || li.src[end-1] == '\r') {
		end--
	}
	return start, end
}
