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
// and the header block of an Outlook reply, whose earlier message below is
// quoted without > markers.
//
// A signature runs from its "-- " separator to the end of the body, or to
// where a quoted thread starts below it: Gmail, Apple Mail and Outlook all
// put the reply and its signature above the thread, so the thread is
// quoted text, not signature.
func markSkipped(text string, lines []line) {
	for i := 0; i < len(lines); i++ {
		s := strings.TrimRight(text[lines[i].start:lines[i].end], "\r")
		if s == "-- " {
			lines[i].kind = skippedLine
			j := i + 1
			for ; j < len(lines) && !threadStarts(text, lines, j); j++ {
				if lines[j].kind != blankLine {
					lines[j].kind = skippedLine
				}
			}
			i = j - 1
			continue
		}
		if outlookHeader(text, lines, i) {
			// The separator and the header block up to the first blank line
			// are skipped; the earlier message below is a quote.
			j := i
			for ; j < len(lines) && lines[j].kind != blankLine; j++ {
				lines[j].kind = skippedLine
			}
			for ; j < len(lines); j++ {
				if lines[j].kind == proseLine {
					lines[j].kind = quotedLine
					lines[j].body = lines[j].start
				}
			}
			return
		}
		body := strings.TrimSpace(text[lines[i].body:lines[i].end])
		if lines[i].kind == quotedLine && isAttribution(body) {
			lines[i].kind = skippedLine // Apple Mail quotes its own "On … wrote:"
			continue
		}
		if lines[i].kind == proseLine && strings.HasSuffix(body, "wrote:") && nextIsQuote(lines, i) {
			lines[i].kind = skippedLine
			// A long attribution wraps: "On Mon, … Alex <alex@…>" / "wrote:".
			if i > 0 && lines[i-1].kind == proseLine && strings.HasPrefix(text[lines[i-1].start:lines[i-1].end], "On ") &&
				!strings.HasPrefix(body, "On ") {
				lines[i-1].kind = skippedLine
			}
		}
	}
}

// threadStarts reports whether line j begins a quoted thread: a quoted
// line, an attribution ("On … wrote:", perhaps wrapped over two lines)
// followed by one, or an Outlook reply header.
func threadStarts(text string, lines []line, j int) bool {
	l := lines[j]
	switch {
	case l.kind == quotedLine:
		return true
	case l.kind != proseLine:
		return false
	case outlookHeader(text, lines, j):
		return true
	}
	s := strings.TrimSpace(text[l.start:l.end])
	if strings.HasSuffix(s, "wrote:") && nextIsQuote(lines, j) {
		return true
	}
	return strings.HasPrefix(s, "On ") && j+1 < len(lines) && lines[j+1].kind == proseLine &&
		strings.HasSuffix(strings.TrimSpace(text[lines[j+1].start:lines[j+1].end]), "wrote:") && nextIsQuote(lines, j+1)
}

// isAttribution reports whether s reads "On …, Name <address> wrote:".
func isAttribution(s string) bool {
	return strings.HasPrefix(s, "On ") && strings.HasSuffix(s, "wrote:")
}

// outlookHeader reports whether line i starts the block Outlook puts above
// the message it replies to: "-----Original Message-----", a rule of
// underscores, or a "From:" line with "Sent:" or "Date:" just below.
func outlookHeader(text string, lines []line, i int) bool {
	s := strings.TrimSpace(text[lines[i].start:lines[i].end])
	if strings.HasPrefix(s, "-----Original Message-----") {
		return true
	}
	if len(s) >= 10 && strings.Trim(s, "_") == "" {
		return true
	}
	if !strings.HasPrefix(s, "From: ") {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		next := strings.TrimSpace(text[lines[j].start:lines[j].end])
		if strings.HasPrefix(next, "Sent: ") || strings.HasPrefix(next, "Date: ") {
			return true
		}
	}
	return false
}

func nextIsQuote(lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].kind != blankLine {
			return lines[j].kind == quotedLine
		}
	}
	return false
}
