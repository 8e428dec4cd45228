package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// quickLinkify is goldmark's Linkify with a cheap first look. Linkify
// runs at every space of every line to see whether a bare URL or email
// address starts there, and almost never finds one; quickLinkify answers
// "no" itself when the text there cannot start one, and asks Linkify only
// otherwise. It never says "no" where Linkify would say "yes", so the
// parse is the same (FuzzQuickLinkify checks that), about a third faster.
type quickLinkify struct {
	parser.InlineParser
}

// linkify registers quickLinkify in place of extension.Linkify.
var linkify goldmark.Extender = extenderFunc(func(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		// 999 is the priority extension.Linkify registers its parser with.
		util.Prioritized(&quickLinkify{extension.NewLinkifyParser()}, 999),
	))
})

type extenderFunc func(goldmark.Markdown)

func (f extenderFunc) Extend(m goldmark.Markdown) { f(m) }

func (q *quickLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	// The rest of the line is the source from the reader's position to
	// the line's end, unless the position is inside a tab's expansion
	// (Padding); PeekLine would copy it then, so leave that rare case
	// to Linkify.
	kinds := linkKinds(pc)
	if kinds == 0 {
		return nil
	}
	_, pos := block.Position()
	if src := block.Source(); pos.Padding == 0 && 0 <= pos.Start && pos.Start < pos.Stop && pos.Stop <= len(src) {
		if !mayLink(src[pos.Start:pos.Stop], kinds) {
			return nil
		}
	}
	return q.InlineParser.Parse(parent, block, pc)
}

// linkKindsKey holds, in a parse's context, which kinds of bare link the
// document could hold at all: a document without an at sign holds no
// email address, one without "http:", "https:", "ftp:" or "www." no URL.
var linkKindsKey = parser.NewContextKey()

const (
	urlLinks uint8 = 1 << iota
	emailLinks
)

// parseContext returns the context to parse prepared source with.
func parseContext(src []byte) parser.Context {
	var kinds uint8
	if bytes.Contains(src, []byte("http")) || bytes.Contains(src, []byte("ftp:")) || bytes.Contains(src, []byte("www.")) {
		kinds |= urlLinks
	}
	if bytes.IndexByte(src, '@') >= 0 {
		kinds |= emailLinks
	}
	pc := parser.NewContext()
	pc.Set(linkKindsKey, kinds)
	return pc
}

// linkKinds returns the kinds of link parseContext found possible, or all
// kinds for a context it did not make.
func linkKinds(pc parser.Context) uint8 {
	if kinds, ok := pc.Get(linkKindsKey).(uint8); ok {
		return kinds
	}
	return urlLinks | emailLinks
}

// mayLink reports whether Linkify could find a link of the given kinds at
// the start of line: after the character that triggered it, a URL starts
// with "http:", "https:", "ftp:" or "www.", and an email address has an
// at sign after at most 64 bytes of local part (util.FindEmailIndex).
func mayLink(line []byte, kinds uint8) bool {
	if len(line) == 0 {
		return false
	}
	switch line[0] {
	case ' ', '*', '_', '~', '(':
		line = line[1:]
	}
	if len(line) == 0 {
		return false
	}
	if kinds&urlLinks != 0 {
		switch line[0] {
		case 'h':
			if bytes.HasPrefix(line, []byte("http:")) || bytes.HasPrefix(line, []byte("https:")) {
				return true
			}
		case 'f':
			if bytes.HasPrefix(line, []byte("ftp:")) {
				return true
			}
		case 'w':
			if bytes.HasPrefix(line, []byte("www.")) {
				return true
			}
		}
	}
	return kinds&emailLinks != 0 && bytes.IndexByte(line[:min(len(line), 65)], '@') > 0
}
