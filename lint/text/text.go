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

// Read returns the document for plain-text src.
func Read(path string, src []byte) *lint.Document { return read(path, src, false) }

// ReadOwned is Read for a caller that hands src over: it never changes
// the bytes while the document lives. The paragraphs are then read in
// place instead of from a copy, so a large file is held once, not twice.
func ReadOwned(path string, src []byte) *lint.Document { return read(path, src, true) }

func read(path string, src []byte, owned bool) *lint.Document {
	doc := &lint.Document{Path: path, Source: src}
	start := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		start = 3
	}
	dirs := directive.NewCollector(src)
	var text string
	if owned {
		// The bytes never change (the caller's promise), which is all
		// a string needs of them.
		text = unsafe.String(unsafe.SliceData(src[start:]), len(src)-start)
	} else {
		text = string(src[start:])
	}
	doc.Segments = paragraphs(src, text, start, len(src), nil, dirs)
	doc.Suppressions = dirs.Suppressions()
	return doc
}

// Paragraphs appends a segment for every paragraph of src[from:to] to dst.
// A paragraph ends at a line holding only white space; line endings may
// be LF, CRLF or a lone CR.
func Paragraphs(src []byte, from, to int, dst []lint.Segment) []lint.Segment {
	return paragraphs(src, string(src[from:to]), from, to, dst, nil)
}

// paragraphs is Paragraphs that, with dirs set, also reads directive
// lines into dirs and leaves them out of the prose, as paragraph breaks.
// The paragraphs are slices of text, src[from:to] as a string: a large
// file costs at most one allocation of its size, not one per paragraph.
func paragraphs(src []byte, text string, from, to int, dst []lint.Segment, dirs *directive.Collector) []lint.Segment {
	para := func(start, end int) lint.Segment {
		return lint.NewVerbatimSegment(lint.Paragraph, text[start-from:end-from], start)
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
