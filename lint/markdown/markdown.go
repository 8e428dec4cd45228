// Package markdown reads Markdown (CommonMark with GitHub tables,
// strikethrough and autolinks) and MDX: paragraphs, headings, list items,
// block quotes, table cells, link text and image alt text, with inline
// markup removed so that a phrase split by it still matches. Code, URLs,
// link destinations, HTML comments, raw HTML tags and front matter are
// skipped; text inside raw HTML is read as HTML.
package markdown

import (
	"bytes"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/directive"
	"github.com/dejargon/dejargon/lint/html"
	"github.com/dejargon/dejargon/lint/internal/segment"
	plain "github.com/dejargon/dejargon/lint/text"
)

// Read returns the document for Markdown src.
func Read(path string, src []byte) *lint.Document { return read(path, src, false) }

// ReadMDX returns the document for MDX src: Markdown whose import and
// export lines are skipped and whose JSX tags are read like HTML tags.
func ReadMDX(path string, src []byte) *lint.Document { return read(path, src, true) }

// parser is built once; goldmark parsers are safe for concurrent use.
var goldmarkParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, linkify)).Parser()

func read(path string, src []byte, mdx bool) *lint.Document {
	if depth := nestingDepth(src); depth > MaxNesting {
		doc := plain.Read(path, src)
		doc.Notes = append(doc.Notes, nestingNote(depth))
		return doc
	}
	doc := &lint.Document{Path: path, Source: src}
	dirs := directive.NewCollector(src)
	body := src
	var comments [][2]int
	if mdx {
		// MDX comments are neither prose nor Markdown: the walker reads a
		// copy with them blanked, at the same offsets.
		body = bytes.Clone(src)
		comments = blankMDXComments(body, dirs)
	}
	prepared := prepare(body, mdx)
	root := goldmarkParser.Parse(text.NewReader(prepared), parser.WithContext(parseContext(prepared)))
	r := &walker{src: body, dirs: dirs}
	r.block(root)
	segment.SortBySource(r.segs)
	unverbatim(r.segs, comments)
	doc.Segments = r.segs
	doc.Suppressions = r.dirs.Suppressions()
	doc.Definitions = r.defs
	return doc
}

type walker struct {
	src  []byte
	dirs *directive.Collector
	segs []lint.Segment
	defs map[string]string
	// b builds each block's segment in turn, reusing its storage.
	b segment.Builder
}

func (w *walker) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		w.prose(n, lint.Heading)
	case *ast.Paragraph, *ast.TextBlock:
		w.prose(n, kindOf(n))
	case *east.TableCell:
		w.prose(n, lint.TableCell)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		// Code is for machines; the reader skips it.
	case *ast.HTMLBlock:
		lines := n.Lines()
		segs := make([]text.Segment, 0, lines.Len()+1)
		for i := range lines.Len() {
			segs = append(segs, lines.At(i))
		}
		if n.HasClosure() {
			segs = append(segs, n.ClosureLine)
		}
		w.html(segs, nil)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c)
		}
	}
}

// kindOf names a paragraph by where it stands: in a list item or a quote.
func kindOf(n ast.Node) lint.SegmentKind {
	if p := n.Parent(); p != nil && p.Kind() == ast.KindListItem {
		return lint.ListItem
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindBlockquote {
			return lint.Quote
		}
	}
	return lint.Paragraph
}

// prose makes one segment of the inline content of block n.
func (w *walker) prose(n ast.Node, kind lint.SegmentKind) {
	w.b.Reset(kind)
	w.inline(&w.b, n)
	w.segs = w.b.Flush(w.segs)
}

func (w *walker) inline(b *segment.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			w.text(b, c)
		case *ast.CodeSpan:
			at, size := span(c)
			b.Break(at, size)
		case *ast.AutoLink, *ast.String:
			b.Break(-1, 0)
		case *ast.RawHTML:
			w.html(segmentList(c.Segments), b)
		case *ast.Image:
			// Alt text is a caption of its own; the sentence around the
			// image ends before it so that segments never overlap.
			b.Kind = kindOf(n)
			w.segs = b.Flush(w.segs)
			caption := &segment.Builder{Kind: lint.Caption}
			w.inline(caption, c)
			w.segs = caption.Flush(w.segs)
		default:
			w.inline(b, c)
		}
	}
}

func (w *walker) text(b *segment.Builder, t *ast.Text) {
	s := t.Segment
	b.Verbatim(w.src, s.Start, s.Stop)
	if t.SoftLineBreak() || t.HardLineBreak() {
		b.Space(s.Stop, lineBreakLen(w.src, s.Stop))
	}
}

// lineBreakLen returns how many bytes from i make up a line break: the
// spaces or backslash of a hard break and the line ending.
func lineBreakLen(src []byte, i int) int {
	j := i
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\\') {
		j++
	}
	if j < len(src) && src[j] == '\r' {
		j++
	}
	if j < len(src) && src[j] == '\n' {
		j++
	}
	return j - i
}

// span returns the source range of a node's text children.
func span(n ast.Node) (int, int) {
	start, stop := -1, -1
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			if start < 0 {
				start = t.Segment.Start
			}
			stop = t.Segment.Stop
		}
	}
	if start < 0 {
		return -1, 0
	}
	return start, stop - start
}

func segmentList(s *text.Segments) []text.Segment {
	out := make([]text.Segment, s.Len())
	for i := range out {
		out[i] = s.At(i)
	}
	return out
}

// html reads raw HTML (a block, or an inline tag or comment) through the
// HTML reader, one contiguous source range at a time: inside a block quote
// the lines are separated by quote markers. Text it finds ends the segment
// in b (when reading inline HTML), so segments stay apart in the source.
func (w *walker) html(segs []text.Segment, b *segment.Builder) {
	for i := 0; i < len(segs); {
		from, to := segs[i].Start, segs[i].Stop
		i++
		for i < len(segs) && segs[i].Start == to {
			to = segs[i].Stop
			i++
		}
		r := html.Extract(w.src, from, to, w.dirs)
		if len(r.Segments) > 0 && b != nil {
			w.segs = b.Flush(w.segs)
		}
		w.segs = append(w.segs, r.Segments...)
		for k, v := range r.Definitions {
			if w.defs == nil {
				w.defs = map[string]string{}
			}
			w.defs[k] = v
		}
	}
}
