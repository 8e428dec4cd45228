package markdown

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		src  string
		mdx  bool
		want []string
	}{
		{"emphasis joins", "Going **forward**, we _circle_ back.\n", false, []string{"Going forward, we circle back."}},
		{"soft break", "touch\nbase\n", false, []string{"touch base"}},
		{"crlf", "# Title\r\n\r\ntouch\r\nbase\r\n", false, []string{"Title", "touch base"}},
		{"lone cr", "one\r\rtwo\r", false, []string{"one", "two"}},
		{"code skipped", "a `leverage` b\n\n```\nleverage\n```\n\n    indented leverage\n", false, []string{"a \uFFFC b"}},
		{"links", "[link text](https://example.com/leverage \"t\") and <https://x.y/z> and https://a.b/c and me@example.com\n", false, []string{"link text and \uFFFC and \uFFFC and \uFFFC"}},
		{"image alt", "see ![our SLA](x.png) here\n", false, []string{"see", "our SLA", "here"}},
		{"html", "<div>\n<b>circle</b> back <!-- hidden -->\n</div>\n\ntext <span>inline</span> more\n", false, []string{"circle back", "text inline more"}},
		{"front matter", "---\ntitle: leverage\n---\n# Heading\n", false, []string{"Heading"}},
		{"toml front matter", "+++\ntitle = 'leverage'\n+++\nbody\n", false, []string{"body"}},
		{"unclosed front matter", "---\nbody\n", false, []string{"body"}},
		{"lists and quotes", "- one\n- two\n\n> quoted\n", false, []string{"one", "two", "quoted"}},
		{"table", "| a | b |\n|---|---|\n| c | d |\n", false, []string{"a", "b", "c", "d"}},
		{"bom", "\xef\xbb\xbf# Title\n", false, []string{"Title"}},
		{"mdx", "import X from './x'\nexport const meta = {\n  a: 1,\n}\n\n# Title\n\n<Note kind=\"x\">going forward</Note>\n", true, []string{"Title", "going forward"}},
		{"empty", "", false, nil},
		{"white space", " \n\t\n", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := read("t.md", []byte(tt.src), tt.mdx)
			if got := doccheck.Texts(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments %q, want %q", got, tt.want)
			}
			if err := doccheck.Check(doc, nil); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	doc := Read("t.md", []byte("# H\n\npara\n\n- item\n\n> quote\n\n| cell |\n|---|\n\n![alt](x)\n"))
	var got []lint.SegmentKind
	for _, s := range doc.Segments {
		got = append(got, s.Kind)
	}
	want := []lint.SegmentKind{lint.Heading, lint.Paragraph, lint.ListItem, lint.Quote, lint.TableCell, lint.Caption}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds %v, want %v", got, want)
	}
}

func TestSuppressions(t *testing.T) {
	src := "<!-- dejargon-disable-next-line leverage -->\nwe leverage\n\ntext <!-- dejargon-disable --> more\n"
	doc := Read("t.md", []byte(src))
	if len(doc.Suppressions) != 2 {
		t.Fatalf("suppressions %+v", doc.Suppressions)
	}
	if s := doc.Suppressions[0]; src[s.Start:s.End] != "we leverage" || s.Terms[0] != "leverage" {
		t.Errorf("next line covers %q", src[s.Start:s.End])
	}
	if s := doc.Suppressions[1]; src[s.Start:s.End] != " more\n" {
		t.Errorf("disable covers %q", src[s.Start:s.End])
	}
}

func TestDeepNestingAndLongLines(t *testing.T) {
	for _, src := range []string{
		strings.Repeat(">", 1000) + " deep\n",
		strings.Repeat("- ", 1000) + "deep\n",
		strings.Repeat("leverage **a** ", 150000),
		strings.Repeat("*", 100000) + strings.Repeat("[", 100000),
	} {
		doc := Read("t.md", []byte(src))
		if err := doccheck.Check(doc, nil); err != nil {
			t.Error(err)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"Going **forward**\n", "---\na: b\n---\n", "<div>\n<!-- dejargon-disable -->\n</div>", "> a\n> <b\n> c>d", "![a *b*](c)", "x\r\ry\r\n", "import a\n\n<X>y</X>",
		"{/* dejargon-disable-next-line */}\nWe leverage it.", "a {/* x */ } b {/* unclosed", "```\n{/* in code */}\n```\n{/* dejargon-disable-line SLA */}"} {
		f.Add([]byte(s), false)
	}
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte, mdx bool) {
		doc := read("f.md", src, mdx)
		if err := doccheck.Check(doc, l.Check(doc)); err != nil {
			t.Fatal(err)
		}
	})
}
