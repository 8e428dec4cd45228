package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// stockParser is the parser as goldmark's own extensions make it.
var stockParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify)).Parser()

// dumpAST writes every node of the tree under n: its kind, its lines, and
// for text its range and line breaks, for links their destination.
func dumpAST(b *strings.Builder, n ast.Node, src []byte, depth int) {
	fmt.Fprintf(b, "%*s%s", depth, "", n.Kind())
	if n.Type() == ast.TypeBlock {
		for i := range n.Lines().Len() {
			s := n.Lines().At(i)
			fmt.Fprintf(b, " [%d,%d)", s.Start, s.Stop)
		}
	}
	switch n := n.(type) {
	case *ast.Text:
		fmt.Fprintf(b, " [%d,%d) soft=%v hard=%v raw=%v", n.Segment.Start, n.Segment.Stop, n.SoftLineBreak(), n.HardLineBreak(), n.IsRaw())
	case *ast.AutoLink:
		fmt.Fprintf(b, " %q %q", n.URL(src), n.Label(src))
	}
	b.WriteByte('\n')
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		dumpAST(b, c, src, depth+1)
	}
}

func TestQuickLinkify(t *testing.T) {
	for _, src := range quickLinkifyCases {
		checkQuickLinkify(t, []byte(src))
	}
}

var quickLinkifyCases = []string{
	"see https://example.com/x and http://a.b, ftp://f.g/h or www.example.com.\n",
	"mail me@example.com or (bob@x.org) or *a@b.co* or _w@x.yz_ or ~c@d.ef~\n",
	"@nobody at@ a@b @x.y h f w http https: ftp www\n",
	"(www.x.com) *http://y.z* _ftp://q.r_ ~www.s.t~\n",
	strings.Repeat("a", 70) + "@example.com and " + strings.Repeat("b", 64) + "@example.com\n",
	"> quoted http://x.y/z\n> - item www.q.r\n\n| a | me@x.y |\n|---|---|\n| http://c.d | e |\n",
	"[label http://x.y](http://z.w) `code www.a.b` <http://auto.link>\n",
	"line head\nwww.example.com\nhttp://x.y\n\tuser@host.example\n",
	">\thttp://x.y and\tme@x.y\n-\twww.a.b\n  -\t\tftp://c.d\n\n1.\t\tu@v.wx\n",
}

func checkQuickLinkify(t *testing.T, src []byte) {
	t.Helper()
	var got, want strings.Builder
	dumpAST(&got, goldmarkParser.Parse(text.NewReader(src), parser.WithContext(parseContext(src))), src, 0)
	dumpAST(&want, stockParser.Parse(text.NewReader(src)), src, 0)
	if got.String() != want.String() {
		t.Fatalf("parse of %q differs from goldmark's Linkify:\n%s\nwant:\n%s", src, got.String(), want.String())
	}
}

// FuzzQuickLinkify checks that quickLinkify parses exactly as goldmark's
// Linkify does.
func FuzzQuickLinkify(f *testing.F) {
	for _, s := range quickLinkifyCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if nestingDepth(src) > MaxNesting {
			return // too slow to parse, and read does not parse it either
		}
		checkQuickLinkify(t, src)
	})
}
