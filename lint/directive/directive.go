// Package directive reads the comments writers put in their drafts to
// turn checks off:
//
//	<!-- dejargon-disable -->            off until dejargon-enable (or the end)
//	<!-- dejargon-enable -->             on again
//	<!-- dejargon-disable-next-line -->  off for the next line only
//	<!-- dejargon-disable-line -->       off for the line holding the comment
//
// Markdown and HTML write them as HTML comments, MDX as expression
// comments ({/* dejargon-disable */}), and plain text and email bodies as
// a line holding only the directive (see Line).
//
// Each disable may name terms or rule ids, separated by commas, to silence
// only those: <!-- dejargon-disable SLA, leverage -->.
package directive

import (
	"strings"

	"github.com/dejargon/dejargon/lint"
)

// Kind is what a directive does.
type Kind uint8

// The directives.
const (
	Disable Kind = iota + 1
	Enable
	DisableNextLine
	DisableLine
)

// Directive is one parsed comment.
type Directive struct {
	Kind Kind
	// Items are the terms or rule ids it is limited to; empty means all.
	Items []string
}

// keywords are tried longest first, so disable-next-line is not read as
// disable with the item "-next-line".
var keywords = []struct {
	word string
	kind Kind
}{
	{"dejargon-disable-next-line", DisableNextLine},
	{"dejargon-disable-line", DisableLine},
	{"dejargon-disable", Disable},
	{"dejargon-enable", Enable},
}

// Parse reads the body of a comment (without <!-- and -->). It reports
// false when the comment is not a directive.
func Parse(body string) (Directive, bool) {
	body = strings.TrimSpace(body)
	for _, k := range keywords {
		rest, ok := strings.CutPrefix(body, k.word)
		if !ok || rest != "" && !isSpace(rest[0]) {
			continue
		}
		d := Directive{Kind: k.kind}
		for item := range strings.SplitSeq(rest, ",") {
			if item = strings.Join(strings.Fields(item), " "); item != "" {
				d.Items = append(d.Items, item)
			}
		}
		return d, true
	}
	return Directive{}, false
}

// ParseComment reads a whole comment, <!-- … -->, as found in the source.
func ParseComment(raw string) (Directive, bool) {
	body, ok := strings.CutPrefix(raw, "<!--")
	if !ok {
		return Directive{}, false
	}
	body = strings.TrimSuffix(body, "-->")
	return Parse(body)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// Collector turns directives met in source order into suppressions.
type Collector struct {
	src  []byte
	open []open
	out  []lint.Suppression
}

type open struct {
	start    int
	items    []string
	from, to int // the comment
}

// NewCollector collects directives found in src; offsets are into src.
func NewCollector(src []byte) *Collector { return &Collector{src: src} }

// Add records directive d, written in the comment at src[start:end].
func (c *Collector) Add(d Directive, start, end int) {
	switch d.Kind {
	case Disable:
		c.open = append(c.open, open{start: end, items: d.Items, from: start, to: end})
	case Enable:
		for _, o := range c.open {
			c.out = append(c.out, suppression(o.start, start, o.items, o.from, o.to))
		}
		c.open = nil
	case DisableNextLine:
		from := nextLine(c.src, end)
		to := lineEnd(c.src, from)
		c.out = append(c.out, suppression(from, to, d.Items, start, end))
	case DisableLine:
		c.out = append(c.out, suppression(lineStart(c.src, start), lineEnd(c.src, end), d.Items, start, end))
	}
}

// Suppressions returns what was collected; a disable never enabled again
// lasts to the end of the source.
func (c *Collector) Suppressions() []lint.Suppression {
	out := c.out
	for _, o := range c.open {
		out = append(out, suppression(o.start, len(c.src), o.items, o.from, o.to))
	}
	return out
}

// suppression silences [from, to); an item may name a term or a rule, and
// the linter matches each against both.
func suppression(from, to int, items []string, commentFrom, commentTo int) lint.Suppression {
	s := lint.Suppression{Start: from, End: max(from, to), From: commentFrom, To: commentTo}
	if len(items) > 0 {
		s.Terms = items
		s.Rules = items
	}
	return s
}

// nextLine returns the start of the line after the one holding offset i.
func nextLine(src []byte, i int) int {
	for ; i < len(src); i++ {
		switch src[i] {
		case '\n':
			return i + 1
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		}
	}
	return len(src)
}

// lineStart returns the start of the line holding offset i.
func lineStart(src []byte, i int) int {
	for i = min(i, len(src)); i > 0; i-- {
		if src[i-1] == '\n' || src[i-1] == '\r' {
			return i
		}
	}
	return 0
}

// lineEnd returns the end of the line starting at i, before its line ending.
func lineEnd(src []byte, i int) int {
	for ; i < len(src); i++ {
		if src[i] == '\n' || src[i] == '\r' {
			return i
		}
	}
	return len(src)
}

// Line reads a directive written as a line of its own in plain text or an
// email body: the line, without leading and trailing white space, starts
// with a directive keyword ("dejargon-disable-next-line SLA"). Text has no
// comment syntax, so the keyword alone marks it; a line of prose never
// starts with one.
func Line(line []byte) (Directive, bool) {
	trimmed := strings.TrimSpace(string(line))
	if !strings.HasPrefix(trimmed, "dejargon-") {
		return Directive{}, false
	}
	return Parse(trimmed)
}

// MDXComment reads an MDX expression comment, {/* … */}, as found in the
// source.
func MDXComment(raw string) (Directive, bool) {
	body, ok := strings.CutPrefix(raw, "{")
	if !ok {
		return Directive{}, false
	}
	if body, ok = strings.CutSuffix(body, "}"); !ok {
		return Directive{}, false
	}
	if body, ok = strings.CutPrefix(strings.TrimSpace(body), "/*"); !ok {
		return Directive{}, false
	}
	if body, ok = strings.CutSuffix(strings.TrimSpace(body), "*/"); !ok {
		return Directive{}, false
	}
	return Parse(body)
}

// trailingMarker ends a line of plain text to silence that line.
const trailingMarker = "dejargon-disable-line"

// Trailing reads a dejargon-disable-line written at the end of a line of
// plain text, after the prose and white space ("We leverage it.
// dejargon-disable-line leverage"), and returns where the directive starts
// in line.
func Trailing(line []byte) (Directive, int, bool) {
	s := string(line)
	i := strings.LastIndex(s, trailingMarker)
	if i <= 0 || !isSpace(s[i-1]) {
		return Directive{}, 0, false
	}
	d, ok := Parse(s[i:])
	if !ok || d.Kind != DisableLine {
		return Directive{}, 0, false
	}
	return d, i, true
}
