package email

import (
	"strings"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/directive"
	"github.com/dejargon/dejargon/lint/internal/segment"
	plaintext "github.com/dejargon/dejargon/lint/text"
)

// lineKind classifies the lines of a plain-text body.
type lineKind uint8

const (
	blankLine lineKind = iota
	proseLine
	quotedLine
	skippedLine
	directiveLine // dejargon-disable-next-line and the like: not prose
)

type line struct {
	start, end int // the line without its line ending
	next       int // the start of the next line
	kind       lineKind
	// body is where the text starts after quote markers ("> > ").
	body int
}

// plainSegments splits a decoded plain-text body into paragraphs whose
// pieces index text. Quoted replies, the line that introduces them and the
// signature are left out, unless includeQuoted keeps the quotes (without
// their > markers).
//
// Directive lines (see directive.Line) go to dirs, with offsets into text,
// and are not prose.
func plainSegments(text string, includeQuoted bool, dirs *directive.Collector) []lint.Segment {
	lines := classify(text)
	for i := range lines {
		l := &lines[i]
		if l.kind != proseLine {
			continue
		}
		if d, ok := directive.Line([]byte(text[l.start:l.end])); ok {
			dirs.Add(d, l.start, l.end)
			l.kind = directiveLine
		} else if d, at, ok := directive.Trailing([]byte(text[l.start:l.end])); ok {
			dirs.Add(d, l.start+at, l.end)
		}
	}
	if !includeQuoted {
		for i := range lines {
			if lines[i].kind == quotedLine {
				lines[i].kind = skippedLine
			}
		}
	}
	src := []byte(text)
	var segs []lint.Segment
	var b segment.Builder
	prev := blankLine
	for _, l := range lines {
		if l.kind != prev || l.kind == blankLine || l.kind == skippedLine || l.kind == directiveLine {
			segs = b.Flush(segs)
		}
		switch l.kind {
		case proseLine:
			b.Kind = lint.Paragraph
			b.Verbatim(src, l.start, l.next)
		case quotedLine:
			b.Kind = lint.Quote
			b.Verbatim(src, l.body, l.next)
		}
		prev = l.kind
	}
	return b.Flush(segs)
}

// classify finds the kind of every line.
func classify(text string) []line {
	var lines []line
	for i := 0; i < len(text); {
		end, next := plaintext.LineBounds([]byte(text), i, len(text))
		l := line{start: i, end: end, next: next, kind: proseLine, body: i}
		s := text[i:end]
		switch {
		case strings.TrimSpace(s) == "":
			l.kind = blankLine
		case strings.HasPrefix(strings.TrimLeft(s, " \t"), ">"):
			l.kind = quotedLine
			l.body = i + quoteMarkerLen(s)
		}
		lines = append(lines, l)
		i = next
	}
	markSkipped(text, lines)
	return lines
}

// quoteMarkerLen returns the length of the quote markers opening s.
func quoteMarkerLen(s string) int {
	n := 0
	for n < len(s) && (s[n] == '>' || s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// markSkipped marks the signature, the "On … wrote:" lines before a quote
// and Outlook's "Original Message" block.
func markSkipped(text string, lines []line) {
	for i := range lines {
		s := strings.TrimRight(text[lines[i].start:lines[i].end], "\r")
		if s == "-- " || strings.HasPrefix(strings.TrimSpace(s), "-----Original Message-----") {
			// Everything after a signature separator is the signature; an
			// Outlook reply quotes the whole earlier message below it.
			kind := skippedLine
			if s != "-- " {
				kind = quotedLine
			}
			lines[i].kind = skippedLine
			for j := i + 1; j < len(lines); j++ {
				if lines[j].kind != blankLine {
					lines[j].kind = kind
					lines[j].body = lines[j].start
				}
			}
			return
		}
		if lines[i].kind == proseLine && strings.HasSuffix(strings.TrimSpace(s), "wrote:") && nextIsQuote(lines, i) {
			lines[i].kind = skippedLine
			// A long attribution wraps: "On Mon, … Alex <alex@…>" / "wrote:".
			if i > 0 && lines[i-1].kind == proseLine && strings.HasPrefix(text[lines[i-1].start:lines[i-1].end], "On ") &&
				!strings.HasPrefix(s, "On ") {
				lines[i-1].kind = skippedLine
			}
		}
	}
}

func nextIsQuote(lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].kind != blankLine {
			return lines[j].kind == quotedLine
		}
	}
	return false
}
