// Package text reads plain text: every paragraph (lines up to a blank
// line) is one prose segment, byte for byte as in the file. A line holding
// only a directive (dejargon-disable-next-line, say) is not prose: it
// turns checks off as an HTML comment does in Markdown.
package text

import (
	"unsafe"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/directive"
)

// Read returns the document for plain-text src. The document's text
// shares src's memory, so src must not change afterwards.
func Read(path string, src []byte) *lint.Document {
	doc := &lint.Document{Path: path, Source: src}
	start := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		start = 3
	}
	dirs := directive.NewCollector(src)
	doc.Segments = paragraphs(src, start, len(src), nil, dirs)
	doc.Suppressions = dirs.Suppressions()
	return doc
}

// Paragraphs appends a segment for every paragraph of src[from:to] to dst;
// their text shares src's memory, so src must not change afterwards.
// A paragraph ends at a line holding only white space; line endings may
// be LF, CRLF or a lone CR.
func Paragraphs(src []byte, from, to int, dst []lint.Segment) []lint.Segment {
	return paragraphs(src, from, to, dst, nil)
}

// paragraphs is Paragraphs that, with dirs set, also reads directive
// lines into dirs and leaves them out of the prose, as paragraph breaks.
func paragraphs(src []byte, from, to int, dst []lint.Segment, dirs *directive.Collector) []lint.Segment {
	// The paragraphs are slices of the source itself, not copies: a
	// plain-text file then costs its size once, not twice, which is most
	// of what a large one keeps alive while it is checked in windows.
	// Every reader takes src over (reader.Read), and nothing writes to a
	// document's source: fix writes its output to a new buffer.
	text := viewString(src[from:to])
	// Each paragraph's one piece is carved from a shared slab rather than
	// allocated alone: a large file has tens of thousands of paragraphs.
	var slab []lint.Piece
	para := func(start, end int) lint.Segment {
		if len(slab) == cap(slab) {
			slab = make([]lint.Piece, 0, 1024)
		}
		slab = append(slab, lint.Piece{Text: 0, Source: start, Verbatim: true})
		return lint.Segment{Kind: lint.Paragraph, Text: text[start-from : end-from], Pieces: slab[len(slab)-1 : len(slab) : len(slab)]}
	}
	paraStart := -1
	lineStart := from
	for lineStart < to {
		lineEnd, next := LineBounds(src, lineStart, to)
		isDirective := false
		if dirs != nil {
			if d, ok := directive.Line(src[lineStart:lineEnd]); ok {
				dirs.Add(d, lineStart, lineEnd)
				isDirective = true
			} else if d, at, ok := directive.Trailing(src[lineStart:lineEnd]); ok {
				dirs.Add(d, lineStart+at, lineEnd)
			}
		}
		if isDirective || blank(src[lineStart:lineEnd]) {
			if paraStart >= 0 {
				dst = append(dst, para(paraStart, lineStart))
				paraStart = -1
			}
		} else if paraStart < 0 {
			paraStart = lineStart
		}
		lineStart = next
	}
	if paraStart >= 0 {
		dst = append(dst, para(paraStart, to))
	}
	// The slice doubled as it grew; a document keeps its segments for
	// as long as it is checked, so give back what was not used.
	if cap(dst) > len(dst)+len(dst)/4+16 {
		dst = append(make([]lint.Segment, 0, len(dst)), dst...)
	}
	return dst
}

// LineBounds returns the end of the line starting at i in src[:to] (before
// its line ending) and the start of the next line. Lines end at LF, CRLF
// or a lone CR, so files from any system split alike.
func LineBounds(src []byte, i, to int) (int, int) {
	for j := i; j < to; j++ {
		switch src[j] {
		case '\n':
			return j, j + 1
		case '\r':
			if j+1 < to && src[j+1] == '\n' {
				return j, j + 2
			}
			return j, j + 1
		}
	}
	return to, to
}

func blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\f' && c != '\v' {
			return false
		}
	}
	return true
}

// viewString returns b as a string without copying it. The string is
// valid for as long as b does not change.
func viewString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
