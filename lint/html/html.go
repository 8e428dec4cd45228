// Package html reads HTML: the text a browser shows, and the alt and title
// attributes, as prose segments with exact positions. Scripts, styles,
// templates, code, comments and every other attribute are skipped. Inline
// tags do not break a phrase (circle <b>back</b>); block tags do.
package html

import (
	"bytes"
	"strings"

	xhtml "golang.org/x/net/html"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/directive"
	"github.com/dejargon/dejargon/lint/internal/segment"
)

// Read returns the document for HTML src.
func Read(path string, src []byte) *lint.Document {
	doc := &lint.Document{Path: path, Source: src}
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	dirs := directive.NewCollector(src)
	r := Extract(src, start, len(src), dirs)
	doc.Segments = r.Segments
	doc.Definitions = r.Definitions
	doc.Suppressions = dirs.Suppressions()
	return doc
}

// Result is what Extract finds.
type Result struct {
	// Segments are in source order; their pieces index the src given to
	// Extract.
	Segments []lint.Segment
	// Definitions come from <abbr title="…">: acronym to expansion.
	Definitions map[string]string
}

// Extract reads the HTML in src[from:to], adding the directive comments it
// meets to dirs. The Markdown reader uses it for raw HTML blocks and the
// email reader for HTML bodies.
func Extract(src []byte, from, to int, dirs *directive.Collector) Result {
	x := &extractor{src: src, dirs: dirs}
	x.run(from, to)
	segment.SortBySource(x.segs)
	return Result{Segments: x.segs, Definitions: x.defs}
}

type extractor struct {
	src    []byte
	dirs   *directive.Collector
	b      segment.Builder
	segs   []lint.Segment
	blocks stack // open block elements
	skip   stack // open skipped elements
	defs   map[string]string
	// abbrTitle and abbrFrom track an open <abbr title>: its title and
	// where its text starts in the builder.
	abbrTitle string
	abbrFrom  int
}

func (x *extractor) run(from, to int) {
	z := xhtml.NewTokenizer(bytes.NewReader(x.src[from:to]))
	off := from
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		// Raw tokens are consecutive slices of the input, so their lengths
		// add up to the offset of each one.
		raw := z.Raw()
		start, end := off, off+len(raw)
		off = end
		switch tt {
		case xhtml.TextToken:
			if x.skip.empty() {
				appendDecoded(&x.b, x.src, start, end)
			}
		case xhtml.CommentToken:
			if d, ok := directive.ParseComment(string(raw)); ok && x.dirs != nil {
				x.dirs.Add(d, start, end)
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			x.startTag(string(name), start, end, tt == xhtml.SelfClosingTagToken)
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			x.endTag(string(name))
		}
	}
	x.flush()
}

func (x *extractor) startTag(name string, start, end int, selfClosing bool) {
	opens := !selfClosing && !voidTags[name]
	if name == "body" {
		x.skip.reset() // a <head> left open ends where the body starts
	}
	if !x.skip.empty() {
		if skipTags[name] && opens {
			x.skip.push(name)
		}
		return
	}
	if skipTags[name] {
		if blockTags[name] {
			x.flush()
		} else {
			x.b.Break(start, end-start)
		}
		if opens {
			x.skip.push(name)
		}
		return
	}
	if blockTags[name] {
		x.flush()
		if opens {
			x.blocks.push(name)
		}
	}
	x.attributes(name, start, end)
	if name == "img" {
		x.b.Break(start, 0)
	}
}

// attributes reads the alt and title attributes of a tag as captions. The
// segment around the tag ends before them, so that segments never overlap
// in the source.
func (x *extractor) attributes(name string, start, end int) {
	for _, a := range tagAttrs(x.src, start, end) {
		if a.name != "alt" && a.name != "title" {
			continue
		}
		if name == "abbr" && a.name == "title" {
			// The writer's own definition of the abbreviation: what
			// dejargon asks for, so neither checked nor rewritten.
			x.abbrTitle = xhtml.UnescapeString(string(x.src[a.start:a.end]))
			x.abbrFrom = x.b.Len()
			continue
		}
		var cb segment.Builder
		cb.Kind = lint.Caption
		appendDecoded(&cb, x.src, a.start, a.end)
		if cb.Len() > 0 {
			x.b.Kind = x.kind()
			x.segs = x.b.Flush(x.segs)
			x.segs = cb.Flush(x.segs)
		}
	}
}

func (x *extractor) endTag(name string) {
	if !x.skip.empty() {
		x.skip.popTo(name)
		return
	}
	if name == "abbr" && x.abbrTitle != "" {
		if term := strings.Join(strings.Fields(x.b.Text(x.abbrFrom)), " "); term != "" && !strings.Contains(term, segment.Placeholder) {
			if x.defs == nil {
				x.defs = map[string]string{}
			}
			x.defs[term] = strings.Join(strings.Fields(x.abbrTitle), " ")
		}
		x.abbrTitle = ""
	}
	if blockTags[name] {
		x.flush()
		x.blocks.popTo(name)
	}
}

// flush ends the current segment at a block boundary.
func (x *extractor) flush() {
	x.b.Kind = x.kind()
	x.segs = x.b.Flush(x.segs)
	x.abbrTitle = ""
}

// kind names the segment by the innermost block that says what it is.
func (x *extractor) kind() lint.SegmentKind { return x.blocks.kind() }

// skipTags hold no prose for the reader: code, scripts, styles and
// templates. The tokenizer already treats script and style content as raw
// text; this keeps it out of the segments.
var skipTags = set("script", "style", "template", "code", "pre", "kbd", "samp", "textarea", "noscript", "svg", "math", "head")

// blockTags start and end a segment: a phrase never runs across them.
var blockTags = set("address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
	"dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
	"header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section",
	"summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "head", "select", "button", "label")

var voidTags = set("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
